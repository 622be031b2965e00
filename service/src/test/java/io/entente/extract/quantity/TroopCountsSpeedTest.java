package io.entente.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A loose guard against pathological slowness: the budget is well under 1 ms per article. */
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
    void findsTroopsInA700WordArticleWellUnderAMillisecond() {
        String text = article();
        assertThat(text.split("\\s+").length).isBetween(650, 800);
        assertThat(TroopCounts.find(text, 0, text.length())).hasSize(56);
        int found = 0;
        for (int i = 0; i < 2_000; i++) {
            found += TroopCounts.find(text, 0, text.length()).size();
        }
        int runs = 500;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            found += TroopCounts.find(text, 0, text.length()).size();
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / runs;
        assertThat(found).isPositive();
        // Measured about 0.1 ms; the margin absorbs a busy shared machine.
        assertThat(micros).as("microseconds per article").isLessThan(5_000);
    }
}
