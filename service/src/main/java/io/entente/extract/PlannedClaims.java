package io.entente.extract;

import java.util.Set;

/**
 * Troops that a claim or a denial says would be sent: "dismissed a report by state media that U.S.
 * troops would be deployed to guard the route", "claimed that 1,000 soldiers will be stationed in
 * Syunik". The claim is about a deployment even though none has happened, so it gets a
 * TroopDeployment to report on and deny, and no DEPLOYED_TO.
 */
final class PlannedClaims {

    private static final Set<String> CLAIM_VERBS = Set.of("claimed", "claims", "alleged", "alleges", "reported", "reports");

    private PlannedClaims() {
    }

    /** Whether the (modal) deploying verb at {@code at} sits in the "that" clause of a claim or a denial. */
    static boolean claimed(Reading r, int at) {
        Sentence s = r.sentence;
        int that = -1;
        for (int k = at - 1; k >= 0 && k >= at - 20; k--) {
            if (s.lower(k).equals("that")) {
                that = k;
                break;
            }
            if (s.lower(k).equals(";")) {
                return false;
            }
        }
        return that > 0 && (r.triggers.find("CLAIM_NOUN", Math.max(0, that - 8), that) >= 0
                || CLAIM_VERBS.contains(s.lower(that - 1)) || r.triggers.find("DENY", 0, that) >= 0);
    }
}
