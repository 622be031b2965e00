package io.entente.resolve;

import io.entente.resolve.GraphSnapshot.KnownDeployment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A deployment report joins an existing deployment between the same sender and receiver when
 * its date lies within 90 days of that deployment's reported span.
 */
final class DeploymentRules {

    static final int WINDOW_DAYS = 90;

    private DeploymentRules() {
    }

    static Match match(String date, List<KnownDeployment> samePair) {
        LocalDate day = start(date);
        if (day == null) {
            return null;
        }
        return samePair.stream()
                .filter(d -> distance(day, d) <= WINDOW_DAYS)
                .min(Comparator.comparingLong((KnownDeployment d) -> distance(day, d)).thenComparing(KnownDeployment::id))
                .map(d -> new Match(d.id(), Match.DEPLOYMENT_WINDOW))
                .orElse(null);
    }

    /** Days from {@code day} to the span [firstDate, lastDate]; zero inside it. */
    static long distance(LocalDate day, KnownDeployment d) {
        LocalDate first = start(d.firstDate());
        LocalDate last = start(d.lastDate() == null ? d.firstDate() : d.lastDate());
        if (first == null || last == null) {
            return Long.MAX_VALUE;
        }
        if (day.isBefore(first)) {
            return ChronoUnit.DAYS.between(day, first);
        }
        return day.isAfter(last) ? ChronoUnit.DAYS.between(last, day) : 0;
    }

    /** The first day a YYYY, YYYY-MM or YYYY-MM-DD date can mean; null when unreadable. */
    static LocalDate start(String date) {
        if (date == null) {
            return null;
        }
        try {
            return switch (date.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
                case 7 -> LocalDate.parse(date + "-01");
                default -> date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
