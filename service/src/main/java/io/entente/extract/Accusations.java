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
        if (Set.of("it", "them").contains(r.sentence.lower(hit.end())) && r.sentence.lower(hit.end() + 1).equals("of")) {
            accused = objectBefore(r, hit.at()); // "blamed Iran, accusing it of launching the strike"
            of = hit.end() + 1;
        }
        if (accused == null || !r.sentence.lower(of).equals("of") || Clauses.modal(r.sentence, hit.at())) {
            return;
        }
        Mention subject = Clauses.subjectBefore(r.mentions, hit.at());
        if (subject == null) {
            subject = Clauses.openingPronoun(r.mentions, r.model, hit.at());
        }
        if (subject == null && r.sentence.lower(hit.at() - 1).equals(",") && r.sentence.lower(hit.at()).endsWith("ing")) {
            subject = Clauses.firstActor(r.mentions, hit.at()); // "The Chinese embassy hit back in a statement, accusing Washington of"
        }
        if (subject == null && r.sentence.lower(hit.at() - 1).equals("and")) {
            subject = speakerBefore(r, hit.at()); // "Misri said the attack had cross-border links and accused Pakistan of"
        }
        if (subject == null || done.contains(subject.key()) || subject.key().equals(accused.key())) {
            return;
        }
        done.add(subject.key());
        r.add("CONDEMNED", subject.key(), accused.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
    }

    /** The last actor before the verb that is not its clause's subject: the "it" of "accusing it of". */
    private static Mention objectBefore(Reading r, int verb) {
        Mention subject = Clauses.subjectBefore(r.mentions, verb);
        Mention last = null;
        for (Mention m : r.mentions.all()) {
            if (m.to() <= verb && m.isActor() && m.kind() != Mention.Kind.PERSON && (subject == null || m.from() > subject.to())) {
                last = m;
            }
        }
        return last;
    }

    /** The subject of the verb of saying whose reported clause an "and"-joined verb follows. */
    private static Mention speakerBefore(Reading r, int verb) {
        for (int k = verb - 2; k > 0; k--) {
            if (Clauses.SAY_WORDS.contains(r.sentence.lower(k))) {
                return Clauses.subjectBefore(r.mentions, k);
            }
        }
        return null;
    }
}
