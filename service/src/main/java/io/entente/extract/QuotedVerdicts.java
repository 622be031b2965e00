package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * A verdict quoted before its speaker: '"Russia has committed a flagrant violation of our
 * airspace," Foreign Minister X said.' The speaker after the quote condemns the actor the quote
 * blames.
 */
final class QuotedVerdicts {

    private static final Set<String> OPEN = Set.of("\"", "“");
    private static final Set<String> CLOSE = Set.of("\"", "”");
    /** What makes a quote a verdict: "a flagrant violation", "we condemn", "a hybrid attack". */
    private static final java.util.List<String> VERDICTS = java.util.List.of("CONDEMN_NOUN", "CONDEMN", "ATTACK");

    private QuotedVerdicts() {
    }

    static void find(Reading r, Set<String> done) {
        Sentence s = r.sentence;
        int open = s.indexOfAny(OPEN, 0, 5);
        for (int k = 0; k < open; k++) {
            if (s.token(k).isWord()) {
                return; // only a timestamp or a dash may stand before the quote: "18:05 - \"..."
            }
        }
        if (open < 0) {
            return;
        }
        int close = s.indexOfAny(CLOSE, open + 1, s.size());
        if (close < open + 2 || !s.lower(close - 1).equals(",")) {
            return; // the quote must end the clause: '..., " X said'
        }
        int verdict = -1;
        for (String kind : VERDICTS) {
            int at = r.triggers.find(kind, open + 1, close);
            verdict = at >= 0 && (verdict < 0 || at < verdict) ? at : verdict;
        }
        if (verdict < 0 || r.triggers.find("NEG", open + 1, verdict) >= 0 || r.triggers.find("MODAL", open + 1, verdict) >= 0) {
            return;
        }
        Mention speaker = speakerAfter(r, close + 1);
        if (speaker == null || done.contains(speaker.key())) {
            return;
        }
        String own = Clauses.countryOf(speaker, r.model);
        for (Mention m : r.mentions.all()) {
            String state = m.to() <= close && (m.isActor() || m.kind() == Mention.Kind.COUNTRY) && !TargetWording.placeOf(s, m)
                    ? Clauses.countryOf(m, r.model) : null; // "Rwanda's actions in eastern Congo are a violation": Rwanda, not where
            if (state != null && !state.equals(own) && !m.key().equals(speaker.key())) {
                done.add(speaker.key());
                r.add("CONDEMNED", speaker.key(), m.key(), verdict, Map.of(), ClaimStatus.ASSERTED, 0.65);
                return;
            }
        }
    }

    /** "X said", "X told reporters" or "said X" right after the quote. */
    private static Mention speakerAfter(Reading r, int from) {
        Sentence s = r.sentence;
        for (int k = from; k < s.size() && k < from + 10; k++) {
            if (Clauses.SAY_WORDS.contains(s.lower(k))) {
                Mention before = Clauses.after(r.mentions, from, k - from, Mention::isActor);
                return before != null ? before : Clauses.after(r.mentions, k + 1, 8, Mention::isActor);
            }
        }
        return null;
    }
}
