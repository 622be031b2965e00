package io.entente.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A dense 700-word article is read completely (its speed is measured by the extract bench). */
class TroopCountsDenseTextTest {

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
    void findsEveryTroopFigureInADense700WordArticle() {
        String text = article();
        assertThat(text.split("\\s+").length).isBetween(650, 800);
        assertThat(TroopCounts.find(text, 0, text.length())).hasSize(56);
        // Speed is measured by `./entente bench extract`, not here: timings in unit tests are flaky on
        // shared machines. This only checks that a dense article is read completely.
        assertThat(TroopCounts.find(text, 0, text.length())).extracting(TroopCount::count).contains(3000, 1500, 500);
    }
}
