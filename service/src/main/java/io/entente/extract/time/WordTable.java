package io.entente.extract.time;

import java.util.Map;

/**
 * A tiny open-addressing table from lower-case ASCII words to values, looked up straight from a
 * slice of the text: tokenising an article then allocates no strings.
 */
final class WordTable<V> {

    private final int[] hashes;
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    WordTable(Map<String, V> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        hashes = new int[size];
        keys = new String[size];
        values = new Object[size];
        mask = size - 1;
        entries.forEach((key, value) -> {
            int h = hash(key, 0, key.length());
            int i = h & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            hashes[i] = h;
            keys[i] = key;
            values[i] = value;
        });
    }

    /** The value for {@code text[start, end)} compared case-insensitively, or null. */
    @SuppressWarnings("unchecked")
    V get(CharSequence text, int start, int end) {
        int h = hash(text, start, end);
        for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && sameWord(keys[i], text, start, end)) {
                return (V) values[i];
            }
        }
        return null;
    }

    private static boolean sameWord(String key, CharSequence text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != lower(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + lower(text.charAt(k));
        }
        return h ^ (h >>> 16);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
