package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A speaker described between commas before the verb is still the verb's subject, in our own words. */
class AppositionSubjectsTest {

    @Test
    void aNationalityAndACallingOpenAnAsideAboutTheSpeaker() {
        ArticleGraph g = extract("2025-06-24", "", "DOHA - Gulf states rallied behind Bahrain after the Iranian drone "
                + "attack on Manama. Ahmed Aboul Gheit, the Egyptian diplomat who serves as Secretary-General of the "
                + "Arab League, condemned the attack as a blatant violation of Bahrain's sovereignty.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().contains("aboul-gheit")
                && r.object().equals("IRN"));
    }
}
