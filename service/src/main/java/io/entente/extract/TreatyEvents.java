package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SIGNED and RATIFIED: a signing or ratifying verb, not negated or merely planned, with a
 * treaty after it (or before it, in the passive). Signers are the clause's actors plus a
 * "with [person or country]" after the treaty; their countries become parties.
 */
final class TreatyEvents {

    private static final Pattern VOTE = Pattern.compile("\\d{1,3}-\\d{1,3}");

    private TreatyEvents() {
    }

    static void find(Reading r) {
        for (Triggers.Hit hit : r.triggers.of("SIGN")) {
            if (!Clauses.modal(r.sentence, hit.at())) {
                sign(r, hit);
            }
        }
        for (Triggers.Hit hit : r.triggers.of("RATIFY")) {
            if (!Clauses.modal(r.sentence, hit.at())) {
                ratify(r, hit);
            }
        }
    }

    private static Mention treatyAround(Reading r, Triggers.Hit hit, int span) {
        Mention t = Clauses.after(r.mentions, hit.end(), span, m -> m.kind() == Mention.Kind.TREATY);
        if (t == null && r.sentence.lower(hit.end()).equals("by")) { // "the pact, signed by X"
            for (int k = hit.at() - 1; k >= 0 && k >= hit.at() - 6; k--) {
                Mention m = r.mentions.at(k);
                if (m != null && m.kind() == Mention.Kind.TREATY) {
                    return m;
                }
            }
        }
        return t;
    }

    private static void sign(Reading r, Triggers.Hit hit) {
        Mention treaty = treatyAround(r, hit, 8);
        if (treaty == null) {
            return;
        }
        List<Mention> signers = new ArrayList<>();
        if (treaty.to() <= hit.at()) {
            Mention by = Clauses.after(r.mentions, hit.end() + 1, 4, Mention::isActor);
            if (by != null) {
                signers.add(by);
            }
        } else {
            signers.addAll(Clauses.subjectsBefore(r.mentions, hit.at()));
            if (r.sentence.lower(treaty.to()).equals("with")) { // "signed the agreement with North Korean leader Kim"
                Mention with = Clauses.after(r.mentions, treaty.to() + 1, 3, Mention::isActor);
                if (with != null) {
                    signers.add(with);
                }
            }
        }
        Node t = r.model.node(treaty.key());
        String date = r.dateNear(hit.at());
        for (Mention signer : signers) {
            r.add("SIGNED", signer.key(), treaty.key(), hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.85);
            String c = Clauses.countryOf(signer, r.model);
            if (c != null) {
                ArticleModel.parties(t).add(c);
            }
        }
        if (!"ratified".equals(t.attr("status")) && !"in force".equals(t.attr("status"))) {
            t.attrs.put("status", "signed");
        }
        if (date != null && t.attrs.get("signedDate") == null) {
            t.attrs.put("signedDate", date);
        }
    }

    private static void ratify(Reading r, Triggers.Hit hit) {
        Mention treaty = treatyAround(r, hit, 10);
        if (treaty == null) {
            return;
        }
        Mention subject = treaty.to() <= hit.at()
                ? Clauses.after(r.mentions, hit.end() + 1, 4, Mention::isActor)
                : Clauses.subjectBefore(r.mentions, hit.at());
        if (subject == null) {
            return;
        }
        String key = subject.kind() == Mention.Kind.PERSON ? Clauses.countryOf(subject, r.model) : subject.key();
        if (key == null) {
            return;
        }
        String vote = null;
        for (int k = Math.max(0, hit.at() - 5); k < r.sentence.size() && k < hit.end() + 12; k++) {
            if (VOTE.matcher(r.sentence.token(k).text()).matches()) {
                vote = r.sentence.token(k).text();
                break;
            }
        }
        r.add("RATIFIED", key, treaty.key(), hit.at(), vote == null ? Map.of() : Map.of("vote", vote), ClaimStatus.ASSERTED, 0.85);
        Node t = r.model.node(treaty.key());
        t.attrs.put("status", "ratified");
        String c = Clauses.countryOf(subject, r.model);
        if (c != null) {
            ArticleModel.parties(t).add(c);
        }
    }
}
