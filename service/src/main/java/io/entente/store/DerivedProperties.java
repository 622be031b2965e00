package io.entente.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties of an event relationship that summarise its evidence: number of sources, first
 * and last reported dates, claim status, event date, confidence and the type-specific attributes
 * of the latest source. A new source is folded in with {@link #add}; a relationship that lost
 * sources is recomputed by folding what is left ({@link #fold}), with the same rule.
 */
final class DerivedProperties {

    /** Per-source attributes; the most recently published source's value wins. */
    static final List<String> ATTRIBUTES = List.of("troops", "location", "role", "status", "vote");
    static final List<String> KEYS = List.of("sources", "firstReported", "lastReported", "claimStatus", "date",
            "confidence", "troops", "location", "role", "status", "vote");

    private static final List<String> CLAIM_RANK = List.of("denied", "reported", "asserted");

    /** One supporting source: its evidence properties and the article's publication date (may be null). */
    record Source(Map<String, Object> evidence, String published) {
    }

    private DerivedProperties() {
    }

    /** The relationship's properties after one more source; {@code current} may be empty (a new relationship). */
    static Map<String, Object> add(Map<String, Object> current, Source source) {
        Map<String, Object> next = new HashMap<>();
        KEYS.forEach(k -> {
            if (current.get(k) != null) {
                next.put(k, current.get(k));
            }
        });
        Map<String, Object> ev = source.evidence();
        String published = source.published();
        String lastBefore = (String) current.get("lastReported");
        next.put("sources", (current.get("sources") instanceof Number n ? n.longValue() : 0L) + 1);
        if (published != null) {
            next.put("firstReported", min((String) current.get("firstReported"), published));
            next.put("lastReported", max(lastBefore, published));
        }
        next.put("claimStatus", strongerClaim((String) current.get("claimStatus"), (String) ev.get("claimStatus")));
        String date = betterDate((String) current.get("date"), (String) ev.get("date"));
        if (date != null) {
            next.put("date", date);
        }
        double confidence = ev.get("confidence") instanceof Number n ? n.doubleValue() : 0;
        next.put("confidence", Math.max(confidence, current.get("confidence") instanceof Number c ? c.doubleValue() : 0));
        boolean newest = lastBefore == null || published == null || published.compareTo(lastBefore) >= 0;
        for (String attr : ATTRIBUTES) {
            if (ev.get(attr) != null && (newest || next.get(attr) == null)) {
                next.put(attr, ev.get(attr));
            }
        }
        return next;
    }

    /** The properties for exactly these sources, oldest first; empty when there are none. */
    static Map<String, Object> fold(List<Source> sources) {
        Map<String, Object> props = Map.of();
        List<Source> ordered = sources.stream().sorted(Comparator
                .comparing((Source s) -> s.published() == null ? "" : s.published())
                .thenComparing(s -> String.valueOf(s.evidence().get("id")))).toList();
        for (Source s : ordered) {
            props = add(props, s);
        }
        return props;
    }

    /** Asserted beats reported beats denied: the relationship is as certain as its surest source. */
    static String strongerClaim(String a, String b) {
        if (a == null) {
            return b == null ? "asserted" : b;
        }
        return b == null || CLAIM_RANK.indexOf(a) >= CLAIM_RANK.indexOf(b) ? a : b;
    }

    /** The more precise date; between equally precise ones, the earlier. */
    static String betterDate(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length() ? a : b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String min(String a, String b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    private static String max(String a, String b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }
}
