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
    /** A state's act rejected as such condemns the state: "rejected India's decision", "rejected Nepal's new map". */
    private static final Set<String> ACTS = Set.of("decision", "move", "map", "annexation", "decree", "recognition",
            "declaration", "ultimatum", "unilateral", "referendum", "blockade", "attacks", "strikes", "incursions", "aggression",
            "occupation", "interference");

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
                treaty = rejecting ? actor(r, k) : null;
            }
            if (treaty == null && rejecting) {
                attack(r, k, done);
            }
            if (treaty == null) {
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
            if (own != null && (own.equals(treaty.key()) || treaty.kind() == Mention.Kind.TREATY
                    && ArticleModel.parties(r.model.node(treaty.key())).contains(own))) {
                continue; // a party's own doubts about its treaty are politics at home
            }
            done.add(subject.key());
            r.add("CONDEMNED", subject.key(), treaty.key(), k, Map.of(), ClaimStatus.ASSERTED, 0.65);
        }
    }

    /** "Colombia, Chile and Uruguay issued statements rejecting the incursion": each condemns the story's attacker. */
    private static void attack(Reading r, int verb, Set<String> done) {
        String attacker = r.sentence.lower(verb + 1).equals("the") ? Attacks.condemnedAttacker(r, verb + 2, verb + 3) : null;
        if (attacker == null) {
            return;
        }
        Condemnations.byEach(r, SubjectLists.subjectsBefore(r.mentions, verb), attacker, verb, done);
    }

    /** The state whose act is rejected right after the verb: "rejected India's decision", "rejected the Turkish move". */
    private static Mention actor(Reading r, int verb) {
        Mention state = Clauses.after(r.mentions, verb + 1, 3, m -> m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.ORG);
        if (state == null || r.sentence.indexOf(",", verb + 1, state.from()) >= 0) {
            return null;
        }
        for (int k = state.to(); k < state.to() + 3 && k < r.sentence.size(); k++) {
            if (ACTS.contains(r.sentence.lower(k))) {
                return state;
            }
        }
        return null;
    }
}
