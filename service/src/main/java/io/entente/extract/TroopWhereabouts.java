package io.entente.extract;

import java.util.Set;

/** Where a clause leaves troops it names: sent somewhere no state stands for, or still there while they leave. */
final class TroopWhereabouts {

    private TroopWhereabouts() {
    }

    /** "sending soldiers and militia members to coastal states": a destination given, but no state or known place. */
    static boolean placedElsewhere(Reading r, int from) {
        Sentence s = r.sentence;
        for (int k = from + 1; k < s.size() && k <= from + 6; k++) {
            if (s.lower(k).equals(",") || s.lower(k).equals(";")) {
                return false;
            }
            if (s.lower(k).equals("to") && s.token(k + 1).isWord() && !s.token(k + 1).capitalised()
                    && !Set.of("the", "a", "an", "its", "their", "help", "join", "support", "reinforce", "bolster", "be").contains(s.lower(k + 1))) {
                return r.mentions.at(k + 1) == null && r.mentions.at(k + 2) == null;
            }
        }
        return false;
    }

    /** "are to complete their withdrawal by September 15": troops still there until then. */
    static boolean stillLeaving(Sentence s, int withdrawal) {
        int verb = Set.of("their", "its", "the").contains(s.lower(withdrawal - 1)) ? withdrawal - 2 : withdrawal - 1;
        return Set.of("complete", "finish").contains(s.lower(verb)) && s.lower(verb - 1).equals("to");
    }
}
