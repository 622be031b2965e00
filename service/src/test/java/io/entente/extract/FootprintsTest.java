package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Troops placed by the force they serve with, a list of stations, or a force their state leads; in our own words. */
class FootprintsTest {

    @Test
    void troopsServingWithAForceNamedAfterItsHostAreInThatHost() {
        ArticleGraph g = extract("2025-09-02", "", "About 4,000 Ghanaian personnel serve abroad, among them an infantry "
                + "battalion with the United Nations Interim Force in Lebanon and smaller units with the UN mission in South Sudan.");
        assertThat(has(g, "DEPLOYED_TO", "GHA", "LBN")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "GHA", "SSD")).isTrue();
        ArticleGraph two = extract("2025-09-02", "", "Nepal, which keeps soldiers with the observer force in the Sinai in Egypt "
                + "and with the UN force on the Golan Heights in Syria, offered more.");
        assertThat(has(two, "DEPLOYED_TO", "NPL", "SYR")).isTrue();
    }

    @Test
    void aForceThatIsOnlyAPartnerOrAnOpponentPlacesNoOne() {
        assertThat(extract("2025-09-02", "", "Egyptian troops held exercises with the UN mission in Libya.").relations())
                .noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        assertThat(extract("2025-09-02", "", "Chadian officers held talks with the UN mission in Mali.").relations())
                .noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        assertThat(extract("2025-09-02", "", "No Ghanaian soldiers serve with the UN mission in South Sudan.").relations())
                .noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void aListOfStationsAfterAColonPlacesTheStateInEachCountryWithItsOwnFigure() {
        ArticleGraph g = extract("2025-09-02", "", "France keeps forces across the region: about 1,500 French troops at a "
                + "base in Djibouti, a naval station at Abu Dhabi in the United Arab Emirates and an air detachment at Niamey in Niger.");
        assertThat(has(g, "DEPLOYED_TO", "FRA", "DJI")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "FRA", "ARE")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "FRA", "NER")).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.object().equals("DJI")
                && Integer.valueOf(1500).equals(r.attrs().get("troops")));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.object().equals("ARE")
                && r.attrs().get("troops") != null);
    }

    @Test
    void aListWithNoPresenceOrAPresenceEndingIsNoDeployment() {
        assertThat(extract("2025-09-02", "", "Moscow has three aims: to weaken NATO, to split the EU and to wear Kyiv down.")
                .relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        assertThat(extract("2025-09-02", "", "France had troops in two places: a base in Chad and a camp in Mali, both "
                + "withdrawn since.").relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void aHostOfAForceLedByAnotherStateHasThatStatesTroops() {
        ArticleGraph g = extract("2025-09-02", "", "Latvia's priorities lie at home: it hosts a multinational brigade led by Canada.");
        assertThat(has(g, "DEPLOYED_TO", "CAN", "LVA")).isTrue();
        assertThat(extract("2025-09-02", "", "Slovakia would host a battlegroup led by Czechia.").relations())
                .noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void aCallForSanctionsAgainstAStateCondemnsIt() {
        ArticleGraph g = extract("2025-09-02", "", "Chad's army spokesman says Sudan is at war with Chad and calls for "
                + "sanctions against Khartoum.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("SDN"));
        ArticleGraph state = extract("2025-09-02", "", "Poland called for sanctions against Belarus over the balloons.");
        assertThat(has(state, "CONDEMNED", "POL", "BLR")).isTrue();
    }

    @Test
    void greenlandAndTheFaroesAreCountriesOfTheirOwnAsIsoListsThem() {
        ArticleGraph g = extract("2026-01-17", "", "Sweden sent troops to Greenland, and a Danish frigate called at the Faroe Islands.");
        assertThat(has(g, "DEPLOYED_TO", "SWE", "GRL")).isTrue();
        assertThat(g.entities()).anyMatch(e -> e.type().equals("Country") && e.key().equals("FRO"));
        assertThat(g.entities()).noneMatch(e -> e.type().equals("Location") && e.name().equals("Greenland"));
    }
}
