package io.entente.extract;

import io.entente.extract.quantity.TroopCount;
import java.util.List;
import java.util.Set;

/**
 * Troops leaving for somewhere: "850 Mongolian soldiers left Ulaanbaatar on Monday for South
 * Sudan", "Rwandan troops flew out of Kigali to join the force in the Central African Republic".
 * Leaving is otherwise a withdrawal; a stated destination makes it a deployment there.
 */
final class Departures {

    private static final Set<String> LEAVING = Set.of("left", "leave", "leaves", "leaving", "departed", "flew", "sailed", "set");
    /** Verbs of setting out that are not also words of withdrawal. */
    static final Set<String> SET_OUT = Set.of("flew", "departed", "sailed", "set");
    private static final Set<String> BREAKS = Set.of(";", "that", "which", "who", "and", "but", "after", "because", "while");

    private Departures() {
    }

    /** The token where the destination phrase of a departure at {@code verb} begins, else -1. */
    static int destination(Reading r, int verb) {
        Sentence s = r.sentence;
        if (!LEAVING.contains(s.lower(verb)) || s.lower(verb).equals("set") && !s.lower(verb + 1).equals("off")
                || r.triggers.find("TROOP", Math.max(0, verb - 8), verb) < 0) {
            return -1;
        }
        for (int k = verb + 1; k < s.size() && k < verb + 10; k++) {
            String w = s.lower(k);
            if (BREAKS.contains(w)) {
                return -1;
            }
            boolean join = w.equals("to") && s.lower(k + 1).equals("join");
            Mention m = r.mentions.at(k + 1);
            if (join || w.equals("for") && m != null && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.LOCATION)) {
                return k;
            }
        }
        return -1;
    }

    private static int lastTroop(Reading r, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 8; k--) {
            if (r.triggers.is(k, "TROOP")) {
                return k;
            }
        }
        return -1;
    }

    /** Records the departure at {@code verb} whose destination phrase begins at {@code dest}. */
    static void record(Reading r, int verb, int dest, List<TroopCount> counts) {
        int troop = lastTroop(r, verb);
        String from = TroopOwners.modifierCountry(r, troop);
        if (from == null) {
            from = Clauses.actorCountry(r.mentions, r.model, troop);
        }
        Mention bound = r.sentence.lower(dest).equals("for") ? r.mentions.at(dest + 1) : null;
        DeploymentTargets.Target to = bound == null ? DeploymentTargets.target(r, dest) : DeploymentTargets.Target.of(bound, r.model);
        if (from != null && (to.country() != null || to.location() != null)) {
            DeploymentEvents.record(r, verb, from, to, troop, counts, 0.7);
        }
    }
}
