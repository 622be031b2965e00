package io.entente.extract;

import java.util.Map;
import java.util.Set;

/** "Zakharova accused Berlin of ...": the accused is condemned. */
final class Accusations {

    private static final Set<String> ADVERBIALS = Set.of("on", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "again", "repeatedly", "publicly", "openly", "last", "this", "week", "month");

    private Accusations() {
    }

    /** "Zakharova accused Berlin of dragging Moldova into the conflict": the accused is condemned. */
    static void accuse(Reading r, Triggers.Hit hit, Set<String> done) {
        Mention accused = Clauses.after(r.mentions, hit.end(), 6, Mention::isActor); // "the government of Prime Minister X of"
        int of = accused == null ? -1 : accused.to();
        while (of >= 0 && of < accused.to() + 4 && ADVERBIALS.contains(r.sentence.lower(of))) {
            of++; // "accused the United States on Tuesday of ..."
        }
        if (accused == null || !r.sentence.lower(of).equals("of") || Clauses.modal(r.sentence, hit.at())) {
            return;
        }
        Mention subject = Clauses.subjectBefore(r.mentions, hit.at());
        if (subject == null) {
            subject = Clauses.openingPronoun(r.mentions, r.model, hit.at());
        }
        if (subject == null || done.contains(subject.key()) || subject.key().equals(accused.key())) {
            return;
        }
        done.add(subject.key());
        r.add("CONDEMNED", subject.key(), accused.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
    }
}
