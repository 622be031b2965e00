package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signers told without a signing verb of their own: "Bahrain and Morocco were also among the
 * founding signatories", and those who signed after the first: "Trump signed it first, followed
 * by leaders from two dozen states, among them Hungary's Viktor Orban and Armenia's Nikol Pashinyan", and those
 * listed "alongside" the signer: "X put his name to the document alongside A and B".
 */
final class Signatories {

    private static final Set<String> BE = Set.of("was", "were", "is", "are");
    /** Words that end a list of names: a relative clause or a new verb. */
    private static final Set<String> LIST_ENDS = Set.of(";", "who", "whose", "which", "said", "says", "after", "as", "while");

    private Signatories() {
    }

    static void find(Reading r) {
        among(r);
        for (Triggers.Hit hit : r.triggers.of("SIGN")) {
            followedBy(r, hit);
        }
    }

    /** "X and Y were (also) among the (founding) signatories (of T)". */
    private static void among(Reading r) {
        Sentence s = r.sentence;
        for (int k = 1; k + 2 < s.size(); k++) {
            if (!BE.contains(s.lower(k))) {
                continue;
            }
            int j = s.lower(k + 1).equals("also") ? k + 2 : k + 1;
            if (!s.lower(j).equals("among") || !s.lower(j + 1).equals("the")) {
                continue;
            }
            int noun = s.lower(j + 2).startsWith("signator") ? j + 2 : s.lower(j + 3).startsWith("signator") ? j + 3 : -1;
            if (noun < 0 || Clauses.modal(s, k)) {
                continue;
            }
            String treaty = treatyAfter(r, noun + 1);
            List<Mention> signers = SubjectLists.subjectsBefore(r.mentions, k);
            for (Mention m : treaty == null ? List.<Mention>of() : signers) {
                r.add("SIGNED", m.key(), treaty, k, Map.of(), ClaimStatus.ASSERTED, 0.7);
            }
        }
    }

    /** ", followed by ... Hungary's Prime Minister Viktor Orban, ... and ...": each person named after it. */
    private static void followedBy(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        int by = -1;
        for (int k = hit.end(); k + 1 < s.size() && k < hit.end() + 6; k++) {
            if (s.lower(k).equals("followed") && s.lower(k + 1).equals("by") && s.lower(k - 1).equals(",")) {
                by = k + 2;
                break;
            }
        }
        if (by < 0 || Clauses.modal(s, hit.at())) {
            return;
        }
        Mention named = Clauses.after(r.mentions, hit.end(), 5, m -> m.kind() == Mention.Kind.TREATY);
        String treaty = named != null ? named.key() : s.lower(hit.end()).equals("it") ? r.model.currentTreaty() : null;
        if (treaty == null) {
            return;
        }
        List<String> people = new ArrayList<>();
        for (Mention m : r.mentions.all()) {
            if (m.from() >= by && m.kind() == Mention.Kind.PERSON && m.use() != Mention.Use.MODIFIER) {
                if (s.indexOf(";", by, m.from()) >= 0) {
                    break;
                }
                people.add(m.key());
            }
        }
        for (String p : people) {
            r.add("SIGNED", p, treaty, hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.65);
        }
    }

    /** "X put his name to the document alongside A, B and the Emir of Qatar, C, whose ...": the persons listed sign too. */
    static List<Mention> alongside(Reading r, Mention treaty) {
        Sentence s = r.sentence;
        int k = treaty.to();
        if (!s.lower(k).equals("alongside") && !(s.lower(k).equals("together") && s.lower(k + 1).equals("with"))) {
            return List.of();
        }
        List<Mention> listed = new ArrayList<>();
        for (Mention m : r.mentions.all()) {
            if (m.from() <= k) {
                continue;
            }
            if (s.indexOfAny(LIST_ENDS, k, m.from()) >= 0) {
                break;
            }
            if (m.kind() == Mention.Kind.PERSON && m.use() != Mention.Use.MODIFIER) {
                listed.add(m);
            }
        }
        return listed;
    }

    /** The treaty named right after {@code from} ("of the charter"), else the story's current one. */
    private static String treatyAfter(Reading r, int from) {
        Mention t = Clauses.after(r.mentions, from, 5, m -> m.kind() == Mention.Kind.TREATY);
        return t != null ? t.key() : r.model.currentTreaty();
    }
}
