package io.entente.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A loose guard against pathological slowness: the budget is well under 1 ms per 700-word article. */
class TroopCountsSpeedTest {

    /** About 700 words of invented news prose, dense in troop nouns and numbers. */
    private static String article() {
        String paragraph = "Officials said on Tuesday that about 3,000 North Korean soldiers had crossed the "
                + "border, and that a further 1,500 troops could follow, while the army kept a 2,000-strong "
                + "force in reserve. A contingent of 500 marines and two brigades of infantry joined them, "
                + "and hundreds of military advisers were seen near the front. Some 12 of the 397 deputies "
                + "objected, 40 police officers were hurt at a protest of 3,000 people, and the service "
                + "said special forces numbering about 200 stayed behind in 2022 with their tanks. ";
        return paragraph.repeat(8);
    }

    @Test
    void findsTroopsInA700WordArticleInAFewPlainRegexScans() {
        String text = article();
        assertThat(text.split("\\s+").length).isBetween(650, 800);
        assertThat(TroopCounts.find(text, 0, text.length())).hasSize(56);
        // Machine load varies a lot, so compare with one plain regex scan of the same text, timed
        // in alternation with it: a whole-article search should cost a few such scans, not dozens.
        Pattern plain = Pattern.compile("\\bsoldiers\\b");
        long own = 0;
        long baseline = 0;
        int found = 0;
        for (int i = 0; i < 500; i++) {
            long start = System.nanoTime();
            found += TroopCounts.find(text, 0, text.length()).size();
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
        // Measured at 4-35 plain scans on this dense text (about 0.1 ms per real article). The limit
        // only catches pathological slowdowns, such as a regex that starts backtracking.
        assertThat((double) own / baseline).as("cost in plain regex scans").isLessThan(80);
    }
}
