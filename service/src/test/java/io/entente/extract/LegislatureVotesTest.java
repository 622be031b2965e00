package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A legislature's vote on a bill, condemned by others: the condemnation falls on its state, in our own words. */
class LegislatureVotesTest {

    @Test
    void condemningTheVoteOrItCondemnsTheLegislaturesState() {
        ArticleGraph g = extract("2025-02-11", "", "BAKU, Feb 11 - The State Duma voted 300 to 12 on Tuesday in favour of a "
                + "bill recognising the breakaway region. Azerbaijan and Georgia condemned it in separate statements. "
                + "Turkey's foreign minister slammed the vote.");
        assertThat(has(g, "CONDEMNED", "AZE", "RUS")).isTrue();
        assertThat(has(g, "CONDEMNED", "GEO", "RUS")).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("RUS")
                && !r.subject().equals("AZE") && !r.subject().equals("GEO"));
    }

    @Test
    void aVoteToRatifyATreatyIsNoActOthersCondemnByPronoun() {
        ArticleGraph g = extract("2025-02-11", "", "The State Duma voted on Tuesday to ratify the treaty. Georgia condemned it.");
        assertThat(has(g, "CONDEMNED", "GEO", "RUS")).isFalse();
    }
}
