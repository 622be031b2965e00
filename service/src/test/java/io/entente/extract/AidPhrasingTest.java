package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Aid told as help, as a donor's standing or with goods the older rules did not know, in sentences written for these tests. */
class AidPhrasingTest {

    private static String status(ArticleGraph g, String from, String to) {
        return g.relations().stream().filter(r -> r.type().equals("AIDED") && r.subject().equals(from) && r.object().equals(to))
                .map(r -> String.valueOf(r.attrs().get("status"))).findFirst().orElse("none");
    }

    @Test
    void aPledgeToHelpAStateIsPledgedAidEvenWithATimeBetween() {
        ArticleGraph g = extract("2025-03-14", "", "German Chancellor Olaf Scholz pledged on Monday to help Moldova "
                + "strengthen its air defences.");
        assertThat(status(g, "DEU", "MDA")).isEqualTo("pledged");
        ArticleGraph offer = extract("2025-03-14", "", "Egypt offered to help Sudan rebuild its army.");
        assertThat(status(offer, "EGY", "SDN")).isEqualTo("pledged");
    }

    @Test
    void helpingAStateIsAidGivenButAnAppealToHelpIsNot() {
        ArticleGraph g = extract("2025-03-14", "", "Ankara has helped Somalia rebuild its navy.");
        assertThat(status(g, "TUR", "SOM")).isEqualTo("provided");
        ArticleGraph appeal = extract("2025-03-14", "", "The United Nations urged China to help Russia end the war.");
        assertThat(appeal.relations()).noneMatch(r -> r.type().equals("AIDED"));
        ArticleGraph refusal = extract("2025-03-14", "", "Kenya's president said he would not help Sudan's army.");
        assertThat(refusal.relations()).noneMatch(r -> r.type().equals("AIDED"));
    }

    @Test
    void aStatesBiggestDonorOrSourceOfAidAidsIt() {
        ArticleGraph g = extract("2025-03-14", "", "Australia, a treaty ally of the United States and Papua New Guinea's "
                + "biggest aid donor, is negotiating a separate security treaty.");
        assertThat(has(g, "AIDED", "AUS", "PNG")).isTrue();
        ArticleGraph source = extract("2025-03-14", "", "China is Cambodia's largest investor and biggest source of aid.");
        assertThat(has(source, "AIDED", "CHN", "KHM")).isTrue();
        ArticleGraph former = extract("2025-03-14", "", "Japan is no longer Myanmar's biggest donor.");
        assertThat(former.relations()).noneMatch(r -> r.type().equals("AIDED"));
    }

    @Test
    void vaccineDosesCreditLinesAndHyphenatedAirDefenceAreAid() {
        assertThat(has(extract("2025-03-14", "", "Lithuania sent 20,000 doses of vaccine to Taiwan last month."),
                "AIDED", "LTU", "TWN")).isTrue();
        assertThat(has(extract("2025-03-14", "", "India extended a $1 billion credit line to Sri Lanka."),
                "AIDED", "IND", "LKA")).isTrue();
        assertThat(status(extract("2025-03-14", "", "Germany has pledged to keep supplying Ukraine with air-defence "
                + "systems this winter."), "DEU", "UKR")).isEqualTo("pledged");
    }

    @Test
    void aidDeliveredByAStateToAnotherStatesArmyIsThatStatesAid() {
        ArticleGraph g = extract("2025-05-01", "", "The first consignment of military equipment delivered by the Arab Republic "
                + "of Egypt to the Somali National Army arrived last week.");
        assertThat(has(g, "AIDED", "EGY", "SOM")).isTrue();
    }

    @Test
    void aidForPeopleInAStateAidsThatState() {
        ArticleGraph g = extract("2025-06-10", "", "On Monday Japan pledged $6 million in emergency food and shelter assistance "
                + "for refugees and host communities in Chad.");
        assertThat(status(g, "JPN", "TCD")).isEqualTo("pledged");
    }

    @Test
    void suppliesDeliveredToACampInAStateAidThatState() {
        ArticleGraph g = extract("2025-03-01", "", "The Government of Senegal has delivered 60 tonnes of rice and medical supplies "
                + "to the Mbera refugee camp in south-eastern Mauritania.");
        assertThat(status(g, "SEN", "MRT")).isEqualTo("provided");
    }

    @Test
    void anAmountOfMoneyProvidedToAStateIsAid() {
        assertThat(has(extract("2025-07-10", "", "Japan has provided more than $200 million in support to Haiti, "
                + "according to the foreign ministry."), "AIDED", "JPN", "HTI")).isTrue();
    }

    @Test
    void fundingToTrainAStatesForceIsAidToThatState() {
        assertThat(has(extract("2025-07-10", "", "New Zealand Prime Minister Christopher Luxon pledged further funding to "
                + "train and equip the Royal Solomon Islands Police Force."), "AIDED", "NZL", "SLB")).isTrue();
    }

    @Test
    void moneyWithNoRecipientNamedGoesToTheCountryTheStorysTroopsAreIn() {
        ArticleGraph g = extract("2025-07-10", "", "PORT-AU-PRINCE (AP) - About 400 Kenyan police officers are deployed in "
                + "Haiti. The United States, the mission's main financial backer, has provided more than $600 million in "
                + "support, according to the State Department.");
        assertThat(has(g, "AIDED", "USA", "HTI")).isTrue();
    }

    @Test
    void equipmentSentToARegionIsNotAidToTheStorysCountry() {
        ArticleGraph g = extract("2025-07-10", "", "ATHENS (Reuters) - About 400 French troops are deployed in Greece. "
                + "Italy sent two frigates and a tanker aircraft to the region.");
        assertThat(has(g, "AIDED", "ITA", "GRC")).isFalse();
    }
}
