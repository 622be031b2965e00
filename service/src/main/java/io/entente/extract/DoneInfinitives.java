package io.entente.extract;

import java.util.Set;

/** Infinitives that tell an act done, not planned: "voted 98 in favour and 12 against to ratify", "the last to ratify". */
final class DoneInfinitives {

    private DoneInfinitives() {
    }

    /** Words of a tally between "voted" and "to": "voted 98 in favour and 12 against to ratify". */
    private static final Set<String> TALLY = Set.of("in", "favour", "favor", "and", "against", "with", "abstentions",
            "abstaining", "abstention", ",", "votes", "to", "none", "one");

    /** Whether "to" at {@code to} follows a vote or an order that carried it out ("voted to endorse"). */
    static boolean votedBefore(Sentence s, int to) {
        int tally = to - 1;
        while (tally > 0 && tally > to - 10 && (TALLY.contains(s.lower(tally)) || Character.isDigit(s.token(tally).text().charAt(0)))) {
            tally--;
        }
        if (tally < to - 1 && (s.lower(tally).equals("voted") || s.lower(tally).equals("votes"))) {
            return true;
        }
        for (int k = to - 1; k >= 0 && k >= to - 6; k--) {
            String w = s.lower(k);
            if (k >= to - 4 && (w.equals("voted") || w.equals("votes") || w.equals("moved") || w.equals("unanimously"))) {
                return true;
            }
            if (Set.of("first", "last", "latest", "second", "third", "final").contains(w) && s.lower(k - 1).equals("the")
                    && Set.of("was", "were", "became", "is").contains(s.lower(k - 2))) {
                return true; // "Hungary was the last of the allies to ratify": done, not planned
            }
            if (w.equals("ordered") || w.equals("orders") || w.equals("authorised") || w.equals("authorized")) {
                return !Clauses.modal(s, k); // "ordered the army to deploy" is carried out; "would order" is not
            }
        }
        return false;
    }
}
