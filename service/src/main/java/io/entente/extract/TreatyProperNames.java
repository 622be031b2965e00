package io.entente.extract;

import java.util.Set;

/** How far a treaty's capitalised proper name runs, and its form without the parties it lists. */
final class TreatyProperNames {

    private TreatyProperNames() {
    }

    /**
     * Whether a capitalised treaty name goes on at {@code k}: "the Treaty between the People's Republic
     * of China, the Kyrgyz Republic and the Republic of Tajikistan on the Junction Point", "the
     * Framework for the US-India Major Defence Partnership"; not into "of Nancy on Friday".
     */
    static boolean nameGoesOn(Sentence s, int k, Set<String> connectors) {
        String w = s.lower(k);
        boolean capitalisedNext = s.token(k + 1).capitalised() || s.lower(k + 1).equals("the") && s.token(k + 2).capitalised();
        if (s.token(k).capitalised()) {
            return true;
        }
        if (w.equals("'s") || w.equals("-")) {
            return s.token(k - 1).capitalised() && s.token(k + 1).capitalised();
        }
        if (w.equals("the")) {
            return (connectors.contains(s.lower(k - 1)) || s.lower(k - 1).equals(",")) && s.token(k + 1).capitalised();
        }
        if (w.equals(",")) { // a list of parties that an "and" closes
            return s.token(k - 1).capitalised() && capitalisedNext && s.indexOf("and", k + 1, Math.min(s.size(), k + 10)) > 0;
        }
        return connectors.contains(w) && capitalisedNext && !TreatyWords.DAYS.contains(s.lower(k + 1))
                && !TreatyWords.MONTHS.contains(s.lower(k + 1));
    }

    /** The end of a capitalised name running past its connector at {@code end}; its countries join {@code parties}. */
    static int properNameEnd(SentenceMentions sm, int end, Set<String> parties, Set<String> connectors) {
        Sentence s = sm.sentence;
        int k = end + 1;
        while (k < s.size() && nameGoesOn(s, k, connectors) && !body(sm, k) && !body(sm, k + 1)) {
            Mention m = sm.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                parties.add(m.key());
            }
            k++;
        }
        while (k > end + 1 && (connectors.contains(s.lower(k - 1)) || s.lower(k - 1).equals("the"))) {
            k--; // "the Rome Statute of the International Criminal Court": the court is no part of the name
        }
        return k > end + 1 ? k : end;
    }

    private static boolean body(SentenceMentions sm, int k) {
        return sm.at(k) != null && sm.at(k).kind() == Mention.Kind.ORG;
    }

    /**
     * "Treaty on the Junction Point of the State Borders" for "Treaty between the Republic of Uzbekistan,
     * the Kyrgyz Republic and the Republic of Tajikistan on the Junction Point of the State Borders": the
     * name without its parties, as later mentions give it; null when the name lists none.
     */
    static String withoutParties(SentenceMentions sm, int nameStart, int head, int end) {
        Sentence s = sm.sentence;
        if (!s.lower(head + 1).equals("between")) {
            return null;
        }
        int after = -1;
        for (int k = head + 2; k < end; k++) {
            Mention m = sm.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                after = m.to();
                k = m.to() - 1;
            }
        }
        return after > 0 && after < end && Set.of("on", "of", "for", "concerning").contains(s.lower(after))
                ? Bodies.surface(s, nameStart, head + 1) + " " + Bodies.surface(s, after, end) : null;
    }

    /** "Finland's accession protocol": the name with the state that owns it, as the story says it; else null. */
    static String withOwner(SentenceMentions sm, int nameStart, int end) {
        Mention owner = sm.sentence.lower(nameStart - 1).equals("'s") ? sm.endingAt(nameStart - 1) : null;
        return owner != null && owner.kind() == Mention.Kind.COUNTRY ? Bodies.surface(sm.sentence, owner.from(), end) : null;
    }
}
