package io.entente.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A loose guard against pathological slowness: the budget is well under 1 ms per 700-word article. */
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
    void resolvesA700WordArticleInAFewPlainRegexScans() {
        DateResolver resolver = new DateResolver();
        String text = article();
        LocalDate published = LocalDate.of(2024, 10, 24);
        assertThat(text.split("\\s+").length).isBetween(650, 800);
        assertThat(resolver.find(text, 0, text.length(), published)).hasSize(72);
        // Machine load varies a lot, so compare with one plain regex scan of the same text, timed
        // in alternation with it: a whole-article search should cost a few such scans, not dozens.
        Pattern plain = Pattern.compile("\\bsoldiers\\b");
        long own = 0;
        long baseline = 0;
        int found = 0;
        for (int i = 0; i < 500; i++) {
            long start = System.nanoTime();
            found += resolver.find(text, 0, text.length(), published).size();
            long middle = System.nanoTime();
            Matcher scan = plain.matcher(text);
            while (scan.find()) {
                found++;
            }
            long end = System.nanoTime();
            if (i >= 250) { // after warm-up
                own += middle - start;
                baseline += end - middle;
            }
        }
        assertThat(found).isPositive();
        // Measured at 1-8 plain scans on this dense text (about 0.1 ms per real article). The limit
        // only catches pathological slowdowns, such as a regex that starts backtracking.
        assertThat((double) own / baseline).as("cost in plain regex scans").isLessThan(40);
    }
}
