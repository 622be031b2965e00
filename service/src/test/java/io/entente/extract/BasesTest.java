package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Foreign bases as standing deployments, in our own words. */
class BasesTest {

    @Test
    void aHostOfSeveralStatesBasesReceivesEachOfThem() {
        ArticleGraph g = extract("2025-10-14", "", "Kenya hosts military bases of Britain, India and Italy as well as "
                + "Camp Simba, home to roughly 300 U.S. service members.");
        assertThat(has(g, "DEPLOYED_TO", "GBR", "KEN")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "IND", "KEN")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "ITA", "KEN")).isTrue();
        assertThat(g.entities()).anyMatch(e -> e.type().equals("TroopDeployment") && "USA".equals(e.attrs().get("from"))
                && Integer.valueOf(300).equals(e.attrs().get("troops")));
    }

    @Test
    void aStateThatRunsABaseAbroadHasTroopsThere() {
        ArticleGraph g = extract("2025-10-14", "", "Qatar, a close partner of Kigali, runs its largest overseas training "
                + "base in Rwanda.");
        assertThat(has(g, "DEPLOYED_TO", "QAT", "RWA")).isTrue();
        ArticleGraph naval = extract("2025-10-14", "", "Djibouti hosts a Chinese naval base.");
        assertThat(has(naval, "DEPLOYED_TO", "CHN", "DJI")).isTrue();
    }

    @Test
    void noBaseAPlannedBaseOrABaseNearAStateIsNoDeployment() {
        assertThat(extract("2025-10-14", "", "Russia has no base in Libya.").relations())
                .noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        assertThat(extract("2025-10-14", "", "China has been building a secret base in the mountains near the "
                + "Afghan border, the newspaper said.").relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        assertThat(extract("2025-10-14", "", "Egypt said it would host a base for Saudi ships.").relations())
                .noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        assertThat(extract("2025-10-14", "", "Kenya hosts a training base near the Somali border.").relations())
                .noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void troopsHeldWithTheirHardwareOrSplitBetweenTwoStates() {
        ArticleGraph g = extract("2025-10-14", "", "Russia still has warplanes and troops at Hmeimim air base.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "SYR")).isTrue();
        ArticleGraph two = extract("2025-10-14", "", "Turkish military advisers are also based in Libya and in Somalia.");
        assertThat(has(two, "DEPLOYED_TO", "TUR", "LBY")).isTrue();
        assertThat(has(two, "DEPLOYED_TO", "TUR", "SOM")).isTrue();
    }

    @Test
    void stationedInTheCountryIsTheStateTheSentenceNamedNotAPlaceNamedLater() {
        ArticleGraph g = extract("2025-11-15", "", "South Korea, Washington's closest ally in the region, is bound to the "
                + "United States by a 1953 treaty, and roughly 28,000 American troops are stationed in the country, many of "
                + "them at Pyeongtaek, a short drive from North Korea.");
        assertThat(has(g, "DEPLOYED_TO", "USA", "KOR")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "USA", "PRK")).isFalse();
    }

    @Test
    void troopsThatContinueToServeAreThereButTroopsThatPlanToServeAreNot() {
        assertThat(has(extract("2025-10-14", "", "Russian military advisers continue to serve in the Malian army."),
                "DEPLOYED_TO", "RUS", "MLI")).isTrue();
        assertThat(has(extract("2025-10-14", "", "Russian military advisers hope to serve in the Malian army."),
                "DEPLOYED_TO", "RUS", "MLI")).isFalse();
    }

    @Test
    void troopsServingAlongsideAnAllyAreWhereTheAllysTroopsAre() {
        ArticleGraph g = extract("2025-10-14", "", "Canada leads NATO's forward battlegroup in Latvia. Soldiers from "
                + "Spain and the Czech Republic serve alongside the Canadians.");
        assertThat(has(g, "DEPLOYED_TO", "ESP", "LVA")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "CZE", "LVA")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "ESP", "CAN")).isFalse();
    }

    @Test
    void troopsDeployedAlongsideAHostsOwnSoldiersAreInThatHost() {
        ArticleGraph g = extract("2025-10-14", "", "About 1,500 fighters of Russia's Africa Corps are now deployed "
                + "alongside Burkinabe soldiers in the north.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "BFA")).isTrue();
    }
}
