package io.entente.extract.time;

import static io.entente.extract.time.CalendarWords.WEEKDAY;

import io.entente.extract.time.DateTriggers.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/** Dates relative to publication: "yesterday", "last week", "two days ago", "on Thursday", "the weekend". */
final class RelativeDateRules {

    private static final String COUNT = "(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|a\\s+few|a\\s+couple\\s+of|several|\\d{1,2})";
    /** Words that turn a weekday into a name: "Good Friday", "Bloody Sunday", "the Sunday Times". */
    private static final Set<String> WEEKDAY_NAME_BEFORE = Set.of("good", "black", "bloody", "super", "ash", "holy",
            "cyber", "maundy", "easter", "palm", "shrove");
    private static final Set<String> WEEKDAY_NAME_AFTER = Set.of("times", "telegraph", "express", "mirror", "post",
            "herald", "mail", "school", "people", "star", "independent", "sport");

    private RelativeDateRules() {
    }

    static List<DateRule> rules() {
        return List.of(
                DateRule.of(Kind.DAY_WORD, Set.of(Kind.DAY_WORD), DateTriggers.prefixBits("the", "last", "this"), "\\b(?:the\\s+day\\s+(?:before\\s+yesterday|after\\s+tomorrow)|today|yesterday|tomorrow"
                        + "|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b", RelativeDateRules::day),
                DateRule.of(Kind.PERIOD_WORD, Set.of(),
                        DateTriggers.prefixBits("earlier", "later", "last", "this", "next", "in", "over", "during"),
                        "\\b(?:(?:(?:earlier|later)\\s+)?(?<rel>last|this|next)|(?:earlier|later)\\s+in\\s+the"
                        + "|(?:in|over|during)\\s+the\\s+(?<past>past))\\s+(?<unit>week|month|year)\\b",
                        RelativeDateRules::period),
                DateRule.of(Kind.PERIOD_WORD, Set.of(),
                        DateTriggers.prefixBits("last", "this", "next", "past", "the"),
                        "\\b(?:(?<rel>last|this|next|past)\\s+|the\\s+)weekend\\b", RelativeDateRules::weekend),
                DateRule.of(Kind.PERIOD_WORD, Set.of(Kind.NUMBER), DateTriggers.prefixBits("a", "an", "one", "two",
                        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several"),
                        "\\b" + COUNT + "\\s+(?<unit>days?|weeks?|months?|years?|fortnights?)\\s+ago\\b",
                        RelativeDateRules::ago),
                DateRule.of(Kind.WEEKDAY, Set.of(Kind.WEEKDAY), DateTriggers.prefixBits("last", "next", "this", "past"),
                        "\\b(?:(?<rel>last|next|this|past)\\s+)?(?<wd>" + WEEKDAY + ")\\b",
                        RelativeDateRules::weekday));
    }

    private static DateMention day(CharSequence text, Matcher m, LocalDate published) {
        if (published == null) {
            return null;
        }
        String phrase = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int offset = switch (phrase) {
            case "the day before yesterday" -> -2;
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        return DateRule.whole(text, m, published.plusDays(offset).toString());
    }

    /**
     * "last week" and "in the past week" are only as precise as a month; "this year" and "earlier in
     * the year" as a year.
     */
    private static DateMention period(CharSequence text, Matcher m, LocalDate published) {
        if (published == null) {
            return null;
        }
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        if (m.group("past") != null && !unit.equals("week")) {
            return null; // "the past year" spans two calendar years: no honest single value
        }
        int step = switch (Anchoring.direction(m.group("past") != null ? "past" : m.group("rel"))) {
            case LAST -> -1;
            case NEXT -> 1;
            default -> 0;
        };
        String value = switch (unit) {
            case "week" -> Anchoring.monthValue(published.plusWeeks(step));
            case "month" -> Anchoring.monthValue(published.plusMonths(step));
            default -> Integer.toString(published.getYear() + step);
        };
        return DateRule.whole(text, m, value);
    }

    /** The Saturday of the weekend meant: the one just past unless "this"/"next" points ahead. */
    private static DateMention weekend(CharSequence text, Matcher m, LocalDate published) {
        if (published == null) {
            return null;
        }
        boolean onWeekend = published.getDayOfWeek() == DayOfWeek.SATURDAY
                || published.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        switch (Anchoring.direction(m.group("rel"))) {
            case LAST -> saturday = onWeekend ? saturday.minusWeeks(1) : saturday;
            case THIS -> saturday = onWeekend ? saturday : saturday.plusWeeks(1);
            case NEXT -> saturday = saturday.plusWeeks(1);
            default -> { }
        }
        return DateRule.whole(text, m, saturday.toString());
    }

    /** "two days ago" keeps the day; weeks and vague counts keep the month; years keep the year. */
    private static DateMention ago(CharSequence text, Matcher m, LocalDate published) {
        if (published == null) {
            return null;
        }
        String n = m.group("n").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean vague = n.startsWith("a few") || n.startsWith("a couple") || n.equals("several");
        int count = switch (n) {
            case "a", "an", "one" -> 1;
            case "two", "a couple of" -> 2;
            case "three", "a few" -> 3;
            case "four", "several" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            default -> Integer.parseInt(n);
        };
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String value;
        if (unit.startsWith("day")) {
            LocalDate day = published.minusDays(count);
            value = vague ? Anchoring.monthValue(day) : day.toString();
        } else if (unit.startsWith("fortnight")) {
            value = Anchoring.monthValue(published.minusWeeks(2L * count));
        } else if (unit.startsWith("week")) {
            value = Anchoring.monthValue(published.minusWeeks(count));
        } else if (unit.startsWith("month")) {
            value = Anchoring.monthValue(published.minusMonths(count));
        } else {
            value = Integer.toString(published.minusYears(count).getYear());
        }
        return DateRule.whole(text, m, value);
    }

    /** "Thursday": the most recent one on or before publication; "last"/"next" Thursday: strictly before/after. */
    private static DateMention weekday(CharSequence text, Matcher m, LocalDate published) {
        if (published == null) {
            return null;
        }
        String before = CalendarWords.wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        String after = CalendarWords.wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
        if (WEEKDAY_NAME_BEFORE.contains(before) || WEEKDAY_NAME_AFTER.contains(after)) {
            return null;
        }
        DayOfWeek day = CalendarWords.weekday(m.group("wd"));
        LocalDate date = switch (Anchoring.direction(m.group("rel"))) {
            case LAST -> published.with(TemporalAdjusters.previous(day));
            case NEXT -> published.with(TemporalAdjusters.next(day));
            default -> published.with(TemporalAdjusters.previousOrSame(day));
        };
        return DateRule.whole(text, m, date.toString());
    }
}
