package io.entente.extract.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a count written in digits ("10 000", "1.5 million", "12k") or in words ("five thousand"). */
final class CountWords {

    /** Regex for a count in number words, e.g. "twenty-five thousand", "a hundred and fifty". */
    static final String WORDS;
    /** Regex for a count in digits with optional grouping, decimals and scale. */
    static final String DIGITS_BODY = "(?:\\d{1,3}(?:(?:,|[ \\u00A0\\u202F])\\d{3})+|\\d+)(?:\\.\\d+)?"
            + "(?:\\s*(?:million|thousand|hundred)\\b|[km]\\b)?";
    /** Not glued to a word, a model name ("F-2"), a price or a longer number. */
    static final String DIGITS = "(?<![\\w.,$€£-])" + DIGITS_BODY;

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final List<Map.Entry<String, Long>> DIGIT_SCALES = List.of(Map.entry("million", 1_000_000L),
            Map.entry("thousand", 1_000L), Map.entry("hundred", 100L), Map.entry("k", 1_000L),
            Map.entry("m", 1_000_000L));
    private static final Map<String, Integer> SCALES = Map.of("dozen", 12, "hundred", 100, "thousand", 1_000,
            "million", 1_000_000);

    /** Every word a count in words is made of. */
    static final List<String> NUMBER_WORDS;

    static {
        List<String> words = new java.util.ArrayList<>(SMALL.keySet());
        words.addAll(SCALES.keySet());
        NUMBER_WORDS = List.copyOf(words);
        String word = RegexTrie.of(NUMBER_WORDS);
        WORDS = "\\b" + word + "(?:(?:\\s+and\\s+|[\\s-]+)" + word + ")*\\b";
    }

    private CountWords() {
    }

    /** The value of a digit count, or null when it is not a whole positive number of people. */
    static Integer parseDigits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ',' && c != '\u00A0' && c != '\u202F' && !Character.isWhitespace(c)) {
                digits.append(Character.toLowerCase(c));
            }
        }
        String s = digits.toString();
        long scale = 1;
        for (Map.Entry<String, Long> suffix : DIGIT_SCALES) {
            if (s.endsWith(suffix.getKey())) {
                scale = suffix.getValue();
                s = s.substring(0, s.length() - suffix.getKey().length());
                break;
            }
        }
        int dot = s.indexOf('.');
        // "3.000 soldiers" is European digit grouping, not three soldiers.
        if (scale == 1 && dot > 0 && dot <= 3 && s.length() - dot == 4) {
            s = s.substring(0, dot) + s.substring(dot + 1);
            dot = -1;
        }
        try {
            if (dot < 0 && s.length() <= 12) {
                return positiveInt(BigDecimal.valueOf(Long.parseLong(s) * scale));
            }
            return positiveInt(new BigDecimal(s).multiply(BigDecimal.valueOf(scale)));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The value of a count in words, or null for a lone "a"/"an" (which counts nothing). */
    static Integer parseWords(String text) {
        long total = 0;
        long current = 0;
        boolean numeral = false;
        for (String token : text.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (token.equals("and")) {
                continue;
            }
            Integer small = SMALL.get(token);
            if (small != null) {
                current += small;
                numeral |= !token.equals("a") && !token.equals("an");
            } else if (SCALES.containsKey(token)) {
                int scale = SCALES.get(token);
                numeral = true;
                if (scale >= 1_000) {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                } else {
                    current = Math.max(current, 1) * scale;
                }
            }
        }
        return numeral ? positiveInt(BigDecimal.valueOf(total + current)) : null;
    }

    private static Integer positiveInt(BigDecimal value) {
        try {
            int n = value.intValueExact();
            return n > 0 ? n : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
