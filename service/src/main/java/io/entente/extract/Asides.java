package io.entente.extract;

import java.util.Set;

/** Shapes the subject search meets before a verb: asides it steps over, and subordinate clauses whose subject it keeps. */
final class Asides {

    private Asides() {
    }

    /** The opening comma of an ", as ... is known," aside closed by the comma at {@code close}, else -1. */
    static int start(Sentence s, int close) {
        for (int k = close - 1; k > 0 && k >= close - 20; k--) {
            if (s.lower(k).equals(",")) {
                boolean knownAs = s.lower(k + 1).equals("as") && (s.lower(close - 1).equals("known") || s.lower(close - 1).equals("called"));
                boolean relative = s.lower(k + 1).equals("who") || s.lower(k + 1).equals("which") // "X, who leads the Red Party, called"
                        || s.lower(k + 1).equals("whose"); // "Qatar, whose air defences intercepted most of them, condemned"
                boolean appositive = Set.of("a", "an").contains(s.lower(k + 1)) // "Kuwait, a major ally of Washington, hosts"
                        || s.lower(k + 1).equals("the") && Lexicon.get().role(s.tokens(), k + 2) != null // "Y, the leader of Somaliland, signed"
                        || s.lower(k + 1).equals("the") && describedHead(s, k + 2); // "X, the powerful sister of leader Y, issued"
                boolean participle = s.lower(k + 1).length() > 4 && s.lower(k + 1).endsWith("ing") && !s.token(k + 1).capitalised()
                        && k > 0 && (s.token(k - 1).isWord() || s.lower(k - 1).equals(")")); // "ECOWAS, meeting at a summit in Abuja, condemned"
                boolean quantified = Set.of("all", "both", "each").contains(s.lower(k + 1)) // "X, Y and Z, all run by soldiers ..., signed"
                        && !s.token(k + 2).capitalised();
                boolean timed = Set.of("then", "now").contains(s.lower(k + 1)) // "X and Y, then Japan's foreign minister, signed"
                        && (described(s, k + 1, close) || Lexicon.get().role(s.tokens(), k + 2) != null);
                return knownAs || relative || appositive || participle || timed || quantified || described(s, k, close) ? k : -1;
            }
        }
        return -1;
    }

    private static final Set<String> KIN = Set.of("sister", "brother", "wife", "husband", "son", "daughter", "widow",
            "nephew", "niece", "cousin", "father", "mother", "uncle", "aunt");

    /** Callings an apposition may describe someone by: "the Kuwaiti diplomat who serves as ...". */
    private static final Set<String> CAREERS = Set.of("diplomat", "official", "politician", "lawmaker", "economist",
            "lawyer", "general", "veteran", "businessman", "businesswoman");

    /**
     * "the powerful sister of", "the influential former minister", "the Kuwaiti diplomat": a capitalised
     * word first (a nationality), lower-case adjectives, then a role, a calling or a kin noun.
     */
    private static boolean describedHead(Sentence s, int from) {
        for (int k = from; k < from + 3 && k < s.size(); k++) {
            if (KIN.contains(s.lower(k)) || k > from && (Lexicon.get().role(s.tokens(), k) != null || CAREERS.contains(s.lower(k)))) {
                return true; // "the Kuwaiti diplomat who serves as ...": a nationality before the noun is allowed below
            }
            if (!s.token(k).isWord() || s.token(k).capitalised() && k > from) {
                return false;
            }
        }
        return false;
    }

    /** ", Kiir's closest military ally,": a name's possessive then only lower-case words describing the one before. */
    private static boolean described(Sentence s, int open, int close) {
        int owner = s.indexOf("'s", open + 2, Math.min(open + 6, close));
        if (owner < 0 || !s.token(open + 1).capitalised() || owner + 1 == close) {
            return false;
        }
        for (int k = owner + 1; k < close; k++) {
            if (!s.token(k).isWord() || s.token(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** "after the Diet approved it": the subject of a subordinate clause, not a preposition's object. */
    static boolean subordinateSubject(Sentence s, Mention m, int trigger) {
        int k = m.from() - 1;
        while (k >= 0 && (s.lower(k).equals("the") || s.token(k).capitalised() && Lexicon.get().role(s.tokens(), k) != null)) {
            k--; // "after President X signed"
        }
        int gap = trigger - m.to();
        return Set.of("after", "before", "since", "until").contains(s.lower(k))
                && (gap == 0 || gap == 1 && Set.of("had", "has", "have", "was", "were", "finally", "formally").contains(s.lower(m.to())));
    }

    /** "after Egypt and Somalia signed": both subjects of a subordinate clause. */
    static boolean subordinatePair(SentenceMentions sm, Mention m, int trigger) {
        Mention prev = sm.sentence.lower(m.from() - 1).equals("and") ? sm.endingAt(m.from() - 1) : null;
        return prev != null && prev.kind() == m.kind() && subordinateSubject(sm.sentence, new Mention(prev.kind(), prev.key(),
                prev.from(), m.to(), prev.use()), trigger);
    }
}
