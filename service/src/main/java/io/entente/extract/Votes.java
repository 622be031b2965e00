package io.entente.extract;

import java.util.Set;

/**
 * Votes a state holds ("Venezuela held a vote", "the poll Caracas staged"): a later "condemned the
 * vote" or "called the election a sham" condemns the state that held it.
 */
final class Votes {

    private static final Set<String> NOUNS = Set.of("vote", "election", "elections", "poll", "referendum", "ballot",
            "plebiscite");
    private static final Set<String> HOLD = Set.of("held", "hold", "holds", "holding", "staged", "stage", "stages",
            "organised", "organized", "organises", "organizes", "conducted", "conducts");

    private Votes() {
    }

    /** Remembers the state that holds the vote this sentence tells of. */
    static void note(Reading r) {
        for (int k = 0; k < r.sentence.size(); k++) {
            String state = NOUNS.contains(r.sentence.lower(k)) ? holder(r, k) : null;
            if (state != null) {
                r.model.lastVoteState = state;
            }
        }
    }

    /** The state behind a vote noun opening the condemned span [{@code from}, {@code to}), unless it is the condemner's own. */
    static String condemned(Reading r, int from, int to, String own) {
        for (int k = from; k < to && k < from + 4; k++) {
            if (NOUNS.contains(r.sentence.lower(k))) {
                String state = r.model.lastVoteState;
                return state != null && !state.equals(own) ? state : null;
            }
            if (r.mentions.at(k) != null) {
                return null; // "condemned Venezuela's vote": the possessor, found elsewhere
            }
        }
        return null;
    }

    /** "Venezuela held a vote", "Caracas on Sunday staged the election", "the vote Venezuela held". */
    private static String holder(Reading r, int noun) {
        Sentence s = r.sentence;
        for (int k = noun - 1; k >= 0 && k >= noun - 4; k--) {
            if (HOLD.contains(s.lower(k))) {
                Mention m = Clauses.subjectBefore(r.mentions, k);
                return m == null ? null : Clauses.countryOf(m, r.model);
            }
        }
        int k = s.lower(noun + 1).equals("that") ? noun + 2 : noun + 1;
        Mention m = r.mentions.at(k);
        return m != null && m.from() == k && HOLD.contains(s.lower(m.to())) ? Clauses.countryOf(m, r.model) : null;
    }
}
