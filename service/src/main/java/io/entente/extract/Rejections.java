package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * A third party rejecting a treaty: "Turkey rejected the agreement", "said it could never accept
 * a deal that ...", "will not recognise the accord". Rejecting a claim or a report is a denial,
 * read elsewhere; a legislature rejecting a treaty votes it down, which condemns nothing.
 */
final class Rejections {

    private static final Set<String> REJECTING = Set.of("rejected", "rejects", "reject", "rejecting", "repudiated", "repudiates");
    private static final Set<String> REFUSED = Set.of("accept", "recognise", "recognize");
    private static final Set<String> NEVER = Set.of("never", "not", "n't", "refuses", "refused", "refuse");

    private Rejections() {
    }

    static void find(Reading r, Set<String> done) {
        Sentence s = r.sentence;
        for (int k = 1; k < s.size(); k++) {
            String w = s.lower(k);
            boolean rejecting = REJECTING.contains(w) && !NEVER.contains(s.lower(k - 1)) && !s.lower(k - 1).equals("to");
            boolean refusing = REFUSED.contains(w) && (NEVER.contains(s.lower(k - 1))
                    || s.lower(k - 1).equals("to") && NEVER.contains(s.lower(k - 2))); // "could never accept", "refuses to recognise"
            if (!(rejecting || refusing)) {
                continue;
            }
            Mention treaty = Clauses.after(r.mentions, k + 1, 4, m -> m.kind() == Mention.Kind.TREATY);
            if (treaty == null || treaty.from() > k + 3) {
                continue;
            }
            Mention subject = Clauses.subjectBefore(r.mentions, k);
            if (subject == null) {
                subject = Clauses.pronounSpeaker(r.mentions, k); // "Turkey said it could never accept a deal"
            }
            int saying = s.indexOf("saying", Math.max(0, k - 6), k);
            if (subject == null && saying > 0) {
                subject = Clauses.participleSubject(r.mentions, saying); // "the ministry went further, saying it could never accept"
            }
            if (subject == null || done.contains(subject.key()) || Legislatures.is(r, subject)) {
                continue;
            }
            String own = Clauses.countryOf(subject, r.model);
            if (own != null && ArticleModel.parties(r.model.node(treaty.key())).contains(own)) {
                continue; // a party's own doubts about its treaty are politics at home
            }
            done.add(subject.key());
            r.add("CONDEMNED", subject.key(), treaty.key(), k, Map.of(), ClaimStatus.ASSERTED, 0.65);
        }
    }
}
