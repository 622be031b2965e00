package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** National contingents of a peacekeeping force placed in its host, in our own words. */
class MissionContributorsTest {

    private static final String FORCE = "The UN peacekeeping force in South Sudan, UNMISS, had its mandate renewed on "
            + "Friday for another year. ";

    @Test
    void contributorsNamedAfterTheForceServeInItsHostEachWithItsOwnFigure() {
        ArticleGraph g = extract("2025-05-02", "", FORCE + "Rwanda, which has more than 2,500 soldiers in the force, is "
                + "its largest contributor. Nepal has about 1,700 troops deployed, Ghana about 700 and Mongolia some 850 "
                + "engineers, while Bangladesh keeps a contingent of its own.");
        assertThat(has(g, "DEPLOYED_TO", "RWA", "SSD")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "NPL", "SSD")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "GHA", "SSD")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "MNG", "SSD")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "BGD", "SSD")).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("GHA")
                && Integer.valueOf(700).equals(r.attrs().get("troops")));
    }

    @Test
    void aForceNamedInFullPlacesWhoseContingentFormsItsCore() {
        ArticleGraph g = extract("2025-05-02", "", "Burkina Faso's officers visited the headquarters of the United "
                + "Nations Multidimensional Integrated Stabilization Mission in the Central African Republic on Monday. "
                + "Zambia, whose roughly 900 soldiers form a large contingent, patrols the west.");
        assertThat(has(g, "DEPLOYED_TO", "ZMB", "CAF")).isTrue();
    }

    @Test
    void pledgesTroopsPlacedElsewhereAndContributorsFarFromTheForceAreNotCounted() {
        ArticleGraph g = extract("2025-05-02", "", FORCE + "Egypt has pledged 1,000 troops. Chad has about 1,400 "
                + "soldiers in Mali. The talks on the budget went on into the night. Ministers argued over fuel. The "
                + "delegates left late. Peru has about 600 troops deployed.");
        assertThat(has(g, "DEPLOYED_TO", "EGY", "SSD")).isFalse();
        assertThat(has(g, "DEPLOYED_TO", "TCD", "SSD")).isFalse();
        assertThat(has(g, "DEPLOYED_TO", "PER", "SSD")).isFalse();
    }

    @Test
    void peaceMissionsAreKnownBodiesByTheirAcronyms() {
        ArticleGraph g = extract("2025-03-13", "", "SARAJEVO - EUFOR said on Tuesday that troops from Italy and Romania would "
                + "reinforce the mission. KFOR and MINUSCA were not affected.");
        assertThat(ofType(g, "Organization")).extracting(Entity::aliases).anyMatch(a -> a.contains("EUFOR"));
        assertThat(ofType(g, "Organization")).extracting(Entity::aliases).anyMatch(a -> a.contains("KFOR"));
        assertThat(ofType(g, "Organization")).extracting(Entity::aliases).anyMatch(a -> a.contains("MINUSCA"));
    }
}
