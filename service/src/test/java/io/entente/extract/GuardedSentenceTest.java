package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A rule that fails on one sentence costs that sentence, not the article. */
class GuardedSentenceTest {

    @Test
    void aFailingSentenceIsCountedAndTheReadingGoesOn() {
        long before = RuleExtractor.failedSentences();
        AtomicBoolean next = new AtomicBoolean();

        RuleExtractor.guarded(() -> {
            throw new IllegalStateException("a rule's bug");
        }, "a1", 3);
        RuleExtractor.guarded(() -> next.set(true), "a1", 4);

        assertThat(RuleExtractor.failedSentences()).isEqualTo(before + 1);
        assertThat(next).isTrue();
    }

    @Test
    void sentencesThatReadCleanlyAreNotCounted() {
        long before = RuleExtractor.failedSentences();
        ArticleGraph g = extract("2025-04-03", "", "France sent 200 soldiers to Estonia. Paris sent 200 more soldiers to the");
        assertThat(g.relations()).isNotEmpty();
        assertThat(RuleExtractor.failedSentences()).isEqualTo(before);
    }
}
