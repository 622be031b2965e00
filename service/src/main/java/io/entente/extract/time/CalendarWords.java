package io.entente.extract.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;

/** Regex fragments for month and weekday names, their parsing, and the word context around a match. */
final class CalendarWords {

    /** Full names and news abbreviations (with or without a dot, which callers match after {@code \b}). */
    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    /** A plausible year, not glued to other digits. */
    static final String YEAR = "(?:19|20)\\d{2}(?!\\d)";
    /** Words that place a period inside a month or year: "mid-June", "early 2023", "the end of May". */
    static final String PERIOD_MODIFIER = "(?:early|mid|late|the\\s+(?:end|start|beginning|middle)\\s+of"
            + "|(?:end|start|beginning|middle)\\s+of)";

    private static final String[] MONTH_PREFIXES =
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final Set<String> FULL_MONTHS = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");
    /** Words after which a bare month name is a month: "in May", "since March". */
    private static final Set<String> MONTH_CUES = Set.of("in", "on", "since", "until", "till", "by", "from",
            "through", "during", "before", "after", "early", "late", "mid", "last", "this", "next", "of",
            "between", "and", "or", "to", "throughout", "around", "as", "into", "for");

    private CalendarWords() {
    }

    /** 1..12 for a month token such as "Sept." or "october"; 0 when not a month. */
    static int month(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.length() < 3) {
            return 0;
        }
        String prefix = t.substring(0, 3);
        for (int i = 0; i < MONTH_PREFIXES.length; i++) {
            if (MONTH_PREFIXES[i].equals(prefix)) {
                return i + 1;
            }
        }
        return 0;
    }

    static DayOfWeek weekday(String token) {
        return DayOfWeek.valueOf(token.toUpperCase(Locale.ROOT));
    }

    /** "may" and "march" written in lower case are a verb and a noun, never a month on their own. */
    static boolean isLowerCaseVerbMonth(String token) {
        return token.equals("may") || token.equals("march");
    }

    static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    static boolean isFullMonthName(String token) {
        return FULL_MONTHS.contains(token.toLowerCase(Locale.ROOT));
    }

    static boolean isMonthCue(String word) {
        return MONTH_CUES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The word (letters only) ending just before {@code position}, skipping spaces and hyphens; "" if none. */
    static String wordBefore(CharSequence text, int position) {
        int end = position;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '-'
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.subSequence(start, end).toString();
    }

    /** The word (letters only) starting after {@code position}, skipping whitespace; "" if none. */
    static String wordAfter(CharSequence text, int position) {
        int start = position;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.subSequence(start, end).toString();
    }
}
