package io.entente.extract.quantity;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a list of words or phrases into one prefix-factored regex ("t(?:wo|hree|en)" rather than
 * "two|three|ten"): Java tries alternatives one by one, so sharing prefixes makes failing
 * attempts, by far the most common, several times cheaper. Spaces in phrases match any whitespace.
 */
final class RegexTrie {

    private final Map<Character, RegexTrie> children = new TreeMap<>();
    private boolean terminal;

    private RegexTrie() {
    }

    /** A non-capturing group matching any of the phrases (longest first where one extends another). */
    static String of(Collection<String> phrases) {
        RegexTrie root = new RegexTrie();
        for (String phrase : phrases) {
            RegexTrie node = root;
            for (char c : phrase.toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new RegexTrie());
            }
            node.terminal = true;
        }
        return "(?:" + root.regex() + ")";
    }

    private String regex() {
        if (children.isEmpty()) {
            return "";
        }
        String alternatives = children.entrySet().stream()
                .map(child -> literal(child.getKey()) + child.getValue().regex())
                .collect(Collectors.joining("|"));
        String group = children.size() == 1 ? alternatives : "(?:" + alternatives + ")";
        // Greedy optional: the longer phrase is tried first, a shorter one on backtracking.
        return terminal ? "(?:" + group + ")?" : group;
    }

    private static String literal(char c) {
        if (c == ' ') {
            return "\\s+";
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
