package io.entente.extract.time;

import static io.entente.extract.time.CalendarWords.MONTH;
import static io.entente.extract.time.CalendarWords.PERIOD_MODIFIER;
import static io.entente.extract.time.CalendarWords.YEAR;

import io.entente.extract.time.DateTriggers.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/** Dates written with calendar words or digits: "2023-10-24", "Oct. 24", "24 October 2023", "in June", "in 2022". */
final class CalendarDateRules {

    /** "Thursday, Oct. 17": the explicit date wins over the weekday's own reading. */
    private static final String WEEKDAY_PREFIX = "(?:" + CalendarWords.WEEKDAY + ",?\\s+)?";
    /** "July 8 last year", "in December last year": the year counted from the story's. */
    private static final String YEAR_WORD = "(?:,?\\s+(?<yrel>last|this|next)\\s+year\\b)?";
    private static final String DAY = "(?<day>\\d{1,2})(?!\\d|[.,]\\d)(?:st|nd|rd|th)?\\b";
    /** The words of {@link CalendarWords#PERIOD_MODIFIER}, where "mid-June" or "the end of 2023" starts. */
    private static final long MODIFIER_WORDS = DateTriggers.prefixBits("early", "mid", "late", "the", "end", "start",
            "beginning", "middle");
    /** Words before a number that make it an identifier, not a year: "Resolution 2231". */
    private static final Set<String> NOT_YEAR_BEFORE = Set.of("resolution", "no", "number", "article", "flight",
            "route", "highway", "section", "chapter", "paragraph", "item", "page", "model", "version", "code",
            "room", "platform", "decree", "law", "bill");
    /** Words after a number that make it a count, not a year: "2000 troops". */
    private static final Set<String> NOT_YEAR_AFTER = Set.of("troops", "soldiers", "people", "km", "kilometres",
            "kilometers", "miles", "metres", "meters", "tons", "tonnes", "dollars", "euros", "votes", "civilians",
            "men", "women", "personnel", "residents", "refugees", "casualties", "prisoners", "hectares", "units",
            "rounds", "shells", "missiles", "drones", "tanks", "feet", "hours", "minutes", "times", "children");

    private CalendarDateRules() {
    }

    static List<DateRule> rules() {
        return List.of(
                DateRule.of(Kind.NUMBER, Set.of(Kind.NUMBER), 0, "(?<![\\d-])(?<y>(?:19|20)\\d{2})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d-])",
                        CalendarDateRules::isoDate),
                DateRule.of(Kind.MONTH, Set.of(Kind.WEEKDAY, Kind.MONTH), 0, "\\b" + WEEKDAY_PREFIX + "(?<month>" + MONTH + ")\\b\\.?\\s+" + DAY
                                + "(?:\\s*(?:-|–|to)\\s*\\d{1,2}(?!\\d|[.,]\\d)(?:st|nd|rd|th)?\\b)?"
                                + "(?:,?\\s+(?<year>" + YEAR + "))?" + YEAR_WORD,
                        CalendarDateRules::dayOfMonth),
                DateRule.of(Kind.MONTH, Set.of(Kind.WEEKDAY, Kind.NUMBER), DateTriggers.prefixBits("the"),
                        "(?<![\\w.,])" + WEEKDAY_PREFIX + "(?:the\\s+)?" + DAY + "(?:\\s*(?:-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(?<month>" + MONTH + ")\\b"
                                + "(?:\\.?,?\\s+(?<year>" + YEAR + "))?" + YEAR_WORD,
                        CalendarDateRules::dayOfMonth),
                DateRule.of(Kind.MONTH, Set.of(Kind.MONTH), MODIFIER_WORDS, "(?:(?<mod>" + PERIOD_MODIFIER + ")[\\s-]+)?\\b(?<month>" + MONTH + ")\\b\\.?,?\\s+"
                                + "(?<year>" + YEAR + ")",
                        CalendarDateRules::monthOfYear),
                DateRule.of(Kind.MONTH, Set.of(Kind.MONTH),
                        MODIFIER_WORDS | DateTriggers.prefixBits("last", "next", "this"), "(?:(?:(?<rel>last|next|this)|(?<mod>" + PERIOD_MODIFIER + "))[\\s-]+)?"
                                + "\\b(?<month>" + MONTH + ")\\b" + YEAR_WORD,
                        CalendarDateRules::bareMonth),
                DateRule.of(Kind.NUMBER, Set.of(Kind.NUMBER), MODIFIER_WORDS, "(?:(?<mod>" + PERIOD_MODIFIER + ")[\\s-]+)?(?<![\\w$€£.,:/#])(?<year>" + YEAR + ")"
                                + "(?:\\s*(?:-|–|—|to)\\s*(?<year2>(?:19|20)?\\d{2})(?!\\d))?(?![\\w%]|[.,]\\d|-\\d)",
                        CalendarDateRules::year));
    }

