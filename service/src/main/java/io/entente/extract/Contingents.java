package io.entente.extract;

import io.entente.extract.quantity.TroopCount;
import java.util.List;
import java.util.Set;

/** National contingents of a multinational force, named by number and state. */
final class Contingents {

    private static final Set<String> INTO = Set.of("in", "to", "into");

    private Contingents() {
    }

    /** "About 1,100 EUFOR troops are deployed in Bosnia, including 400 from Austria": each contingent's state. */
    static void find(Reading r, List<TroopCount> counts) {
        Sentence s = r.sentence;
        if (r.triggers.of("TROOP").isEmpty()) {
            return;
        }
        for (int k = 2; k + 1 < s.size(); k++) {
            Mention sender = r.mentions.at(k + 1);
            if (!s.lower(k).equals("from") || sender == null || sender.kind() != Mention.Kind.COUNTRY
                    || !Character.isDigit(s.token(k - 1).text().charAt(0)) || r.triggers.is(k - 1, "TROOP")) {
                continue;
            }
            DeploymentTargets.Target to = null;
            for (int j = 0; j < k && to == null; j++) {
                Mention place = INTO.contains(s.lower(j)) ? r.mentions.at(j + 1) : null;
                if (place != null && (place.kind() == Mention.Kind.COUNTRY || place.kind() == Mention.Kind.LOCATION)) {
                    to = DeploymentTargets.Target.of(place, r.model);
                }
            }
            if (to != null && to.country() != null && !to.country().equals(sender.key())) {
                DeploymentEvents.record(r, k, sender.key(), to, k - 1,
                        List.of(DeploymentWording.figure(s.token(k - 1))), 0.65); // its own figure, not the force's
            }
        }
    }
}
