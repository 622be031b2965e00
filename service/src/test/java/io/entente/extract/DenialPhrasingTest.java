package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Denials worded the way wire copy words them, in our own words. */
class DenialPhrasingTest {

    @Test
    void aVerdictSetBeforeTheReportsKeepsTheDenierAsTheOneTheReportsAreAbout() {
        for (String verdict : new String[] {"as fabricated", "as baseless the", "as entirely false"}) {
            ArticleGraph g = extract("2025-03-02", "", "Chad on Monday dismissed " + verdict + " reports that it had moved "
                    + "1,500 troops into the Central African Republic.");
            assertThat(g.relations()).as(verdict).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("TCD")
                    && r.object().startsWith("deployment"));
        }
    }

    @Test
    void everyStateOfACoordinatedSubjectDeniesTheClaim() {
        ArticleGraph g = extract("2025-03-02", "", "A Sudanese army statement said Egypt had sent 400 commandos to Sudan. "
                + "Egypt and Sudan both rejected the claim as invented.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("EGY"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("SDN"));
    }
}
