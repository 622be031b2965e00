package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verdicts told through participles, reported speech and role nouns, written for these tests. */
class VerdictPhrasingTest {

    @Test
    void aSayingParticipleAfterAnotherVerbHasTheSentencesSubject() {
        ArticleGraph g = extract("2025-03-14", "", "Bolivian President Luis Arce announced the immediate recall of the "
                + "ambassador for consultations, saying Peru had trampled on the rights of Bolivian citizens.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Luis Arce"), "PER")).isTrue();
    }
}
