package io.entente.extract;

import java.util.ArrayList;
import java.util.List;

/** The trigger phrases of one sentence: at each token, the longest phrase starting there. */
final class Triggers {

    record Hit(int at, int length, List<String> classes) {
        boolean is(String cls) {
            return classes.contains(cls);
        }

        int end() {
            return at + length;
        }
    }

    private final Hit[] hits;

    Triggers(Sentence s) {
        hits = new Hit[s.size()];
        for (int i = 0; i < s.size(); i++) {
            PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), i);
            if (m != null) {
                hits[i] = new Hit(i, m.length(), m.values());
            }
        }
    }

    List<Hit> of(String cls) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            if (h != null && h.is(cls)) {
                out.add(h);
            }
        }
        return out;
    }

    boolean is(int token, String cls) {
        return token >= 0 && token < hits.length && hits[token] != null && hits[token].is(cls);
    }

    /** The token after the phrase that starts at {@code token}, else the token after it. */
    int end(int token) {
        return token >= 0 && token < hits.length && hits[token] != null ? hits[token].end() : token + 1;
    }

    /** The first token in [from, to) that starts a phrase of the class, or -1. */
    int find(String cls, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < hits.length; i++) {
            if (is(i, cls)) {
                return i;
            }
        }
        return -1;
    }
}
