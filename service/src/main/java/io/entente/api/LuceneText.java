package io.entente.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns user text into a Lucene query that cannot be misread as syntax: every special character
 * is escaped, each word must match as a word or a prefix, and the whole phrase ranks highest.
 */
final class LuceneText {

    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

    private LuceneText() {
    }

    static String query(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] words = Arrays.stream(text.strip().split("\\s+")).map(LuceneText::escape)
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length == 0) {
            return "";
        }
        String all = Arrays.stream(words).map(w -> "(" + w + " OR " + w + "*)").collect(Collectors.joining(" AND "));
        return "(\"" + String.join(" ", words) + "\")^3 OR (" + all + ")";
    }

    static String escape(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // Lowercase keeps AND/OR/NOT typed by a user from becoming operators.
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
