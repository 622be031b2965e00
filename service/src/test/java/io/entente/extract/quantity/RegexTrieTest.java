package io.entente.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexTrieTest {

    private final Pattern words = Pattern.compile("\\b" + RegexTrie.of(
            List.of("a", "an", "two", "three", "ten", "up to", "troop", "troops")) + "\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void matchesEveryPhraseWholeAndPrefersTheLongest() {
        for (String phrase : List.of("a", "an", "two", "three", "ten", "up to", "up \n to", "troop", "troops", "TROOPS")) {
            assertThat(words.matcher(phrase).matches()).as(phrase).isTrue();
        }
        var m = words.matcher("troops");
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.end()).isEqualTo(6);
    }

    @Test
    void rejectsPrefixesAndExtensions() {
        for (String other : List.of("t", "tw", "thre", "tens", "upto", "trooper", "and", "")) {
            assertThat(words.matcher(other).matches()).as(other).isFalse();
        }
    }

    @Test
    void factorsSharedPrefixes() {
        assertThat(RegexTrie.of(List.of("two", "ten"))).isEqualTo("(?:t(?:en|wo))");
        assertThat(RegexTrie.of(List.of("a", "an"))).isEqualTo("(?:a(?:n)?)");
    }
}
