package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * Protests made through diplomats: "China recalled its ambassador to Lithuania", "Kenya summoned
 * the Ugandan envoy", "Poland expelled Russian diplomats". Each condemns the other state.
 */
final class DiplomaticProtests {

    private static final Set<String> RECALL = Set.of("recalled", "recalls", "recalling", "withdrew");
    private static final Set<String> SUMMON = Set.of("summoned", "summons", "summoning", "expelled", "expels", "expelling");
    private static final Set<String> ENVOYS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat",
            "charge", "chargé");

    private DiplomaticProtests() {
    }

    static void find(Reading r, Set<String> done) {
        Sentence s = r.sentence;
        for (int k = 1; k < s.size(); k++) {
            String w = s.lower(k);
            boolean recall = RECALL.contains(w);
            if (!recall && !SUMMON.contains(w) || Clauses.modal(s, k) || r.triggers.find("NEG", Math.max(0, k - 3), k) >= 0) {
                continue;
            }
            int envoy = -1;
            for (int j = k + 1; j < s.size() && j <= k + 4 && envoy < 0; j++) {
                envoy = ENVOYS.contains(s.lower(j)) ? j : -1;
            }
            if (envoy < 0) {
                continue;
            }
            Mention other = recall ? countryAfter(r, envoy + 1) : countryBetween(r, k + 1, envoy);
            Mention subject = Clauses.subjectBefore(r.mentions, k);
            if (subject == null) {
                subject = Clauses.participleSubject(r.mentions, k); // "..., recalling its ambassador from Tehran"
            }
            String own = subject == null ? null : Clauses.countryOf(subject, r.model);
            if (other == null || subject == null || other.key().equals(own) || done.contains(subject.key())) {
                continue;
            }
            done.add(subject.key());
            r.add("CONDEMNED", subject.key(), other.key(), k, Map.of(), ClaimStatus.ASSERTED, 0.65);
        }
    }

    /** "its ambassador to Lithuania", "its envoy from Tehran". */
    private static Mention countryAfter(Reading r, int k) {
        if (!Set.of("to", "from", "in").contains(r.sentence.lower(k))) {
            return null;
        }
        Mention m = r.mentions.at(k + 1);
        return m != null && m.kind() == Mention.Kind.COUNTRY ? m : null;
    }

    /** "the Ugandan envoy", "Russia's ambassador", "Russian diplomats". */
    private static Mention countryBetween(Reading r, int from, int envoy) {
        for (int k = from; k < envoy; k++) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                return m;
            }
        }
        return null;
    }
}
