package io.entente.api;

/** The same window test as {@link Cypher#window}, for events checked in Java. */
final class DateWindow {

    private DateWindow() {
    }

    static boolean overlaps(String date, String since, String until) {
        if (since == null && until == null) {
            return true;
        }
        if (date == null) {
            return false;
        }
        return (since == null || prefix(date, since.length()).compareTo(prefix(since, date.length())) >= 0)
                && (until == null || prefix(date, until.length()).compareTo(prefix(until, date.length())) <= 0);
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
