package io.entente.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One cheap pass over the text that splits it into words and digit runs and marks the words every
 * date expression must contain (a month, a weekday, "yesterday", "week", a short number...). The
 * regexes then only try to match at a few tokens before each trigger, which keeps a whole article
 * well under a millisecond.
 */
final class DateTriggers {

    enum Kind { MONTH, WEEKDAY, DAY_WORD, PERIOD_WORD, NUMBER }

    /** A run of ASCII letters or of digits; {@code kind} is null for words that trigger nothing. */
    record Token(int start, int end, Kind kind) {
    }

    private static final int LONGEST_WORD = 9;
    private static final WordTable<Kind> WORDS = new WordTable<>(words());

    private DateTriggers() {
    }

    static List<Token> tokens(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int start = i;
            Kind kind = null;
            if (isAsciiLetter(c)) {
                while (i < to && isAsciiLetter(text.charAt(i))) {
                    i++;
                }
                if (i - start <= LONGEST_WORD) {
                    kind = WORDS.get(text, start, i);
                }
            } else if (c >= '0' && c <= '9') {
                while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                int digits = i - start;
                kind = digits <= 2 || digits == 4 ? Kind.NUMBER : null;
            } else {
                i++;
                continue;
            }
            tokens.add(new Token(start, i, kind));
        }
        return tokens;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Map<String, Kind> words() {
        Map<String, Kind> words = new java.util.HashMap<>();
        for (String month : List.of("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
                "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
                "nov", "november", "dec", "december")) {
            words.put(month, Kind.MONTH);
        }
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            words.put(day, Kind.WEEKDAY);
        }
        for (String word : List.of("today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon",
                "evening")) {
            words.put(word, Kind.DAY_WORD);
        }
        for (String word : List.of("week", "weekend", "month", "year", "ago")) {
            words.put(word, Kind.PERIOD_WORD);
        }
        return Map.copyOf(words);
    }
}
