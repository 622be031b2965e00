package io.entente.resolve;

import io.entente.resolve.GraphSnapshot.KnownTreaty;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two mentions with the same party set are one treaty when their names overlap (half their
 * distinctive words shared, or a name equal to an alias) or when they were signed in the same month.
 */
final class TreatyRules {

    /** Words every treaty name has: they say nothing about which treaty it is. */
    private static final Set<String> GENERIC = Set.of("treaty", "agreement", "accord", "pact", "deal", "convention",
            "on", "of", "the", "and", "for", "in", "between", "a", "an", "to", "landmark", "new", "historic");

    private TreatyRules() {
    }

    static Match match(List<String> names, String signedDate, List<KnownTreaty> sameParties) {
        List<KnownTreaty> ordered = sameParties.stream().sorted(Comparator.comparing(KnownTreaty::id)).toList();
        for (KnownTreaty t : ordered) {
            List<String> theirs = new java.util.ArrayList<>(t.aliases());
            if (t.name() != null) {
                theirs.addFirst(t.name());
            }
            if (namesOverlap(names, theirs)) {
                return new Match(t.id(), Match.TREATY_PARTIES);
            }
        }
        String month = month(signedDate);
        if (month != null) {
            for (KnownTreaty t : ordered) {
                if (month.equals(month(t.signedDate()))) {
                    return new Match(t.id(), Match.TREATY_PARTIES);
                }
            }
        }
        return null;
    }

    static boolean namesOverlap(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                String nx = Names.normalise(x);
                if (!nx.isEmpty() && nx.equals(Names.normalise(y))) {
                    return true;
                }
                Set<String> wx = distinctive(x);
                Set<String> wy = distinctive(y);
                if (!wx.isEmpty() && !wy.isEmpty()) {
                    Set<String> common = new HashSet<>(wx);
                    common.retainAll(wy);
                    Set<String> union = new HashSet<>(wx);
                    union.addAll(wy);
                    if (common.size() * 2 >= union.size()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Set<String> distinctive(String name) {
        Set<String> words = new HashSet<>(Names.tokens(name));
        words.removeAll(GENERIC);
        return words;
    }

    private static String month(String date) {
        return date == null || date.length() < 7 ? null : date.substring(0, 7);
    }
}
