package io.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Longest-match dictionary over token sequences; each phrase maps to one or more values. */
final class PhraseTrie<T> {

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<T> values = new ArrayList<>(1);
    }

    /** The longest phrase starting at a token: how many tokens it spans and its values. */
    record Match<T>(int length, List<T> values) {
    }

    private final Node<T> root = new Node<>();
    private final boolean ignoreCase;
    /** Words a phrase may carry inside it without being listed ("voiced strong opposition to"). */
    private final java.util.Set<String> insertions = new java.util.HashSet<>();

    PhraseTrie(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    void add(List<String> phrase, T value) {
        if (phrase.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (String word : phrase) {
            node = node.next.computeIfAbsent(key(word), k -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /** Lets {@code word} stand anywhere inside a phrase after its first word, as if it were absent. */
    void allowInside(String word) {
        insertions.add(key(word));
    }

    Match<T> longest(List<Token> tokens, int from) {
        Node<T> node = root;
        Match<T> best = null;
        for (int i = from; i < tokens.size(); i++) {
            String word = key(tokens.get(i).text());
            Node<T> next = node.next.get(word);
            if (next == null && node != root && insertions.contains(word)) {
                continue;
            }
            node = next;
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = new Match<>(i - from + 1, node.values);
            }
        }
        return best;
    }

    private String key(String word) {
        return ignoreCase ? word.toLowerCase(java.util.Locale.ROOT) : word;
    }
}
