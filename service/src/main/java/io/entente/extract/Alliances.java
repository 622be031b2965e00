package io.entente.extract;

import java.util.Map;
import java.util.Set;

/** Alliances stated with a copula: "Japan's only treaty ally remains the United States", "X is Y's closest ally". */
final class Alliances {

    private static final Set<String> QUALIFIERS = Set.of("treaty", "closest", "close", "key", "main", "only", "staunch",
            "longtime", "oldest", "military", "strongest", "most", "important", "principal", "chief", "sole");
    private static final Set<String> COPULAS = Set.of("is", "remains", "was", "became", "remained");

    private Alliances() {
    }

    static boolean copular(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        if (!s.lower(hit.at()).equals("ally") || Clauses.modal(s, hit.at())) {
            return false;
        }
        int k = hit.at() - 1;
        while (k > 0 && QUALIFIERS.contains(s.lower(k))) {
            k--;
        }
        Mention owner = s.lower(k).equals("'s") ? r.mentions.endingAt(k) : null;
        if (owner == null || Clauses.countryOf(owner, r.model) == null) {
            return false;
        }
        Mention ally = null;
        if (COPULAS.contains(s.lower(hit.end()))) { // "Japan's only treaty ally remains the United States"
            ally = Clauses.after(r.mentions, hit.end() + 1, 2, m -> m.kind() == Mention.Kind.COUNTRY);
        } else if (COPULAS.contains(s.lower(owner.from() - 1))
                || s.lower(owner.from() - 1).equals("the") && COPULAS.contains(s.lower(owner.from() - 2))) {
            ally = Clauses.subjectBefore(r.mentions, owner.from()); // "Poland is Ukraine's closest ally"
        }
        String a = ally == null ? null : Clauses.countryOf(ally, r.model);
        String b = Clauses.countryOf(owner, r.model);
        if (a == null || a.equals(b)) {
            return false;
        }
        r.add("ALLIED_WITH", b, a, -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
        return true;
    }
}
