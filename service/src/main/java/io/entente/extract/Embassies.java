package io.entente.extract;

import java.util.Set;

/**
 * A state's embassy that speaks or acts ("The Russian embassy in London answered that ...",
 * "China's embassy said"): an organisation of that state. The state's own mention stays, so
 * what the embassy does is still done by the state; an embassy that is only a place ("outside
 * the U.S. embassy") is no entity.
 */
final class Embassies {

    /** Verbs an embassy speaks or acts with that do not end in "-ed". */
    private static final Set<String> SPEAKING = Set.of("said", "says", "went", "hit", "told", "wrote", "has", "had",
            "calls", "denies", "rejects", "insists", "claims", "accuses", "warns", "condemns", "urges", "states", "argues",
            "responds", "sent", "put", "gave", "took", "made", "spoke");
    /** Words that place the phrase after a preposition: "outside the Turkish embassy". */
    private static final Set<String> PLACING = Set.of("outside", "at", "to", "from", "near", "in", "into", "inside", "of",
            "with", "by", "against", "toward", "towards", "behind", "before", "on", "stormed", "attacked", "targeted");

    private Embassies() {
    }

    static void find(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        for (Mention m : sm.all()) {
            if (m.kind() != Mention.Kind.COUNTRY) {
                continue;
            }
            int noun = s.lower(m.to() - 1).equals("embassy") ? m.to() - 1 // the mention may hold its noun already
                    : s.lower(m.to()).equals("'s") ? m.to() + 1 : m.to();
            int before = s.lower(m.from() - 1).equals("the") ? m.from() - 2 : m.from() - 1;
            if (!s.lower(noun).equals("embassy") || Clauses.preposed(s, m.from()) || before >= 0 && PLACING.contains(s.lower(before))) {
                continue;
            }
            int end = noun + 1;
            Mention city = s.lower(end).equals("in") ? sm.at(end + 1) : null;
            if (city != null && (city.kind() == Mention.Kind.COUNTRY || city.kind() == Mention.Kind.LOCATION)
                    && s.token(city.from()).capitalised()) {
                end = city.to(); // "the Russian embassy in London"
                if (city.kind() == Mention.Kind.COUNTRY) {
                    model.embassyHosts.merge(city.key(), 1, Integer::sum); // Abuja there is an address, not Nigeria acting
                }
            }
            if (end >= s.size() || !acting(s, end)) {
                continue;
            }
            String name = Bodies.surface(s, m.from(), end);
            Node n = BodyNodes.adHoc(model, name, "executive", m.key());
            n.alias(Bodies.surface(s, m.from(), noun + 1)); // "Russian embassy" without its city
            model.mentionedBodies.add(n.key); // no ORG mention stands for it: the state's mention acts
        }
    }

    /** "... answered", "... said on Monday", "..., in a statement, said": the phrase heads a clause with a verb of acting. */
    private static boolean acting(Sentence s, int end) {
        int k = end;
        if (s.lower(k).equals(",")) {
            int close = s.indexOf(",", k + 1, Math.min(s.size(), k + 8));
            k = close < 0 ? k : close + 1; // "The Chinese embassy, in a statement, said"
        }
        String w = s.lower(k);
        if (w.equals("has") || w.equals("had")) {
            return !s.lower(k + 1).equals("been") && !s.lower(k + 1).equals("not"); // "has been closed since 2016" is no act
        }
        return !s.token(k).capitalised() && (SPEAKING.contains(w) || w.endsWith("ed") && !w.equals("need"));
    }
}
