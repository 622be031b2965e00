package io.entente.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TroopCountsTest {

    private static List<TroopCount> find(String text) {
        return TroopCounts.find(text, 0, text.length());
    }

    @ParameterizedTest(name = "{1} -> {2} exact={3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The North sent 3,000 troops to Russia.                 | 3,000 troops                 | 3000    | true
            Pyongyang has sent about 10,000 soldiers.              | about 10,000 soldiers        | 10000   | false
            It stationed some 1,500 personnel there.               | some 1,500 personnel         | 1500    | false
            Seoul said up to 12,000 North Korean troops may go.    | up to 12,000 North Korean troops | 12000 | false
            Reports cite 10 000 troops near the border.            | 10 000 troops                | 10000   | true
            Russia massed 1.5 million soldiers.                    | 1.5 million soldiers         | 1500000 | true
            The plan adds 12k troops.                              | 12k troops                   | 12000   | true
            Intelligence says 5,000 special forces were moved.     | 5,000 special forces         | 5000    | true
            Nearly 200 marines landed.                             | Nearly 200 marines           | 200     | false
            A contingent of 500 soldiers arrived.                  | 500 soldiers                 | 500     | true
            The country deployed 3,000 of its troops abroad.       | 3,000 of its troops          | 3000    | true
            They sent five thousand troops.                        | five thousand troops         | 5000    | true
            They sent two thousand paratroopers.                   | two thousand paratroopers    | 2000    | true
            They sent a thousand soldiers.                         | a thousand soldiers          | 1000    | true
            They sent twenty-five hundred mercenaries.             | twenty-five hundred mercenaries | 2500 | true
            It hosts 40 military advisers.                         | 40 military advisers         | 40      | true
            It hosts 40 military advisors.                         | 40 military advisors         | 40      | true
            Some 600 service members rotated out.                  | Some 600 service members     | 600     | false
            Around 900 servicemen rotated out.                     | Around 900 servicemen        | 900     | false
            The mission has 2,000 peacekeepers.                    | 2,000 peacekeepers           | 2000    | true
            More than 300 commandos took part.                     | More than 300 commandos      | 300     | false
            It lost 150 infantry in a week.                        | 150 infantry                 | 150     | true
            The navy lost 40 sailors.                              | 40 sailors                   | 40      | true
            Between 10,000 and 12,000 troops are there.            | Between 10,000 and 12,000 troops | 10000 | false
            Estimates range to 10,000-12,000 troops.               | 10,000-12,000 troops         | 10000   | false
            Analysts count 3,000-odd fighters.                     | 3,000-odd fighters           | 3000    | false
            They sent an additional 2,000 troops.                  | an additional 2,000 troops   | 2000    | true
            They sent 8,000 Russian forces.                        | 8,000 Russian forces         | 8000    | true
            They sent a 3,000-strong contingent.                   | 3,000-strong contingent      | 3000    | true
            They assembled a force of 10,000 to hold the line.     | 10,000                       | 10000   | true
            Hundreds of troops crossed.                            | Hundreds of troops           | null    | false
            Thousands of soldiers crossed.                         | Thousands of soldiers        | null    | false
            Dozens of marines crossed.                             | Dozens of marines            | null    | false
            Tens of thousands of North Korean troops crossed.      | Tens of thousands of North Korean troops | null | false
            Several thousand soldiers crossed.                     | Several thousand soldiers    | null    | false
            Moscow moved two brigades south.                       | two brigades                 | null    | false
            The unit has 3.000 soldiers.                           | 3.000 soldiers               | 3000    | true
            In all, 2024 soldiers signed up.                       | 2024 soldiers                | 2024    | true
            North Korean troops, numbering about 10,000, arrived.  | troops, numbering about 10,000 | 10000 | false
            The army, totalling 500, left.                         | army, totalling 500          | 500     | true
            A 3,000-troop contingent arrived.                      | 3,000-troop                  | 3000    | true
            Lisbon sent about 60 military trainers.                | about 60 military trainers   | 60      | false
            It posted 200 military police at the gate.             | 200 military police          | 200     | true
            THE NORTH SENT 3,000 TROOPS.                           | 3,000 TROOPS                 | 3000    | true
            """)
    void findsTroopNumbers(String sentence, String surface, Integer count, boolean exact) {
        List<TroopCount> found = find(sentence);
        assertThat(found).hasSize(1);
        TroopCount troops = found.getFirst();
        assertThat(troops.surface()).isEqualTo(surface);
        assertThat(troops.count()).isEqualTo(count);
        assertThat(troops.exact()).isEqualTo(exact);
        assertThat(sentence.substring(troops.start(), troops.end())).isEqualTo(surface);
    }

    @ParameterizedTest(name = "nothing in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Some 3,000 people fled the shelling.
            The convoy stopped 3,000 km from the troops.
            It said 40 police officers were hurt.
            It sent 200 tanks and troops.
            In 2014 Russian troops seized the peninsula.
            Since 2022 soldiers have rotated every month.
            The troops left in 2023.
            It cost $3,000 per soldier.
            A soldier was hurt.
            One of the soldiers was hurt.
            They were 20 years soldiers.
            About 1.5 soldiers per unit is nonsense.
            Nothing to see here.
            It had 300 fighter jets.
            It will replace the F-16 fighters.
            """)
    void ignoresOtherNumbers(String sentence) {
        assertThat(find(sentence)).isEmpty();
    }

    @Test
    void findsSeveralInTextOrderAndOnlyInsideTheRegion() {
        String text = "Seoul said 3,000 troops went first. Later about 8,000 more soldiers followed, "
                + "and hundreds of marines.";
        assertThat(find(text)).extracting(TroopCount::count).containsExactly(3000, 8000, null);
        int from = text.indexOf("Later");
        assertThat(TroopCounts.find(text, from, text.length())).extracting(TroopCount::surface)
                .containsExactly("about 8,000 more soldiers", "hundreds of marines");
    }

    @Test
    void loadsTheNounListFromTheClasspath() {
        assertThat(TroopNouns.load("/extract/quantity/troop-nouns.txt"))
                .contains("troops", "soldiers", "military personnel", "peacekeepers")
                .doesNotContain("");
    }

    @Test
    void readsCountsWrittenInWordsAndDigits() {
        assertThat(CountWords.parseWords("a hundred and fifty")).isEqualTo(150);
        assertThat(CountWords.parseWords("two dozen")).isEqualTo(24);
        assertThat(CountWords.parseWords("a")).isNull();
        assertThat(CountWords.parseDigits("1.5 million")).isEqualTo(1_500_000);
        assertThat(CountWords.parseDigits("12k")).isEqualTo(12_000);
        assertThat(CountWords.parseDigits("10\u00A0000")).isEqualTo(10_000);
        assertThat(CountWords.parseDigits("2.5")).isNull();
    }
}
