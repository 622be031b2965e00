package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A second treaty the same signing verb takes: "Macron signed the Aachen Treaty with Merkel in 2019
 * and the Quirinal Treaty with Draghi in 2021". Its signers are the verb's subjects and its own partner.
 */
final class CoordinatedTreaties {

    private static final Set<String> CLAUSE_ENDS = Set.of(";", "said", "says", "which", "who", "while", "but", "that");

    private CoordinatedTreaties() {
    }

    /** The named treaty after "and" (or ", and") following {@code first}, in the same clause; else null. */
    static Mention next(Reading r, Mention first) {
        Sentence s = r.sentence;
        for (int k = first.to(); k + 1 < s.size() && k < first.to() + 16; k++) {
            if (CLAUSE_ENDS.contains(s.lower(k)) || r.triggers.is(k, "SIGN") || r.triggers.is(k, "RATIFY")) {
                return null; // another verb takes what follows
            }
            if (!s.lower(k).equals("and")) {
                continue;
            }
            int at = Set.of("the", "a", "an").contains(s.lower(k + 1)) ? k + 2 : k + 1;
            Mention m = r.mentions.at(at);
            return m != null && m.kind() == Mention.Kind.TREATY && m.from() == at && m.use() == Mention.Use.NAME
                    && !m.key().equals(first.key()) ? m : null;
        }
        return null;
    }

    /** Who signed {@code second}: the verb's subjects (not the first treaty's partner) and the partner after "with". */
    static List<Mention> signers(Reading r, Triggers.Hit hit, Mention second) {
        List<Mention> signers = new ArrayList<>(SubjectLists.subjectsBefore(r.mentions, hit.at()));
        Mention with = Signers.withPartner(r, second.to());
        if (with != null) {
            signers.add(Signers.namedInApposition(r, with));
        }
        return signers;
    }
}
