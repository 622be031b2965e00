package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into words, numbers and punctuation. Possessive 's is its own token so that
 * "Russia's" yields "Russia" + "'s"; dotted acronyms ("U.S.") stay whole. Every alternative is
 * a simple loop without nested quantifiers over the same characters, so no catastrophic
 * backtracking on hostile input.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                   // U.S., U.K.
            + "|(?i:then|ex)(?=-(?:\\p{Lu}\\.){2,})"                 // then-U.S. ambassador
            + "|\\d+(?:[.,]\\d+)*(?:-\\d+)?"                        // 3,000  397-0  1.5
            + "|['’][sS](?![\\p{L}\\d])"                            // possessive
            + "|[\\p{L}\\p{M}\\d]+(?:[-‑][\\p{L}\\p{M}\\d]+)*(?:['’](?![sS](?![\\p{L}\\d]))[\\p{L}\\p{M}]+)*"
            + "|\\S");

    private Tokenizer() {
    }

    static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        m.region(from, to);
        while (m.find()) {
            String word = normalise(m.group());
            if (word.length() > 2 && word.indexOf('-') > 0) {
                splitHyphens(word, m.start(), out);
            } else {
                out.add(new Token(word, m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * "Russia-North Korea", "Jong-Un", "US-led" split at the hyphen (so each part can be looked
     * up); "Jong-un", "al-Assad", "pro-Russian" stay whole.
     */
    private static void splitHyphens(String word, int offset, List<Token> out) {
        int partStart = 0;
        for (int i = word.indexOf('-'); i > 0; i = word.indexOf('-', i + 1)) {
            if (i + 1 >= word.length()) {
                break;
            }
            String left = word.substring(partStart, i);
            boolean rightCapital = Character.isUpperCase(word.charAt(i + 1));
            boolean leftAcronym = left.length() >= 2 && left.chars().allMatch(Character::isUpperCase);
            boolean time = partStart == 0 && (left.equalsIgnoreCase("then") || left.equalsIgnoreCase("ex")); // "then-defence secretary"
            if (rightCapital || leftAcronym || time) {
                out.add(new Token(left, offset + partStart, offset + i));
                out.add(new Token("-", offset + i, offset + i + 1));
                partStart = i + 1;
            }
        }
        out.add(new Token(word.substring(partStart), offset + partStart, offset + word.length()));
    }

    /** Curly apostrophes and non-breaking hyphens become their plain forms for matching. */
    private static String normalise(String s) {
        if (s.indexOf('’') >= 0) {
            s = s.replace('’', '\'');
        }
        if (s.indexOf('‑') >= 0) {
            s = s.replace('‑', '-');
        }
        return s;
    }
}
