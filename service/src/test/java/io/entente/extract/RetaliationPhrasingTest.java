package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An attack told as the answer to another: who struck, and whose earlier attack it answered, in our own words. */
class RetaliationPhrasingTest {

    @Test
    void theSideCallingTheStrikeRetaliationStruckAndTheAttackItAnsweredIsNotTheStorys() {
        ArticleGraph g = extract("2025-04-03", "", "ISLAMABAD, April 3 - Neighbouring states rallied behind Afghanistan after "
                + "overnight shelling of a border post. Islamabad said the shelling was retaliation for Afghan raids on "
                + "Pakistani checkpoints last week. Iran and Turkmenistan condemned the shelling in separate statements.");
        assertThat(has(g, "CONDEMNED", "IRN", "PAK")).isTrue();
        assertThat(has(g, "CONDEMNED", "TKM", "PAK")).isTrue();
        assertThat(has(g, "CONDEMNED", "IRN", "AFG")).isFalse();
    }

    @Test
    void anAttackNamedOnlyAsWhatWasAnsweredDoesNotReplaceTheStorysAttacker() {
        ArticleGraph g = extract("2025-04-03", "", "Russian missiles struck Kharkiv overnight. Moscow called the barrage a "
                + "response to Ukrainian drone attacks on Belgorod. Poland condemned the strike.");
        assertThat(has(g, "CONDEMNED", "POL", "RUS")).isTrue();
        assertThat(has(g, "CONDEMNED", "POL", "UKR")).isFalse();
    }
}
