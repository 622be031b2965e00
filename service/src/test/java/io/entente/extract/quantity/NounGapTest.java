package io.entente.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounGapTest {

    /** The gap is the text between the brackets, e.g. "3,000[ North Korean ]troops". */
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ' '                          | true
            ' North Korean '             | true
            ' U.S. '                     | true
            ' of its '                   | true
            ' of their best '            | true
            ' more combat-ready '        | true
            ' heavily armed elite para ' | true
            '-'                          | true
            ' one two three four five '  | false
            ' of the '                   | false
            ' km from the '              | false
            ' tanks and '                | false
            ' people. '                  | false
            ' police '                   | false
            ' 500 '                      | false
            ', '                         | false
            'North '                     | false
            ''                           | false
            """)
    void allowsOnlyWordsThatDescribeTheTroops(String gap, boolean allowed) {
        String text = "3,000" + gap + "troops";
        assertThat(NounGap.allows(text, 5, 5 + gap.length())).isEqualTo(allowed);
    }
}
