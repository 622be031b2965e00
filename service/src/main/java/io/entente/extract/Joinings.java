package io.entente.extract;

import java.util.Set;

/**
 * A state joining an existing treaty by name: "Montenegro deposited its instrument of accession
 * to the North Atlantic Treaty", "Armenia acceded to the Rome Statute", "became a party to the
 * Ottawa Convention". The state is a party; nobody signed or ratified anything in the sentence,
 * unless it deposited an instrument of ratification.
 */
final class Joinings {

    /** The word before "to" in a joining phrase: "acceded to", "accession to", "party to". */
    private static final Set<String> JOIN_WORDS = Set.of("acceded", "accedes", "accede", "acceding", "accession", "party");

    private Joinings() {
    }

    static void find(Reading r) {
        depositedRatification(r);
        Sentence s = r.sentence;
        for (Mention t : r.mentions.all()) {
            if (t.kind() != Mention.Kind.TREATY || t.use() != Mention.Use.NAME) {
                continue;
            }
            int to = s.lower(t.from() - 1).equals("the") ? t.from() - 2 : t.from() - 1;
            if (to < 1 || !s.lower(to).equals("to") || !JOIN_WORDS.contains(s.lower(to - 1))
                    || Clauses.modal(s, to - 1) || r.triggers.find("NEG", Math.max(0, to - 6), to) >= 0) {
                continue;
            }
            int verb = to - 1;
            while (verb > 0 && verb > to - 6 && !s.lower(verb).startsWith("acced") && !s.lower(verb).equals("deposited")
                    && !s.lower(verb).equals("became")) {
                verb--;
            }
            String state = Clauses.actorCountry(r.mentions, r.model, verb);
            if (state == null && s.lower(verb - 1).equals("it")) { // "Montenegro became a member in 2017, when it deposited"
                Mention head = Clauses.headActor(r.mentions, verb);
                state = head == null ? null : Clauses.countryOf(head, r.model);
            }
            if (state != null) {
                ArticleModel.parties(r.model.node(t.key())).add(state);
            }
        }
    }

    /**
     * "deposited the instrument of ratification of the country's Treaty of Accession": the depositing
     * state (the clause's actor, else the first state the sentence names) ratifies the named treaty.
     */
    private static void depositedRatification(Reading r) {
        Sentence s = r.sentence;
        int deposited = s.indexOf("deposited", 0, s.size());
        int instrument = deposited < 0 ? -1 : s.indexOf("ratification", deposited + 1, Math.min(s.size(), deposited + 6));
        if (instrument < 0 || s.indexOfAny(Set.of("instrument", "instruments"), deposited + 1, instrument) < 0) {
            return;
        }
        Mention treaty = Clauses.after(r.mentions, instrument + 1, 6, m -> m.kind() == Mention.Kind.TREATY);
        String state = Clauses.actorCountry(r.mentions, r.model, deposited);
        state = state != null ? state : Clauses.firstState(r.mentions, deposited, null);
        if (treaty != null && state != null) {
            ArticleModel.parties(r.model.node(treaty.key())).add(state);
            r.add("RATIFIED", state, treaty.key(), deposited, java.util.Map.of(), ClaimStatus.ASSERTED, 0.75);
        }
    }
}
