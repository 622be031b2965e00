package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule sentence splitter tuned for news copy: paragraph breaks always end a sentence; a
 * full stop, "?" or "!" (plus closing quotes) ends one when followed by space and a capital,
 * digit or opening quote, unless the word before is a known abbreviation or an initial.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
            "sen", "rep", "gov", "pres", "st", "jr", "sr", "no", "vs", "rev", "hon", "amb",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "corp", "ltd", "co", "mt", "ft", "approx", "est", "dept", "govt", "u.s", "u.k", "u.n");
    private static final Set<String> STARTERS_AFTER_ACRONYM = Set.of(
            "The", "He", "She", "It", "They", "But", "In", "On", "A", "We", "This", "That", "Its", "His", "Her");

    private SentenceSplitter() {
    }

    /** Offsets [start, end) of each sentence in text[from, to), trimmed of whitespace. */
    static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = i + 1;
            } else if (c == '.' || c == '?' || c == '!') {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                if (end < n && Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\n'
                        && startsSentence(text, end) && !(c == '.' && abbreviationBefore(text, i, end))) {
                    add(out, text, start, end);
                    start = end;
                    i = end;
                    continue;
                }
            }
            i++;
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(String text, int ws) {
        int j = ws;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j >= text.length()) {
            return false;
        }
        char c = text.charAt(j);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '«';
    }

    /** The word ending at the full stop is an abbreviation or an initial (not a sentence end). */
    private static boolean abbreviationBefore(String text, int dot, int afterClosers) {
        if (afterClosers != dot + 1) {
            return false; // a quote closed after the stop: a real end
        }
        int j = dot;
        while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
            j--;
        }
        String word = text.substring(j, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // initial: "Lloyd J. Austin"
        }
        if (word.indexOf('.') >= 0) { // dotted acronym "U.S." ends a sentence only before a typical opener
            return !STARTERS_AFTER_ACRONYM.contains(nextWord(text, dot + 1));
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String nextWord(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        int k = j;
        while (k < text.length() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return text.substring(j, k);
    }

    private static void add(List<int[]> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new int[]{from, to});
        }
    }
}
