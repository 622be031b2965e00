package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Condemnations of a bid to seize power: they fall on the state where it was made, not on the leader it targeted. */
class CoupPhrasingTest {

    @Test
    void condemningAnAttemptToToppleALeaderCondemnsThePutschNotTheLeader() {
        ArticleGraph g = extract("2024-05-20", "", "Kinshasa (AFP) - Senegal condemned the attempt to topple President "
                + "Felix Tshisekedi.");
        assertThat(has(g, "CONDEMNED", "SEN", "COD")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().contains("tshisekedi"));
    }

    @Test
    void condemningTheAttemptToSeizePowerCondemnsTheStateWhereItWasMade() {
        ArticleGraph g = extract("2024-05-20", "", "Kinshasa (AFP) - Gunmen stormed the presidential palace on Sunday. "
                + "Angola condemned the bid to seize power.");
        assertThat(has(g, "CONDEMNED", "AGO", "COD")).isTrue();
    }

    @Test
    void aLeaderNamedAfterTheCoupIsItsTargetNotItsAuthor() {
        ArticleGraph g = extract("2024-05-20", "", "Kinshasa (AFP) - Kenya deplored the unconstitutional change of government "
                + "and had telephoned Tshisekedi to assure him of its support.");
        assertThat(has(g, "CONDEMNED", "KEN", "COD")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().contains("tshisekedi"));
    }
}
