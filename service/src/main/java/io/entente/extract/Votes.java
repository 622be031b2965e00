package io.entente.extract;

import java.util.Set;

/**
 * Votes a state holds ("Venezuela held a vote", "the poll Caracas staged") or its legislature casts
 * on a bill ("the Knesset voted in favour of a bill"): a later "condemned the vote", "condemned it"
 * or "called the election a sham" condemns that state.
 */
final class Votes {

    private static final Set<String> NOUNS = Set.of("vote", "election", "elections", "poll", "referendum", "ballot",
            "plebiscite", "bill", "bills", "legislation");
    /** What a legislature does to a bill others then condemn: "the Knesset voted in favour of a bill". */
    private static final Set<String> PASS = Set.of("voted", "approved", "passed", "adopted", "backed", "endorsed");
    private static final Set<String> HOLD = Set.of("held", "hold", "holds", "holding", "staged", "stage", "stages",
            "organised", "organized", "organises", "organizes", "conducted", "conducts");

    private Votes() {
    }

    /** Remembers the state that holds the vote this sentence tells of. */
    static void note(Reading r) {
        for (int k = 0; k < r.sentence.size(); k++) {
            String state = NOUNS.contains(r.sentence.lower(k)) ? holder(r, k) : PASS.contains(r.sentence.lower(k)) ? legislature(r, k) : null;
            if (state != null) {
                r.model.lastVoteState = state;
            }
        }
    }

    /** "The Knesset voted 25 to 24 in favour of a bill": the legislature's state, unless it ratifies a treaty. */
    private static String legislature(Reading r, int verb) {
        Mention m = Clauses.subjectBefore(r.mentions, verb);
        if (m == null || m.kind() != Mention.Kind.ORG || !"legislature".equals(r.model.node(m.key()).attr("kind"))
                || !r.triggers.of("RATIFY").isEmpty() || Clauses.modal(r.sentence, verb)) {
            return null;
        }
        return Clauses.countryOf(m, r.model);
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