    private static DateMention isoDate(CharSequence text, Matcher m, LocalDate published) {
        LocalDate date = Anchoring.date(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                Integer.parseInt(m.group("d")));
        return date == null ? null : DateRule.whole(text, m, date.toString());
    }

    /** "Oct. 24", "October 24, 2023", "24 Oct 2023", "the 24th of October". */
    private static DateMention dayOfMonth(CharSequence text, Matcher m, LocalDate published) {
        String token = m.group("month");
        String year = m.group("year");
        if (CalendarWords.isLowerCaseVerbMonth(token) && year == null) {
            return null;
        }
        int month = CalendarWords.month(token);
        int day = Integer.parseInt(m.group("day"));
        LocalDate date;
        if (year != null) {
            date = Anchoring.date(Integer.parseInt(year), month, day);
        } else if (published != null && m.group("yrel") != null) {
            date = Anchoring.date(published.getYear() + yearOffset(m.group("yrel")), month, day);
        } else if (published != null) {
            date = Anchoring.monthDay(published, month, day, deadlineOrRecent(text, m.start()));
        } else {
            return null;
        }
        int end = year != null || m.group("yrel") != null ? m.end() : endAfterMonthDot(text, m);
        return date == null ? null : DateRule.mention(text, m.start(), end, date.toString());
    }

    /** "June 2023", "mid-June 2023". */
    private static DateMention monthOfYear(CharSequence text, Matcher m, LocalDate published) {
        String token = m.group("month");
        int month = CalendarWords.month(token);
        return DateRule.whole(text, m, Anchoring.monthValue(Integer.parseInt(m.group("year")), month));
    }

    /** "in June", "last June", "mid-June", "in Sept.": only where the context says it is a month. */
    private static DateMention bareMonth(CharSequence text, Matcher m, LocalDate published) {
        String token = m.group("month");
        if (published == null || CalendarWords.isLowerCaseVerbMonth(token) || !isMonthInContext(text, m, token)) {
            return null;
        }
        int month = CalendarWords.month(token);
        String rel = m.group("rel");
        Anchoring.Direction direction = rel != null ? Anchoring.direction(rel) : deadlineOrRecent(text, m.start());
        if (m.group("yrel") != null) {
            return DateRule.mention(text, m.start(), m.end(),
                    Anchoring.monthValue(published.getYear() + yearOffset(m.group("yrel")), month));
        }
        int year = Anchoring.yearOfMonth(published, month, direction);
        return DateRule.mention(text, m.start(), endAfterMonthDot(text, m),
                Anchoring.monthValue(year, month));
    }

    private static int yearOffset(String relative) {
        return switch (relative) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static boolean isMonthInContext(CharSequence text, Matcher m, String token) {
        if (m.group("rel") != null || m.group("mod") != null
                || CalendarWords.isMonthCue(CalendarWords.wordBefore(text, m.start()))) {
            return true;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        boolean ambiguous = lower.equals("may") || lower.equals("march");
        // A capitalised full name like "June" or "October" standing alone is a month, unless it is a
        // first name followed by a surname.
        return !ambiguous && CalendarWords.isFullMonthName(token) && CalendarWords.isCapitalised(token)
                && !CalendarWords.isCapitalised(CalendarWords.wordAfter(text, m.end()));
    }

    /** "in 2022", "early 2023", "2022-2023" (the first year, with the whole range as the span). */
    private static DateMention year(CharSequence text, Matcher m, LocalDate published) {
        int year = Integer.parseInt(m.group("year"));
        int end = m.end();
        String second = m.group("year2");
        if (second != null) {
            int year2 = second.length() == 2 ? year / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
            if (year2 <= year) {
                end = m.end("year");
            }
        }
        if (m.group("mod") == null) {
            String before = CalendarWords.wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
            String after = CalendarWords.wordAfter(text, end).toLowerCase(Locale.ROOT);
            if (NOT_YEAR_BEFORE.contains(before) || NOT_YEAR_AFTER.contains(after)) {
                return null;
            }
        }
        return DateRule.mention(text, m.start(), end, Integer.toString(year));
    }

    /** "by Oct. 30", "until March": a deadline looks ahead; any other bare date looks back. */
    private static Anchoring.Direction deadlineOrRecent(CharSequence text, int start) {
        Anchoring.Direction direction = Anchoring.direction(CalendarWords.wordBefore(text, start));
        return direction == Anchoring.Direction.UPCOMING ? direction : Anchoring.Direction.RECENT;
    }

    /** Keeps the dot of an abbreviation ("Sept.") in the span, but not a full stop after a full name. */
    private static int endAfterMonthDot(CharSequence text, Matcher m) {
        int end = m.end();
        if (m.end("month") == end && !CalendarWords.isFullMonthName(m.group("month"))
                && end < text.length() && text.charAt(end) == '.') {
            return end + 1;
        }
        return end;
    }
}
