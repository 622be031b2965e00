package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Stationed there": which place "there" is, in sentences written for these tests. */
class ThereAnaphoraTest {

    @Test
    void thereIsWhereTheStoryJustPlacedTheSendersForcesNotTheLastStateNamed() {
        ArticleGraph g = extract("2025-03-04", "", "Djibouti has hosted a Japanese naval base since the two governments "
                + "signed an agreement in 2009, months after Somalia asked for help against piracy. Japanese troops have "
                + "been stationed there ever since.");
        assertThat(has(g, "DEPLOYED_TO", "JPN", "DJI")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "JPN", "SOM")).isFalse();
    }

    @Test
    void aPlaceNamedInTheSameSentenceStillComesFirst() {
        ArticleGraph g = extract("2025-03-04", "", "About 800 Italian soldiers are based in Latvia. In Vilnius, the defence "
                + "minister said Lithuania had heard nothing about cuts to the 500 Italian soldiers stationed there.");
        assertThat(has(g, "DEPLOYED_TO", "ITA", "LTU")).isTrue();
    }
}
