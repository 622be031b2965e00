package io.entente.extract;

import java.util.Set;

/** The state whose forces a claim names: "claims that the Serbian army was put on alert", "reports of Russian troops". */
final class ClaimedForces {

    private static final Set<String> FORCE_NOUNS = Set.of("army", "military", "forces", "troops", "soldiers", "navy");

    private ClaimedForces() {
    }

    /** The first state named as the owner of forces within a dozen words after {@code from}, else null. */
    static String of(Reading r, int from) {
        int to = Math.min(r.sentence.size(), from + 12);
        for (int k = from; k < to && !TargetWording.clauseEnds(r.sentence, k); k++) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY && m.from() == k
                    && FORCE_NOUNS.contains(r.sentence.lower(m.to()))) {
                return m.key();
            }
            if (r.triggers.is(k, "TROOP")) {
                return TroopOwners.modifierCountry(r, k);
            }
        }
        return null;
    }
}
