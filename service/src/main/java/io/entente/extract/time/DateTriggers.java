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

    /** PREFIX words trigger nothing but may start an expression ("the end of", "last", "two days ago"). */
    enum Kind {
        MONTH, WEEKDAY, DAY_WORD, PERIOD_WORD, NUMBER, PREFIX;

        boolean triggers() {
            return this != PREFIX;
        }
    }

    /**
     * A run of ASCII letters or of digits; {@code kind} is null for words that play no part in dates,
     * and {@code prefixBit} identifies a PREFIX word (see {@link #prefixBits}).
     */
    record Token(int start, int end, Kind kind, long prefixBit) {
    }

    private record Entry(Kind kind, long prefixBit) {
    }

    private static final List<String> PREFIX_WORDS = List.of("the", "early", "mid", "late", "end", "start",
            "beginning", "middle", "last", "next", "this", "past", "earlier", "later", "in", "over", "during", "a",
            "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "several");
    private static final int LONGEST_WORD = 9;
    private static final WordTable<Entry> WORDS = new WordTable<>(words());

    private DateTriggers() {
    }

    static List<Token> tokens(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int start = i;
            Kind kind = null;
            long prefixBit = 0;
            if (isAsciiLetter(c)) {
                while (i < to && isAsciiLetter(text.charAt(i))) {
                    i++;
                }
                Entry entry = i - start <= LONGEST_WORD ? WORDS.get(text, start, i) : null;
                if (entry != null) {
                    kind = entry.kind();
                    prefixBit = entry.prefixBit();
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
            tokens.add(new Token(start, i, kind, prefixBit));
        }
        return tokens;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The bit mask of some PREFIX words, for {@link DateRule#startWords()}. */
    static long prefixBits(String... words) {
        long bits = 0;
        for (String word : words) {
            int index = PREFIX_WORDS.indexOf(word);
            if (index < 0) {
                throw new IllegalArgumentException("Not a prefix word: " + word);
            }
            bits |= 1L << index;
        }
        return bits;
    }

    private static Map<String, Entry> words() {
        Map<String, Entry> words = new java.util.HashMap<>();
        for (String month : List.of("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
                "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
                "nov", "november", "dec", "december")) {
            words.put(month, new Entry(Kind.MONTH, 0));
        }
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            words.put(day, new Entry(Kind.WEEKDAY, 0));
        }
        for (String word : List.of("today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon",
                "evening")) {
            words.put(word, new Entry(Kind.DAY_WORD, 0));
        }
        for (String word : List.of("week", "weekend", "month", "year", "ago")) {
            words.put(word, new Entry(Kind.PERIOD_WORD, 0));
        }
        for (int i = 0; i < PREFIX_WORDS.size(); i++) {
            words.put(PREFIX_WORDS.get(i), new Entry(Kind.PREFIX, 1L << i));
        }
        return Map.copyOf(words);
    }
}
