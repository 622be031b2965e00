package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * Rebukes with the target right after the verb: warnings ("warned Tokyo against interfering",
 * "warned Caracas not to", "warned Venezuela that any aggression would have serious
 * consequences") and attacks in words ("attacking Prime Minister Takaichi over her remarks",
 * "attacked Kigali for backing the rebels"). Each condemns the one warned or attacked.
 */
final class Rebukes {

    private static final Set<String> WARN = Set.of("warned", "warns", "warn", "warning");
    private static final Set<String> ATTACK = Set.of("attacked", "attacks", "attacking", "attack");
    /** What follows a warning's target when it is a threat: "against", "not to", "of consequences". */
    private static final Set<String> THREATS = Set.of("consequences", "retaliation", "repercussions", "response", "pay");
    /** "attacked Kyiv over its decision", not "over its eastern border" or "over the weekend". */
    private static final Set<String> GRIEVANCES = Set.of("remarks", "comments", "statement", "statements", "decision",
            "policy", "stance", "role", "support", "handling", "treatment", "position", "claims", "words", "conduct");
    private static final Set<String> GOVERNMENTS = Set.of("government", "administration", "cabinet", "presidency", "junta");
    private static final Set<String> OWNERS = Set.of("his", "her", "its", "their", "the");

    private Rebukes() {
    }

    static void find(Reading r, Set<String> done) {
        Sentence s = r.sentence;
        for (int k = 1; k < s.size(); k++) {
            String w = s.lower(k);
            boolean warn = WARN.contains(w);
            if (!warn && !ATTACK.contains(w) || Clauses.modal(s, k) || r.triggers.find("NEG", Math.max(0, k - 3), k) >= 0) {
                continue;
            }
            Mention target = Clauses.after(r.mentions, k + 1, 4, Mention::isActor);
            if (target == null || !adjacent(s, k + 1, target.from())) {
                continue;
            }
            boolean rebuke = warn ? threat(r, target.to()) : (grievance(s, target) || inWords(r, k, target))
                    && !r.triggers.is(k - 1, "TROOP"); // not "forces attacked"
            boolean pronoun = k > 1 && Set.of("it", "they", "he", "she").contains(s.lower(k - 1)); // whose, this rule cannot tell
            Mention subject = rebuke && !pronoun ? Clauses.subjectBefore(r.mentions, k) : null;
            if (subject == null && rebuke) {
                subject = Clauses.participleSubject(r.mentions, k); // "..., warning Tokyo against"
            }
            if (subject == null || subject.key().equals(target.key()) || done.contains(subject.key())
                    || target.key().equals(Clauses.countryOf(subject, r.model))) {
                continue;
            }
            done.add(subject.key());
            r.add("CONDEMNED", subject.key(), target.key(), k, Map.of(), ClaimStatus.ASSERTED, 0.65);
        }
    }

    /**
     * "Opposition leader X attacked the government", "Senator Y attacked Prime Minister Z": a
     * person attacking a government, a state by its capital or another person does so in words.
     */
    private static boolean inWords(Reading r, int verb, Mention target) {
        Mention subject = Clauses.subjectBefore(r.mentions, verb);
        boolean civil = target.kind() == Mention.Kind.PERSON || target.use() == Mention.Use.METONYM
                || target.kind() == Mention.Kind.ORG && GOVERNMENTS.contains(r.sentence.lower(target.to() - 1));
        return subject != null && subject.kind() == Mention.Kind.PERSON && civil && !r.sentence.lower(verb).equals("attacks");
    }

    /** Only "the" and a capitalised title between the verb and its target: "warned the Kremlin", "attacking Prime Minister X". */
    private static boolean adjacent(Sentence s, int from, int target) {
        for (int k = from; k < target; k++) {
            if (!s.lower(k).equals("the") && !s.token(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** "against interfering", "not to", "of serious consequences", "that any attack would have consequences". */
    private static boolean threat(Reading r, int after) {
        Sentence s = r.sentence;
        String next = s.lower(after);
        if (next.equals("against") || next.equals("not") && s.lower(after + 1).equals("to")) {
            return true;
        }
        if (!next.equals("of") && !next.equals("that")) {
            return false;
        }
        for (int k = after + 1; k < s.size() && k <= after + 16 && !TargetWording.clauseEnds(s, k); k++) {
            if (THREATS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "attacking Takaichi over her remarks", "attacked Kigali for backing the M23": words, not arms. */
    private static boolean grievance(Sentence s, Mention target) {
        String next = s.lower(target.to());
        String then = s.lower(target.to() + 1);
        if (next.equals("for")) {
            return then.endsWith("ing") || OWNERS.contains(then);
        }
        String noun = s.lower(target.to() + 2);
        return next.equals("over") && (Set.of("his", "her", "their").contains(then) || OWNERS.contains(then) && GRIEVANCES.contains(noun));
    }
}
