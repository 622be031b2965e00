package io.entente.extract.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One cheap pass that splits text into words and digit runs and marks the ones a troop number is
 * built from; the regexes then only try to match at those tokens, which keeps an article fast.
 */
final class TroopTriggers {

    enum Kind {
        /** Can start a count: a digit run, "about", "five", "a". */
        START,
        /** Can start a count without a number: "hundreds", "several". */
        VAGUE_START,
        /** First word of a personnel noun: "troops", "special" (forces), "service" (members). */
        NOUN,
        /** First word of a unit: "brigades". */
        UNIT,
        /** "3,000-strong contingent". */
        STRONG,
        /** "a force of 10,000". */
        FORMATION,
        /** "troops numbering about 10,000". */
        NUMBERING
    }

    /** A run of letters or of digits; {@code kind} is null when it plays no part in a troop number. */
    record Token(int start, int end, Kind kind) {
    }

    private static final Map<String, Kind> WORDS = words();
    private static final int LONGEST_WORD = WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private TroopTriggers() {
    }

    static List<Token> tokens(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int start = i;
            Kind kind = null;
            if (Character.isLetter(c)) {
                while (i < to && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (i - start <= LONGEST_WORD) {
                    kind = WORDS.get(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
                }
            } else if (c >= '0' && c <= '9') {
                while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                // "000" in "3,000" or "16" in "F-16" cannot start a count.
                kind = start > 0 && "0123456789,.$€£-".indexOf(text.charAt(start - 1)) >= 0
                        || start > 0 && Character.isLetter(text.charAt(start - 1)) ? null : Kind.START;
            } else {
                i++;
                continue;
            }
            tokens.add(new Token(start, i, kind));
        }
        return tokens;
    }

    private static Map<String, Kind> words() {
        Map<String, Kind> words = new HashMap<>();
        for (String start : List.of("about", "around", "some", "roughly", "approximately", "nearly", "almost", "up",
                "more", "over", "at", "fewer", "less", "as", "an", "a", "estimated", "close", "upwards", "upward",
                "between", "just", "under", "another", "further")) {
            words.put(start, Kind.START);
        }
        for (String start : List.of("tens", "hundreds", "thousands", "dozens", "scores", "several", "many")) {
            words.put(start, Kind.VAGUE_START);
        }
        for (String number : CountWords.NUMBER_WORDS) {
            words.put(number, Kind.START);
        }
        for (String noun : TroopNouns.load(TroopNouns.PERSONNEL_FILE)) {
            words.put(noun.split("\\s+")[0], Kind.NOUN);
        }
        for (String unit : TroopNouns.load(TroopNouns.UNITS_FILE)) {
            words.put(unit.split("\\s+")[0], Kind.UNIT);
        }
        words.put("strong", Kind.STRONG);
        for (String verb : List.of("numbering", "totalling", "totaling")) {
            words.put(verb, Kind.NUMBERING);
        }
        for (String formation : List.of("force", "contingent", "army", "garrison", "detachment")) {
            words.put(formation, Kind.FORMATION);
        }
        return Map.copyOf(words);
    }
}
