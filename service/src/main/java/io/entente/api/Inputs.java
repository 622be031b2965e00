package io.entente.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates and normalises client input; anything a client can get wrong becomes a BAD_REQUEST. */
final class Inputs {

    static final int MAX_TEXT = 200;
    static final int MAX_LIST = 50;
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2,3}");
    private static final Set<String> CLAIM_STATUSES = Set.of("asserted", "reported", "denied");

    private Inputs() {
    }

    /** A YYYY, YYYY-MM or YYYY-MM-DD date that exists in the calendar, or null. */
    static String date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var m = DATE.matcher(value.strip());
        if (!m.matches()) {
            throw new BadRequestException(field + " must be YYYY, YYYY-MM or YYYY-MM-DD, got: " + shorten(value));
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new BadRequestException(field + " is not a calendar date: " + shorten(value));
        }
        return value.strip();
    }

    /** Event types, all eleven when none are given; an unknown type is an error. */
    static List<String> eventTypes(List<String> types) {
        if (types == null || types.isEmpty()) {
            return Cypher.EVENT_TYPES;
        }
        list("types", types);
        List<String> upper = types.stream().map(t -> t.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        for (String t : upper) {
            if (!Cypher.EVENT_TYPES.contains(t)) {
                throw new BadRequestException("Unknown event type " + shorten(t) + "; known: " + Cypher.EVENT_TYPES);
            }
        }
        return upper;
    }

    /** Entity labels for search; all entity labels when none are given. */
    static List<String> entityLabels(List<String> labels) {
        if (labels == null || labels.isEmpty()) {
            return Cypher.ENTITY_LABELS;
        }
        list("types", labels);
        for (String label : labels) {
            if (!Cypher.ENTITY_LABELS.contains(label)) {
                throw new BadRequestException("Unknown entity type " + shorten(label) + "; known: " + Cypher.ENTITY_LABELS);
            }
        }
        return List.copyOf(labels);
    }

    static String claimStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (!CLAIM_STATUSES.contains(lower)) {
            throw new BadRequestException("claimStatus must be asserted, reported or denied");
        }
        return lower;
    }

    /** An entity id; two or three letters are read as a country code. */
    static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = text(field, value);
        return COUNTRY_CODE.matcher(id).matches() ? id.toUpperCase(Locale.ROOT) : id;
    }

    static String text(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadRequestException(field + " must be at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    static int atLeast(String field, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw new BadRequestException(field + " must be between " + min + " and " + max);
        }
        return v;
    }

    static <T> List<T> list(String field, List<T> values) {
        if (values != null && values.size() > MAX_LIST) {
            throw new BadRequestException(field + " may list at most " + MAX_LIST + " values");
        }
        return values == null ? List.of() : values;
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
