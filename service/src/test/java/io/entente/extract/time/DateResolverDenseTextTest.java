package io.entente.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A dense 700-word article has every date found (its speed is measured by the extract bench). */
class DateResolverDenseTextTest {

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
    void findsEveryDateInADense700WordArticle() {
        DateResolver resolver = new DateResolver();
        String text = article();
        LocalDate published = LocalDate.of(2024, 10, 24);
        assertThat(text.split("\\s+").length).isBetween(650, 800);
        assertThat(resolver.find(text, 0, text.length(), published)).hasSize(72);
        // Speed is measured by `./entente bench extract`, not here: timings in unit tests are flaky on
        // shared machines. This only checks that a dense article is read completely and in order.
        assertThat(resolver.find(text, 0, text.length(), published)).extracting(DateMention::value).contains("2023-06", "2024-10-12");
    }
}
