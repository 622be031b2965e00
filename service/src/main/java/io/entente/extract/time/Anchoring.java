package io.entente.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Places a partial date (a month, a day of a month) in a year using the publication date:
 * news mostly reports the past, so the most recent such date on or before publication wins.
 */
final class Anchoring {

    private Anchoring() {
    }

    /**
     * RECENT: on or before publication. UPCOMING ("by mid-November", "until March"): a deadline, so a
     * later month stays in the publication year, while an earlier one reads as past ("had left by March").
     */
    enum Direction { RECENT, UPCOMING, LAST, THIS, NEXT }

    static Direction direction(String word) {
        if (word == null) {
            return Direction.RECENT;
        }
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "last", "past" -> Direction.LAST;
            case "next" -> Direction.NEXT;
            case "by", "until", "till" -> Direction.UPCOMING;
            case "this" -> Direction.THIS;
            default -> Direction.RECENT;
        };
    }

    /** The year of a bare month ("in June", "last June", "next June") seen from {@code published}. */
    static int yearOfMonth(LocalDate published, int month, Direction direction) {
        int year = published.getYear();
        int current = published.getMonthValue();
        return switch (direction) {
            case RECENT -> month <= current ? year : year - 1;
            case UPCOMING -> year;
            case LAST -> month < current ? year : year - 1;
            case NEXT -> month > current ? year : year + 1;
            case THIS -> year;
        };
    }

    /**
     * The most recent {@code month}/{@code day} on or before publication (for UPCOMING, the one in the
     * publication year); null when no such calendar day.
     */
    static LocalDate monthDay(LocalDate published, int month, int day, Direction direction) {
        LocalDate sameYear = date(published.getYear(), month, day);
        if (sameYear != null && (direction == Direction.UPCOMING || !sameYear.isAfter(published))) {
            return sameYear;
        }
        LocalDate yearBefore = date(published.getYear() - 1, month, day);
        return yearBefore != null ? yearBefore : sameYear;
    }

    /** A calendar date, or null when the numbers do not make one (31 June). */
    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String monthValue(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    static String monthValue(int year, int month) {
        return YearMonth.of(year, month).toString();
    }
}
