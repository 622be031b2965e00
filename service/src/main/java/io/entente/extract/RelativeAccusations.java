package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * An accusation told in a relative clause about the accused: "its border with Belarus, which Riga
 * accuses of pushing migrants", "a legal route against Azerbaijan, which it accuses of war crimes".
 */
final class RelativeAccusations {

    private static final Set<String> PRONOUNS = Set.of("it", "they");

    private RelativeAccusations() {
    }

    /** Whether the accusation at {@code hit} was such a clause (and its condemnation added). */
    static boolean find(Reading r, Triggers.Hit hit, Set<String> done) {
        Sentence s = r.sentence;
        Mention named = r.mentions.endingAt(hit.at());
        boolean pronoun = PRONOUNS.contains(s.lower(hit.at() - 1));
        int relative = pronoun ? hit.at() - 2 : named != null && named.isActor() ? named.from() - 1 : -1;
        if (relative < 1 || !Set.of("which", "whom").contains(s.lower(relative)) || s.indexOf("of", hit.end(), hit.end() + 2) < 0
                || Clauses.modal(s, hit.at())) {
            return false;
        }
        int k = s.lower(relative - 1).equals(",") ? relative - 1 : relative;
        Mention accused = r.mentions.endingAt(k);
        if (accused == null || !accused.isActor()) {
            return false;
        }
        Mention accuser = pronoun ? Clauses.subjectBefore(r.mentions, accused.from()) : named;
        if (accuser == null && pronoun) {
            accuser = Clauses.firstActor(r.mentions, accused.from());
        }
        if (accuser == null || accuser.key().equals(accused.key())
                || accused.key().equals(Clauses.countryOf(accuser, r.model)) || !done.add(accuser.key())) {
            return accuser != null;
        }
        r.add("CONDEMNED", accuser.key(), accused.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
        return true;
    }
}
