package io.entente.extract;

import java.util.Set;

/** The place a ", where ..." clause about troops refers back to. */
final class WherePlaces {

    private WherePlaces() {
    }

    private static final Set<String> BASE_WORDS = Set.of("air", "base", "airbase", "naval", "station", "camp", "airfield");

    /** The opening comma of ", the ... " before {@code end}, when no other comma lies between; else -1. */
    private static int appositionOpening(Sentence s, int end) {
        for (int k = end - 1; k > 1 && k >= end - 12; k--) {
            if (s.lower(k).equals(",")) {
                return s.lower(k + 1).equals("the") || s.lower(k + 1).equals("a") ? k : -1;
            }
        }
        return -1;
    }

    /** The country or place that ends at {@code end}, past a base's common nouns ("Al Udeid Air Base"). */
    private static Mention placeEndingAt(Reading r, int end) {
        while (end > 1 && BASE_WORDS.contains(r.sentence.lower(end - 1)) && r.mentions.at(end - 1) == null) {
            end--;
        }
        Mention m = r.mentions.endingAt(end);
        return m != null && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.LOCATION) ? m : null;
    }

    private static final Set<String> HOUSING = Set.of("hosts", "houses", "host", "house", "hosted", "housed");

    /** The subject of "hosts" or "houses" shortly before the comma: the state a base it names lies in. */
    private static Mention host(Reading r, int comma) {
        for (int k = comma - 1; k > 0 && k >= comma - 14; k--) {
            if (HOUSING.contains(r.sentence.lower(k))) {
                Mention m = Clauses.subjectBefore(r.mentions, k);
                return m != null && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.LOCATION) ? m : null;
            }
        }
        return null;
    }

    /**
     * "in Estonia, where about 900 British soldiers are based", "hosts Al Udeid Air Base, the largest
     * US installation in the region, where 10,000 troops are stationed": the place ", where" follows.
     */
    static Mention whereAntecedent(Reading r, int troop) {
        Sentence s = r.sentence;
        for (int k = troop - 1; k > 0 && k >= troop - 12; k--) {
            if (s.lower(k).equals("where") && s.lower(k - 1).equals(",")) {
                int open = appositionOpening(s, k - 1);
                Mention before = open > 0 ? placeEndingAt(r, open) : null;
                Mention m = placeEndingAt(r, k - 1);
                if (before != null) {
                    return before; // the place an apposition describes, not a region inside the apposition
                }
                if (m != null && Clauses.countryOf(m, r.model) != null) {
                    return m;
                }
                Mention host = host(r, k - 1); // "Bahrain hosts Isa Air Base, where": a base the gazetteer lacks
                return host != null ? host : m;
            }
        }
        return null;
    }
}
