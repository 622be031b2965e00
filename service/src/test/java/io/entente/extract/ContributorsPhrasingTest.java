package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** States that send, keep or refuse troops for a force the story is about, in sentences written for these tests. */
class ContributorsPhrasingTest {

    private static final String KENYAN_FORCE = "The first 400 Kenyan police officers landed in Port-au-Prince on June 25, 2024, "
            + "and the Kenyan force in Haiti now numbers about 750. Kenyan officials said more would follow. ";

    @Test
    void contributorsNamedWithoutADestinationJoinTheForceTheHomeStateLeadsAbroad() {
        ArticleGraph g = extract("2025-10-01", "", KENYAN_FORCE + "Guatemala has sent 150 soldiers, while Jamaica and "
                + "Belize have contributed a few dozen personnel.");
        assertThat(has(g, "DEPLOYED_TO", "GTM", "HTI")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "JAM", "HTI")).isTrue();
    }

    @Test
    void aStateThatRuledOutSendingTroopsSendsNone() {
        ArticleGraph g = extract("2025-10-01", "", KENYAN_FORCE + "The United States has pledged money for the mission "
                + "but has ruled out sending American troops.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("USA"));
    }

    @Test
    void soldiersKeptAlongTheirOwnSideOfABorderAreAtHome() {
        ArticleGraph g = extract("2025-10-01", "", KENYAN_FORCE + "Next door, the Dominican Republic keeps some 10,000 "
                + "soldiers along its own side of the border.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("DOM"));
    }

    @Test
    void contributingStatesListedWithTheirFiguresInBracketsEachSendTheirOwn() {
        ArticleGraph g = extract("2025-06-20", "", "The summit praised the ECOWAS Stabilisation Support Mission in Guinea-Bissau "
                + "and thanked the four contributing member states: Nigeria (240 personnel), Senegal (180), Ivory Coast (120) "
                + "and Ghana (91).");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("NGA")
                && r.object().equals("GNB") && Integer.valueOf(240).equals(r.attrs().get("troops")));
        assertThat(has(g, "DEPLOYED_TO", "GHA", "GNB")).isTrue();
    }

    @Test
    void aGappedContributorAfterOnePlacedInARegionOfTheHostIsThereToo() {
        ArticleGraph g = extract("2025-06-20", "", "The council renewed the African Union Support and Stabilization Mission in "
                + "Somalia. Ethiopia has 2,500 troops in the southwestern Gedo region and Kenya 1,410 in Lower Juba, "
                + "according to the document.");
        assertThat(has(g, "DEPLOYED_TO", "ETH", "SOM")).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("KEN")
                && r.object().equals("SOM") && Integer.valueOf(1410).equals(r.attrs().get("troops")));
    }

    @Test
    void gappedSendersAfterTheFirstGoWhereItsTroopsWentAndTheFiguresSourceIsNoState() {
        ArticleGraph g = extract("2025-10-01", "", KENYAN_FORCE + "Guatemala has sent 150 soldiers, Jamaica 24 and "
                + "El Salvador 8, according to figures the mission released last week.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("JAM")
                && r.object().equals("HTI") && Integer.valueOf(24).equals(r.attrs().get("troops")));
        assertThat(has(g, "DEPLOYED_TO", "SLV", "HTI")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("REPORTED") && r.subject().equals("SLV"));
    }

    @Test
    void noBeforeAHyphenatedForceNameNegatesTheTroops() {
        ArticleGraph g = extract("2025-07-10", "", "Defence Minister Gen Nakatani told the chamber that no Self-Defense Forces "
                + "units are stationed in the Philippines.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED"));
    }

    @Test
    void theCountryAfterAListOfContributingStatesIsTheStorysOwnNotOneOfThem() {
        ArticleGraph g = extract("2025-02-11", "", "JUBA - South Sudan's government said on Monday the regional force would stay. "
                + "The mission, which still counts soldiers from Rwanda, Nepal and Ghana in the country, is due to shrink.");
        assertThat(has(g, "DEPLOYED_TO", "RWA", "SSD")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "GHA", "SSD")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.object().equals("NPL"));
    }

    @Test
    void whoeverMadeTheClaimADenialRejectsReportedTheDeployment() {
        ArticleGraph g = extract("2025-02-11", "", "Chad on Monday rejected a claim by Sudan's army chief that N'Djamena had "
                + "sent 500 soldiers into Darfur, calling it a lie.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("TCD"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("REPORTED") && r.subject().equals("SDN"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.claimStatus() == ClaimStatus.ASSERTED);
    }

    @Test
    void sendingTroopsThatCannotBeRuledOutIsNoDeployment() {
        ArticleGraph g = extract("2025-02-11", "", "The Dutch prime minister said that sending Dutch soldiers to Ukraine "
                + "\"cannot be ruled out\" once a ceasefire holds.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void aBaseOfUnknownStateLiesInTheStateOfTheProvinceItsPhraseNames() {
        ArticleGraph g = extract("2025-04-03", "", "Israeli officials said Turkey had moved about 300 soldiers to the T4 air base "
                + "in Homs province.");
        assertThat(has(g, "DEPLOYED_TO", "TUR", "SYR")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "TUR", "ISR")).isFalse();
    }

    @Test
    void aSentenceThatEndsRightAfterTheArticleOfItsDestinationIsStillRead() {
        ArticleGraph g = extract("2025-04-03", "", "France delivered armoured vehicles to Armenia last year. Paris sent 200 soldiers to the");
        assertThat(g.relations()).isNotEmpty();
    }

    @Test
    void troopsSentToExercisesWithAStateNamingNoPlaceGoToThatState() {
        ArticleGraph g = extract("2025-05-03", "", "Brazil sent about 900 soldiers to the annual jungle warfare exercises with "
                + "Guyana in March and April, the largest edition so far.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("BRA")
                && r.object().equals("GUY") && Integer.valueOf(900).equals(r.attrs().get("troops")));
    }

    @Test
    void troopsStationedOnAnIslandAreInItsState() {
        ArticleGraph g = extract("2025-05-03", "", "About 300 Australian soldiers are stationed on Okinawa this summer.");
        assertThat(has(g, "DEPLOYED_TO", "AUS", "JPN")).isTrue();
    }

    @Test
    void troopsMassedOnAStatesBorderAreNotInThatState() {
        ArticleGraph g = extract("2025-05-03", "", "Belarus deployed 4,000 troops on Ukraine's border last week.");
        assertThat(has(g, "DEPLOYED_TO", "BLR", "UKR")).isFalse();
    }

    @Test
    void theMilitaryOfTheDatelineDismissingAnOutletsReportDeniesWhatTheOutletReported() {
        ArticleGraph g = extract("2025-05-03", "", "SUVA - Fiji and Japan signed a defence pact. The military on Friday dismissed "
                + "a report by the Chinese state-run Global Times that Japanese marines had been quietly stationed in Fiji since March.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("FJI"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("REPORTED") && r.subject().equals("media-global-times"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.claimStatus() == ClaimStatus.ASSERTED);
    }

    @Test
    void contingentsThatCameFromSeveralStatesJoinTheStorysForce() {
        ArticleGraph g = extract("2025-01-18", "", "PORT-AU-PRINCE (EFE) - A contingent of 150 Guatemalan soldiers landed in "
                + "Port-au-Prince on Friday. Smaller contingents have come from Jamaica, Belize and the Bahamas.");
        assertThat(has(g, "DEPLOYED_TO", "JAM", "HTI")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "BLZ", "HTI")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "BHS", "HTI")).isTrue();
    }

    @Test
    void aForceWithTroopsFromSeveralStatesIsMadeOfTheirTroops() {
        ArticleGraph g = extract("2025-01-18", "", "GOMA (Reuters) - About 3,000 Burundian soldiers are deployed in Congo. "
                + "A force from the regional bloc, with troops from Zambia, Angola and Malawi, began deploying in December.");
        assertThat(has(g, "DEPLOYED_TO", "ZMB", "COD")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "AGO", "COD")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "MWI", "COD")).isTrue();
    }

    @Test
    void statesThatFollowedWithContingentsOfTheirOwnSentThemToTheSamePlace() {
        ArticleGraph g = extract("2025-10-06", "", "When unrest broke out in Port Vila in 2024, Australia sent police and "
                + "soldiers to Vanuatu, and Fiji, Samoa and New Zealand followed with contingents of their own.");
        assertThat(has(g, "DEPLOYED_TO", "FJI", "VUT")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "WSM", "VUT")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "NZL", "VUT")).isTrue();
    }

    @Test
    void militaryOfficersSentToAMissionAreForcesAndWhoAskedForThemIsNoDestination() {
        ArticleGraph g = extract("2025-01-20", "", "NUUK, Jan 20 - French soldiers landed in Greenland on Monday to join the "
                + "exercise. Estonia dispatched two military officers on the same day, and Latvia sent several army officers "
                + "at Copenhagen's request.");
        assertThat(has(g, "DEPLOYED_TO", "EST", "GRL")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "LVA", "GRL")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "LVA", "DNK")).isFalse();
    }
}
