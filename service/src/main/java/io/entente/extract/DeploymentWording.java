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

    /** "its own troops", "their troops": the clause's actor sends them. */
    static boolean ownTroops(Sentence s, int troop) {
        String a = s.lower(troop - 1);
        String b = s.lower(troop - 2);
        return a.equals("its") || a.equals("their") || (a.equals("own") && (b.equals("its") || b.equals("their")));
    }
}
