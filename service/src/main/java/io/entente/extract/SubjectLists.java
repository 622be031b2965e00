package io.entente.extract;

/** Where a list of coordinated subjects continues past an apposition or a relative clause. */
final class SubjectLists {

    private SubjectLists() {
    }

    /**
     * The actor before "and" when a role noun phrase stands between it and the apposition's comma
     * {@code comma}: "X and Somaliland's president, Y," and "X and Canada's Minister of National
     * Defence, Y," give X.
     */
    static Mention beforeRoleApposition(SentenceMentions sm, int comma) {
        Sentence s = sm.sentence;
        if (!s.token(comma - 1).isWord() || sm.endingAt(comma) != null) {
            return null; // the comma must close a role noun: "president", "counterpart", "Minister of Defence"
        }
        boolean role = !s.token(comma - 1).capitalised();
        for (int k = comma - 2; k > 0 && k >= comma - 8; k--) {
            Mention m = sm.at(k);
            if (m != null && m.kind() == Mention.Kind.PERSON && !s.lower(m.to()).equals("'s")) {
                return null;
            }
            if (s.lower(k).equals("and")) {
                // "X, and his Honduran counterpart, Y,": X's own apposition may close before the "and"
                return !role ? null : s.lower(k - 1).equals(",") ? sm.endingAt(k - 1) : sm.endingAt(k);
            }
            if (!s.token(k).isWord() && !s.lower(k).equals("'s")) {
                return null;
            }
            role |= m == null && Lexicon.get().role(s.tokens(), k) != null;
        }
        return null;
    }

    /**
     * The person before a role apposition that ends at the comma {@code close}: "X, China's
     * foreign minister, and Y signed" gives X.
     */
    static Mention beforeAppositive(SentenceMentions sm, int close) {
        Sentence s = sm.sentence;
        boolean role = false;
        for (int k = close - 1; k > 0 && k >= close - 8; k--) {
            Mention m = sm.at(k);
            if (s.lower(k).equals(",")) {
                Mention before = sm.endingAt(k);
                return role && before != null && before.kind() == Mention.Kind.PERSON ? before : null;
            }
            if (m != null && m.kind() == Mention.Kind.PERSON || !s.token(k).isWord() && !s.lower(k).equals("'s")) {
                return null;
            }
            role |= m == null && Lexicon.get().role(s.tokens(), k) != null;
        }
        return null;
    }

    /** The mention before ", who ..." when the relative clause ends at the comma {@code close}. */
    static Mention beforeRelative(SentenceMentions sm, int close) {
        for (int k = close - 1; k > 0 && k >= close - 14; k--) {
            String w = sm.sentence.lower(k);
            if ((w.equals("who") || w.equals("which")) && sm.sentence.lower(k - 1).equals(",")) {
                return sm.endingAt(k - 1);
            }
            if (w.equals(";") || w.equals(".")) {
                return null;
            }
        }
        return null;
    }
}
