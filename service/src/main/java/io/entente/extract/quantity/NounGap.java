package io.entente.extract.quantity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether the words between a count and a troop noun still describe the troops
 * ("3,000 North Korean troops", "3,000 of its troops") rather than start another phrase
 * ("3,000 km from the troops", "200 tanks and troops").
 */
final class NounGap {

    static final int MAX_WORDS = 4;
    private static final Set<String> OWNERS = Set.of("its", "their", "his", "her", "our");
    /** Words that end the description of the counted thing. */
    private static final Set<String> STOP = Set.of("and", "or", "but", "in", "into", "to", "from", "with", "by", "on",
            "at", "as", "were", "was", "are", "is", "be", "been", "have", "has", "had", "per", "than", "for", "who",
            "which", "that", "of", "the", "police", "prison", "civilian", "civilians", "people", "km", "kilometres",
            "kilometers", "miles", "metres", "meters", "days", "weeks", "months", "years", "hours", "percent",
            "tanks", "vehicles", "aircraft", "jets", "ships", "drones", "missiles", "dollars", "euros");
    /** A word such as "North", "Korean", "U.S." or "special-purpose"; never with trailing punctuation. */
    private static final Pattern WORD = Pattern.compile("[a-z](?:[a-z'’-]*|(?:\\.[a-z])+\\.?)",
            Pattern.CASE_INSENSITIVE);

    private NounGap() {
    }

    static boolean allows(CharSequence text, int start, int end) {
        if (end - start == 1 && text.charAt(start) == '-') {
            return true; // "a 3,000-troop contingent"
        }
        if (start >= end || !Character.isWhitespace(text.charAt(start))
                || !Character.isWhitespace(text.charAt(end - 1))) {
            return false;
        }
        String[] words = text.subSequence(start, end).toString().strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return true;
        }
        int first = 0;
        if (words.length >= 2 && words[0].equalsIgnoreCase("of")) {
            if (!OWNERS.contains(words[1].toLowerCase(Locale.ROOT))) {
                return false;
            }
            first = 2;
        }
        if (words.length - first > MAX_WORDS) {
            return false;
        }
        for (int i = first; i < words.length; i++) {
            if (STOP.contains(words[i].toLowerCase(Locale.ROOT)) || !WORD.matcher(words[i]).matches()) {
                return false;
            }
        }
        return true;
    }
}
