package io.entente.extract;

import java.util.Set;

/** The treaty a signing or ratifying verb is about, and whether the verb is passive: what {@link TreatyEvents} reads around a verb. */
final class TreatyTargets {

    private TreatyTargets() {
    }

    /**
     * The treaty a signing or ratifying verb is about: after it ("signed the pact"), else before
     * it in a passive or relative clause ("the pact, signed by X", "a protocol that X signed").
     */
    static Mention around(Reading r, Triggers.Hit hit, int span) {
        boolean byAgent = passive(r.sentence, hit.at()) && r.sentence.lower(hit.end()).equals("by");
        Mention t = byAgent ? null : Clauses.after(r.mentions, hit.end(), span, m -> m.kind() == Mention.Kind.TREATY);
        if (t != null) {
            return t;
        }
        boolean relative = false;
        int opening = passive(r.sentence, hit.at()) && r.sentence.lower(hit.at() - 2).equals(",")
                ? Asides.start(r.sentence, hit.at() - 2) : -1;
        boolean relativeAside = opening >= 0 && Set.of("which", "who").contains(r.sentence.lower(opening + 1));
        int from = relativeAside ? opening : hit.at(); // "The protocol, which builds on X, was signed": the protocol
        for (int k = from - 1; k >= 0 && (k >= from - 15 || (relative || byAgent) && k >= from - 35); k--) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.TREATY) {
                return m;
            }
            relative |= r.sentence.lower(k).equals("which"); // "an agreement, which X signed ... and which the Rada ratified"
        }
        boolean its = r.sentence.lower(hit.end()).equals("its") && STEPS.contains(r.sentence.lower(hit.end() + 1)); // "concurred in its ratification"
        boolean whole = r.sentence.lower(hit.end() - 1).equals("consent") || r.sentence.lower(hit.end() - 1).equals("concurrence"); // "gave its consent in February"
        if ((r.sentence.lower(hit.end()).equals("it") || its || whole) && r.model.currentTreaty() != null) { // "the Duma had ratified it"
            return new Mention(Mention.Kind.TREATY, r.model.currentTreaty(), hit.end(), hit.end() + 1, Mention.Use.ANAPHOR);
        }
        if (byAgent) { // "was ratified by the Senate ... and approved by the Diet in June, while a visiting forces agreement": not that one
            Mention later = Clauses.after(r.mentions, hit.end(), span, m -> m.kind() == Mention.Kind.TREATY);
            if (later != null) {
                return later;
            }
        }
        boolean who = r.sentence.lower(hit.at() - 1).equals("who") && r.sentence.lower(hit.at() - 2).equals(","); // "X, who signed for Brazil"
        if ((who || passive(r.sentence, hit.at())) && r.model.currentTreaty() != null) { // "It was inked by ..."
            return new Mention(Mention.Kind.TREATY, r.model.currentTreaty(), 0, 0, Mention.Use.ANAPHOR);
        }
        return null;
    }

    static boolean passive(Sentence s, int verb) {
        String a = s.lower(verb - 1);
        if (a.equals("and")) { // "which was signed in 2007 and ratified by the Senate in 2012"
            for (int k = verb - 2; k > 0 && k >= verb - 12; k--) { // "... by the Senate in December that year and approved by"
                if (s.lower(k).equals(",") || s.lower(k).equals(";")) {
                    break;
                }
                if (s.lower(k).endsWith("ed") && PASSIVE_AUX.contains(s.lower(k - 1))) {
                    return true;
                }
            }
        }
        return PASSIVE_AUX.contains(a);
    }

    private static final Set<String> STEPS = Set.of("ratification", "approval", "adoption");

    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "is", "be");
}
