package io.entente.extract;

import java.util.Set;

/** The words that head a treaty phrase ("pact", "agreement", "statement of intent") and the verbs around them. */
final class TreatyHeads {

    private TreatyHeads() {
    }

    static String headClass(Sentence s, int i) {
        if (i < 0 || i >= s.size()) {
            return null;
        }
        if (Set.of("statement", "letter").contains(s.lower(i)) && s.lower(i + 1).equals("of") && s.lower(i + 2).equals("intent")) {
            return "TREATY_WEAK"; // "a statement of intent on defence cooperation"
        }
        PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), i);
        if (m == null || m.length() != 1) {
            return null;
        }
        return m.values().contains("TREATY") ? "TREATY" : m.values().contains("TREATY_WEAK") ? "TREATY_WEAK" : null;
    }

    /** "signed a deal", "also inked an agreement": a signing verb just before the article. */
    static boolean signVerbBefore(Sentence s, int article) {
        for (int k = article - 1; k >= 0 && k >= article - 3; k--) {
            PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), k);
            if (m != null && m.values().contains("SIGN")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasClass(Sentence s, String cls) {
        for (int i = 0; i < s.size(); i++) {
            PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), i);
            if (m != null && m.values().contains(cls)) {
                return true;
            }
        }
        return false;
    }
}
