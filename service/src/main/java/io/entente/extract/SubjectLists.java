package io.entente.extract;

/** Lists of coordinated subjects ("Japan and the Philippines signed"), and where one continues past an apposition or a relative clause. */
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

    /** Everything actor-like before the trigger joined by "and": "Japan and the Philippines signed". */
    static java.util.List<Mention> subjectsBefore(SentenceMentions sm, int trigger) {
        java.util.List<Mention> out = new java.util.ArrayList<>();
        Mention m = Clauses.subjectBefore(sm, trigger);
        while (m != null) {
            out.add(m);
            int k = m.from() - 1;
            Mention modifier = sm.endingAt(m.from());
            if (modifier != null && (modifier.kind() == Mention.Kind.COUNTRY && modifier.use() == Mention.Use.MODIFIER
                    || modifier.kind() == Mention.Kind.LOCATION && m.kind() == Mention.Kind.PERSON)) {
                k = modifier.from() - 1; // "Trump and Saudi [Crown Prince Mohammed bin Salman]", "X and Somaliland [leader Y]"
            }
            while (k > 0 && (sm.sentence.lower(k).contains("-") && !sm.sentence.token(k).capitalised()
                    || java.util.Set.of("neighbouring", "neighboring", "fellow", "then").contains(sm.sentence.lower(k)))) {
                k--; // "Saudi Arabia and nuclear-armed Pakistan", "X and then-Haitian Prime Minister Y"
            }
            if (k >= 0 && java.util.Set.of("the", "his", "her", "their", "its").contains(sm.sentence.lower(k))) {
                k--; // "Putin and his Iranian counterpart Pezeshkian signed"
            }
            Mention possessor = k > 0 && sm.sentence.lower(k).equals("'s") ? sm.endingAt(k) : null;
            if (possessor != null && possessor.kind() != Mention.Kind.PERSON) {
                k = possessor.from() - 1; // "Netanyahu and Somaliland's president, Abdullahi, signed"
            }
            if (m.kind() == Mention.Kind.PERSON) {
                k = beforeTitle(sm, k); // "A, Trade Minister B, and Deputy Minister C signed"
            }
            if (k < 1 || !(sm.sentence.lower(k).equals("and") || sm.sentence.lower(k).equals(","))) {
                break;
            }
            Mention prev = sm.endingAt(k);
            Mention government = prev == null && sm.sentence.lower(k).equals("and") ? governmentBefore(sm, k) : null;
            if (government != null) {
                out.add(government); // "Congo's government and the M23 signed": a state beside a body of another kind
                break;
            }
            if (prev != null && prev.kind() == Mention.Kind.COUNTRY && sm.sentence.lower(prev.from() - 1).equals("of")
                    && sm.endingAt(prev.from() - 1) != null && sm.endingAt(prev.from() - 1).kind() == Mention.Kind.PERSON) {
                prev = sm.endingAt(prev.from() - 1); // "Foreign ministers X of Congo and Y of Rwanda signed"
            }
            if (prev == null && sm.sentence.lower(k).equals(",")) {
                prev = beforeRoleApposition(sm, k); // "Netanyahu and Somaliland's president, Abdullahi, signed"
            }
            if (prev == null && sm.sentence.lower(k).equals("and") && sm.sentence.lower(k - 1).equals(",")) {
                prev = beforeRelative(sm, k - 1); // "X, who is also Y's prime minister, and Z signed"
                if (prev == null) {
                    prev = beforeAppositive(sm, k - 1); // "X, China's foreign minister, and Y signed"
                }
                Mention closed = sm.endingAt(k - 1);
                if (prev == null && closed != null && (closed.kind() == Mention.Kind.PERSON
                        || closed.from() > 0 && sm.sentence.lower(closed.from() - 1).equals(","))) {
                    // a list or an apposition, not a clause: "China's foreign minister, X, and his counterpart, Y,
                    // signed" and "France, Italy, and Spain signed", but not "operate in Mali, and Moscow has signed"
                    prev = closed;
                }
            }
            m = prev != null && prev.isActor() && prev.kind() == out.getFirst().kind() ? prev : null;
        }
        return out;
    }

    /** The state of "Congo's government" or "the Congolese authorities" ending just before {@code and}, else null. */
    private static Mention governmentBefore(SentenceMentions sm, int and) {
        if (!GOVERNMENTS.contains(sm.sentence.lower(and - 1))) {
            return null;
        }
        Mention state = sm.sentence.lower(and - 2).equals("'s") ? sm.endingAt(and - 2) : sm.endingAt(and - 1);
        return state != null && state.kind() == Mention.Kind.COUNTRY ? state : null;
    }

    private static final java.util.Set<String> GOVERNMENTS = java.util.Set.of("government", "authorities", "administration");

    /** The token before a title that ends at or runs past {@code k} ("Trade Minister" before a name), else {@code k}. */
    private static int beforeTitle(SentenceMentions sm, int k) {
        Mention state = sm.endingAt(k + 1); // "President of the Republic of Tajikistan Emomali Rahmon": past the office's state
        int of = state == null || state.kind() != Mention.Kind.COUNTRY ? -1
                : sm.sentence.lower(state.from() - 1).equals("of") ? state.from() - 1
                : sm.sentence.lower(state.from() - 1).equals("the") && sm.sentence.lower(state.from() - 2).equals("of") ? state.from() - 2 : -1;
        for (int start = of - 1; of > 0 && start >= 0 && start >= of - 3; start--) {
            PhraseTrie.Match<String> role = Lexicon.get().role(sm.sentence.tokens(), start);
            if (role != null && start + role.length() == of) {
                return start - 1;
            }
        }
        for (int start = k; start >= 1 && start >= k - 4; start--) {
            PhraseTrie.Match<String> role = Lexicon.get().role(sm.sentence.tokens(), start);
            if (role != null && start + role.length() > k && sm.at(start) == null) { // the name may hold the title's last word
                Mention modifier = sm.endingAt(start);
                return modifier != null && modifier.use() == Mention.Use.MODIFIER ? modifier.from() - 1 : start - 1;
            }
        }
        return k;
    }
}
