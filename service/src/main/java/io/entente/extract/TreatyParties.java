package io.entente.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** The countries a treaty phrase names around it: "a treaty with X", "between X and Y", or a clause of other states. */
final class TreatyParties {

    private TreatyParties() {
    }

    /** "with North Korea", "between Japan and the Philippines": countries after the head. */
    /** The countries named before the treaty in its clause when none is a party of the current treaty, else empty. */
    static Set<String> disjointCountries(SentenceMentions sm, ArticleModel model, int start) {
        String current = model.currentTreaty();
        int clause = 0;
        for (int k = 0; k < start; k++) {
            clause = sm.sentence.lower(k).equals(";") || sm.sentence.lower(k).equals(":") ? k + 1 : clause;
        }
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : sm.all()) {
            if (m.kind() == Mention.Kind.COUNTRY && m.from() >= clause && m.to() <= start) {
                named.add(m.key());
            }
        }
        Set<String> existing = current == null ? Set.of() : ArticleModel.parties(model.node(current));
        return existing.isEmpty() || named.stream().anyMatch(existing::contains) ? Set.of() : named;
    }

    static Set<String> partiesAfter(SentenceMentions sm, ArticleModel model, int end) {
        Set<String> out = new LinkedHashSet<>();
        String prep = sm.sentence.lower(end);
        if (!prep.equals("with") && !prep.equals("between")) {
            return out;
        }
        for (int k = end + 1; k < sm.sentence.size() && k < end + 8; k++) {
            Mention m = sm.at(k);
            String c = m == null ? null : Clauses.countryOf(m, model);
            if (c != null) {
                out.add(c);
                k = m.to() - 1;
                if (!prep.equals("between") && !sm.sentence.lower(m.to()).equals("and")) {
                    break;
                }
            } else if (!Set.of("the", "and", ",", "its", "neighbouring", "neighboring").contains(sm.sentence.lower(k))) {
                break;
            }
        }
        return out;
    }
}
