package io.entente.resolve;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Name normalisation shared by every rule: the same spelling always gives the same key. */
public final class Names {

    private Names() {
    }

    /** Accents folded, lower case, punctuation dropped, a leading "the" dropped, single spaces. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String plain = folded.toLowerCase(Locale.ROOT).replace("'s ", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }

    /** The normalised name with hyphens for spaces: the readable tail of an id. */
    public static String slug(String name) {
        return normalise(name).replace(' ', '-');
    }

    static List<String> tokens(String name) {
        String n = normalise(name);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it must exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
