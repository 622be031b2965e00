package io.entente.extract.quantity;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the words between a count and a troop noun still describe the troops
 * ("3,000 North Korean troops", "3,000 of its troops") rather than start another phrase
 * ("3,000 km from the troops", "200 tanks and troops"). Called often, so it scans by hand.
 */
final class NounGap {

    static final int MAX_WORDS = 4;
    /** No four describing words are longer than this. */
    private static final int MAX_CHARS = 80;
    private static final Set<String> OWNERS = Set.of("its", "their", "his", "her", "our");
    /** Words that end the description of the counted thing. */
    private static final Set<String> STOP = Set.of("and", "or", "but", "in", "into", "to", "from", "with", "by", "on",
            "at", "as", "were", "was", "are", "is", "be", "been", "have", "has", "had", "per", "than", "for", "who",
            "which", "that", "of", "the", "police", "prison", "civilian", "civilians", "people", "km", "kilometres",
            "kilometers", "miles", "metres", "meters", "days", "weeks", "months", "years", "hours", "percent",
            "tanks", "vehicles", "aircraft", "jets", "ships", "drones", "missiles", "dollars", "euros");

    private NounGap() {
    }

    static boolean allows(CharSequence text, int start, int end) {
        if (end - start == 1 && text.charAt(start) == '-') {
            return true; // "a 3,000-troop contingent"
        }
        if (start >= end || end - start > MAX_CHARS || !Character.isWhitespace(text.charAt(start))
                || !Character.isWhitespace(text.charAt(end - 1))) {
            return false;
        }
        int words = 0;
        boolean first = true;
        int i = start;
        while (true) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= end) {
                return true;
            }
            int wordStart = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String word = text.subSequence(wordStart, i).toString().toLowerCase(Locale.ROOT);
            if (first && word.equals("of")) {
                // "3,000 of its troops": only an owner may follow.
                while (i < end && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int ownerStart = i;
                while (i < end && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (!OWNERS.contains(text.subSequence(ownerStart, i).toString().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            } else if (++words > MAX_WORDS || !isDescribingWord(word) || STOP.contains(word)) {
                return false;
            }
            first = false;
        }
    }

    /** "north", "korean", "special-purpose", "u.s.": letters, inner hyphens or apostrophes, or dotted initials. */
    private static boolean isDescribingWord(String word) {
        if (!Character.isLetter(word.charAt(0))) {
            return false;
        }
        if (word.indexOf('.') < 0) {
            for (int k = 1; k < word.length(); k++) {
                char c = word.charAt(k);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
                    return false;
                }
            }
            return true;
        }
        for (int k = 0; k < word.length(); k++) {
            boolean letterPlace = k % 2 == 0;
            if (letterPlace != Character.isLetter(word.charAt(k)) || (!letterPlace && word.charAt(k) != '.')) {
                return false;
            }
        }
        return word.length() > 2; // "u.s." or "u.s", never "people."
    }
}
