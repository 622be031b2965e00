package io.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The mentions of one sentence, at most one per token; later finders fill unclaimed tokens. */
final class SentenceMentions {

    final Sentence sentence;
    private final Mention[] byToken;

    SentenceMentions(Sentence sentence) {
        this.sentence = sentence;
        this.byToken = new Mention[sentence.size()];
    }

    boolean free(int from, int to) {
        for (int i = Math.max(0, from); i < to && i < byToken.length; i++) {
            if (byToken[i] != null) {
                return false;
            }
        }
        return from >= 0 && to <= byToken.length;
    }

    /** Claims the tokens, replacing any smaller mentions inside the span. */
    void put(Mention m) {
        for (int i = m.from(); i < m.to(); i++) {
            Mention old = byToken[i];
            if (old != null && old != m) {
                for (int j = old.from(); j < old.to(); j++) {
                    byToken[j] = null;
                }
            }
        }
        for (int i = m.from(); i < m.to(); i++) {
            byToken[i] = m;
        }
    }

    /** Frees the mention's tokens. */
    void remove(Mention m) {
        for (int i = m.from(); i < m.to(); i++) {
            if (byToken[i] == m) {
                byToken[i] = null;
            }
        }
    }

    Mention at(int token) {
        return token >= 0 && token < byToken.length ? byToken[token] : null;
    }

    /** The mention ending just before the token (skipping nothing), or null. */
    Mention endingAt(int tokenExclusive) {
        Mention m = at(tokenExclusive - 1);
        return m != null && m.to() == tokenExclusive ? m : null;
    }

    List<Mention> all() {
        List<Mention> out = new ArrayList<>();
        Mention last = null;
        for (Mention m : byToken) {
            if (m != null && m != last) {
                out.add(m);
                last = m;
            }
        }
        out.sort(Comparator.comparingInt(Mention::from));
        return out;
    }
}
