package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Standing alliances as background paragraphs state them, in sentences written for these tests. */
class AllianceWordingTest {

    private static boolean allied(ArticleGraph g, String a, String b) {
        return has(g, "ALLIED_WITH", a, b) || has(g, "ALLIED_WITH", b, a);
    }

    @Test
    void aStateThatHasBeenATreatyAllyOfAnother() {
        assertThat(allied(extract("2025-11-18", "", "Thailand has been a treaty ally of the United States since 1954."),
                "THA", "USA")).isTrue();
    }

    @Test
    void aStateWhoseOnlyTreatyAllyIsAnother() {
        assertThat(allied(extract("2025-11-18", "", "South Korea, whose only treaty ally is the United States, has been "
                + "buying more tanks."), "KOR", "USA")).isTrue();
    }

    @Test
    void aStateFormallyAnothersAlly() {
        assertThat(allied(extract("2025-11-18", "", "Belarus is formally Russia's ally through a union treaty."),
                "BLR", "RUS")).isTrue();
    }

    @Test
    void aStateItselfBoundToAnotherByAnAlliance() {
        assertThat(allied(extract("2025-11-18", "", "Australia, itself bound to Washington by a security alliance, has "
                + "been training the Fijian navy."), "AUS", "USA")).isTrue();
    }

    @Test
    void troopsStationedUnderTheTwoCountriesAlliance() {
        assertThat(allied(extract("2025-11-18", "", "About 28,500 U.S. troops are stationed in South Korea under the two "
                + "countries' security alliance."), "USA", "KOR")).isTrue();
    }
}
