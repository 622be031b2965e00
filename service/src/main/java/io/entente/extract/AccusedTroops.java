package io.entente.extract;

import java.util.Map;
import java.util.Set;

/** An accusation that names troops: the accuser reports the accused state's deployment the story tells of. */
final class AccusedTroops {

    /** Charges that put troops on the other's soil by themselves ... */
    private static final Set<String> INVADING = Set.of("invading", "occupying");
    /** ... and those that do with troops named right after: "of sending troops", "of keeping soldiers". */
    private static final Set<String> SENDING = Set.of("having", "keeping", "sending", "deploying");

    private AccusedTroops() {
    }

    /**
     * "Tshisekedi accused Rwanda of invading Congolese territory": the accuser reports the accused
     * state's troops in its own state, a deployment the story already tells of.
     */
    static void invasion(Reading r, Mention accuser, Mention accused, int charge) {
        Sentence s = r.sentence;
        boolean troops = r.triggers.find("TROOP", charge + 1, Math.min(s.size(), charge + 4)) >= 0;
        if (!INVADING.contains(s.lower(charge)) && !(SENDING.contains(s.lower(charge)) && troops)) {
            return;
        }
        String from = Clauses.countryOf(accused, r.model);
        String to = Clauses.countryOf(accuser, r.model);
        if (from != null && to != null && !from.equals(to)) {
            r.add("REPORTED", accuser.key(), Draft.deployment(from, to), -1, Map.of(), ClaimStatus.ASSERTED, 0.6);
        }
    }
}
