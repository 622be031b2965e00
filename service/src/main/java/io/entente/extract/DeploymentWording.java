package io.entente.extract;

import java.util.Set;

/** Small readings of deployment wording: a withdrawal only demanded, troops a country calls its own. */
final class DeploymentWording {

    private DeploymentWording() {
    }

    /** "a presence Chisinau has demanded be withdrawn": a withdrawal asked for, not made. */
    static boolean demanded(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
            if (Set.of("demanded", "demand", "demands", "demanding", "urged", "called", "calls", "calling", "wants")
                    .contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "had no soldiers in", "did not send troops": negated, but not merely planned or conditional. */
    static boolean negated(Triggers triggers, Sentence s, int at) {
        if (s.lower(at - 1).equals("no") || s.lower(at - 1).equals("any") && triggers.find("NEG", Math.max(0, at - 4), at) >= 0) {
            return true;
        }
        boolean neg = false;
        for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
            if (triggers.is(k, "MODAL") || s.lower(k).equals(",")) {
                return false;
            }
            neg |= triggers.is(k, "NEG");
        }
        return neg;
    }

    /** "its own troops", "their troops": the clause's actor sends them. */
    static boolean ownTroops(Sentence s, int troop) {
        String a = s.lower(troop - 1);
        String b = s.lower(troop - 2);
        return a.equals("its") || a.equals("their") || (a.equals("own") && (b.equals("its") || b.equals("their")));
    }
}
