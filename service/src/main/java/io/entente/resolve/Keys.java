package io.entente.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The canonical ids of graph-schema/README.md, built from normalised parts only. */
public final class Keys {

    /** Relation types whose two ends are interchangeable: stored once, ends in id order. */
    public static final Set<String> SYMMETRIC = Set.of("ALLIED_WITH", "MET_WITH");

    private Keys() {
    }

    static String person(String name) {
        return "person:" + Names.slug(name);
    }

    static String organization(String country, String name) {
        return "org:" + scope(country) + Names.slug(name);
    }

    static String location(String country, String name) {
        return "loc:" + scope(country) + Names.slug(name);
    }

    /** Sorted distinct alpha-3 codes joined by "-": the same set always gives the same key. */
    public static String partyKey(Collection<String> parties) {
        return String.join("-", new TreeSet<>(parties));
    }

    static String treaty(String partyKey, String name) {
        String tail = Names.slug(name);
        return "treaty:" + partyKey + ":" + (tail.isEmpty() ? "unnamed" : tail);
    }

    public static String pairKey(String from, String to) {
        return orUnknown(from) + ":" + orUnknown(to);
    }

    /** {@code deployment:PRK:RUS:2024-10}: sender, receiver and the month of the first report. */
    static String deployment(String from, String to, String firstDate) {
        String month = firstDate == null ? "undated" : firstDate.substring(0, Math.min(7, firstDate.length()));
        return "deployment:" + pairKey(from, to) + ":" + month;
    }

    /** {@code rel:} + a hash of type and end ids; symmetric types hash their ends in order. */
    public static String relation(String type, String subjectId, String objectId) {
        return "rel:" + sha256(type + "\u0000" + subjectId + "\u0000" + objectId).substring(0, 20);
    }

    static String evidence(String relationId, String articleId, int start) {
        return relationId + ":" + articleId + ":" + start;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String scope(String country) {
        return country == null ? "" : country.toLowerCase(Locale.ROOT) + ":";
    }

    private static String orUnknown(String code) {
        return code == null || code.isBlank() ? "UNK" : code.toUpperCase(Locale.ROOT);
    }
}
