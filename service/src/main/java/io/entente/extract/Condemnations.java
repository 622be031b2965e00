package io.entente.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CONDEMNED: condemning verbs and nouns, calling something a provocation, dismissing a deal as a
 * betrayal, accusations and verdicts in reported speech, and the phrasings the Blame classes read.
 * One condemnation per actor per sentence.
 */
final class Condemnations {

    private static final Set<String> DEMONSTRATIVES = Set.of("the", "this", "that");
    /** "watching for any provocation": a verdict on what has not happened. */
    private static final Set<String> HYPOTHETICAL = Set.of("any", "possible", "potential", "future");

    private Condemnations() {
    }

    /**
     * "Moscow denounced the treaty" said of a treaty Russia is party to: a state leaving it, no
     * verdict on it. Others who denounce a pact condemn it.
     */
    private static boolean withdrawal(Reading r, Triggers.Hit hit) {
        if (!r.sentence.lower(hit.at()).startsWith("denounc")) {
            return false;
        }
        Mention treaty = Clauses.after(r.mentions, hit.end(), 4, m -> true);
        Mention subject = Clauses.subjectBefore(r.mentions, hit.at());
        String own = subject == null ? null : Clauses.countryOf(subject, r.model);
        return treaty != null && treaty.kind() == Mention.Kind.TREATY && own != null
                && ArticleModel.parties(r.model.node(treaty.key())).contains(own);
    }

    /** One condemnation per actor per sentence, of the first treaty, deployment or actor it targets. */
    static void find(Reading r) {
        Set<String> done = new HashSet<>();
        MutualBlame.find(r, done);
        PassiveBlame.find(r, done);
        NominalBlame.find(r, done);
        DiplomaticProtests.find(r, done);
        QuotedVerdicts.find(r, done);
        Rebukes.find(r, done);
        Rejections.find(r, done);
        for (Triggers.Hit hit : r.triggers.of("CONDEMN")) {
            if (!vagueConcern(r, hit) && !withdrawal(r, hit) && !plannedText(r, hit.at())) {
                int from = pastManner(r.sentence, hit.end()); // "condemns in the strongest terms" the aggression
                target(r, hit.at(), from, from + 10, done, NominalBlame.possessor(r, hit.at())); // "Baghdad's condemnation of"
            }
        }
        for (Triggers.Hit hit : r.triggers.of("CALL")) {
            String next = r.sentence.lower(hit.end());
            if (next.equals("on") || next.equals("for")) {
                continue; // "calling on Moscow to stop" is an appeal
            }
            int noun = r.triggers.find("CONDEMN_NOUN", hit.end(), hit.end() + 18);
            if (noun >= 0 && DEMONSTRATIVES.contains(r.sentence.lower(noun - 1))) {
                int predicate = r.triggers.find("CONDEMN_NOUN", noun + 1, hit.end() + 12);
                noun = predicate >= 0 ? predicate : noun; // "called the violation unacceptable": the object is no verdict
            }
            if (noun < 0 && r.triggers.find("EVENT_ANAPHOR", hit.end(), hit.end() + 3) >= 0) {
                noun = r.triggers.find("DENY_NOUN", hit.end(), hit.end() + 8); // "regarded the decision as incorrect": a verdict on an act
            }
            if (noun < 0 && r.triggers.find("NEG", Math.max(0, hit.at() - 3), hit.at()) < 0) {
                noun = r.triggers.find("COUP", hit.end(), hit.end() + 3); // "called the coup an assault on the people's will"
                if (noun < 0) {
                    noun = CondemnedObjects.statesVerdict(r, hit.end()); // "described it as the gravest Russian intrusion into European airspace"
                }
            }
            if (noun >= 0) {
                target(r, hit.at(), hit.end(), noun, done);
            }
        }
        for (Triggers.Hit hit : r.triggers.of("DENY")) { // "dismissed the deal as a plan for foreign occupation"
            int as = r.triggers.find("CONDEMN_NOUN", hit.end(), hit.end() + 14);
            int asWord = as < 0 ? -1 : r.sentence.indexOf("as", hit.end(), as);
            if (asWord >= 0) {
                target(r, hit.at(), hit.end(), asWord, done);
            }
        }
        for (Triggers.Hit hit : r.triggers.of("REPORT")) {
            if (r.sentence.lower(hit.at()).startsWith("accus")) {
                Accusations.accuse(r, hit, done);
            }
        }
        for (Triggers.Hit hit : r.triggers.of("REPORT")) { // "said the deployment, and any support given in return, must end"
            int must = r.sentence.indexOf("must", hit.end(), Math.min(r.sentence.size(), hit.end() + 14));
            if (must > hit.end() && Set.of("end", "stop", "cease").contains(r.sentence.lower(must + 1))
                    && r.triggers.find("NEG", hit.end(), must + 1) < 0) {
                target(r, hit.at(), hit.end(), must, done);
            }
        }
        for (Triggers.Hit hit : r.triggers.of("REPORT")) { // "the ministry said the deployment was a threat"
            int that = r.sentence.indexOf("that", hit.end(), Math.min(r.sentence.size(), hit.end() + 8));
            // "told a news conference in Doha that the attack was unacceptable": the verdict's clause
            int clause = that >= 0 && r.triggers.is(that + 2, "ATTACK") ? that + 1 : hit.end();
            int noun = r.triggers.find("CONDEMN_NOUN", clause, clause + 10);
            if (noun >= 0 && r.triggers.find("NEG", hit.end(), noun) < 0 && r.triggers.find("MODAL", hit.end(), noun) < 0
                    && r.triggers.find("CLAIM_NOUN", hit.end(), noun) < 0 && !HYPOTHETICAL.contains(r.sentence.lower(noun - 1))
                    && r.triggers.find("DENY", clause, noun) < 0
                    && !ownCondemner(r, clause, noun)) {
                target(r, hit.at(), clause, noun, done); // not "wrote that Ethiopia rejected it as interference": that verb's own
            }
        }
    }

    /** Each state or body of a subject list condemns {@code object}, unless counted already or of the object's own state. */
    static void byEach(Reading r, List<Mention> subjects, String object, int trigger, Set<String> done) {
        for (Mention subject : subjects) {
            if (!done.contains(subject.key()) && !object.equals(Clauses.countryOf(subject, r.model))) {
                done.add(subject.key());
                r.add("CONDEMNED", subject.key(), object, trigger, Map.of(), ClaimStatus.ASSERTED, 0.65);
            }
        }
    }

    private static final Set<String> TEXTS = Set.of("resolution", "motion", "statement", "declaration", "communique",
            "text", "bill", "letter");

    /** "is expected to vote on Thursday on a resolution condemning the offensive": a text not yet adopted. */
    private static boolean plannedText(Reading r, int verb) {
        Sentence s = r.sentence;
        if (!s.lower(verb).endsWith("ing") || !TEXTS.contains(s.lower(verb - 1))) {
            return false;
        }
        return r.triggers.find("MODAL", Math.max(0, verb - 12), verb - 1) >= 0;
    }

    /** "said Qatar condemns the assault": the reported clause has a condemning verb with its own actor before it. */
    private static boolean ownCondemner(Reading r, int from, int to) {
        int verb = r.triggers.find("CONDEMN", from, to);
        return verb >= 0 && Clauses.after(r.mentions, from, verb - from, Mention::isActor) != null;
    }

    /** "condemned what it described as a flagrant violation": the verdict after the preamble, else {@code from}. */
    private static int pastWhatCalled(Reading r, int from) {
        if (!r.sentence.lower(from).equals("what")) {
            return from;
        }
        int call = r.triggers.find("CALL", from + 1, Math.min(r.sentence.size(), from + 6));
        if (call < 0) {
            return from;
        }
        int after = call + 1;
        return r.sentence.lower(after).equals("as") ? after + 1 : after;
    }

    /** The token after "in the strongest (possible) terms" and a closing quote there, else {@code k}. */
    private static int pastManner(Sentence s, int k) {
        int terms = s.lower(k).equals("in") && s.lower(k + 2).startsWith("strong") ? s.indexOf("terms", k + 3, k + 5) : -1;
        int next = terms > 0 ? terms + 1 : k;
        return terms > 0 && Set.of("\"", "”", "'").contains(s.token(next).text()) ? next + 1 : next;
    }

    private static void target(Reading r, int trigger, int from, int limit, Set<String> done) {
        target(r, trigger, from, limit, done, null);
    }

    /** As above, with {@code forced} as the condemner when a group phrase names several ("the three ministers"). */
    private static void target(Reading r, int trigger, int from, int limit, Set<String> done, Mention forced) {
        if (Clauses.modal(r.sentence, trigger) || PassiveBlame.passive(r.sentence, trigger)) {
            return; // "X was condemned by Y" is read by PassiveBlame
        }
        if (RelativeBlame.coordinated(r, trigger, done)) {
            return;
        }
        from = pastWhatCalled(r, from);
        int to = from;
        while (to < limit && !TargetWording.clauseEnds(r.sentence, to) && !TargetWording.nextSpeaker(r, to)) {
            to++;
        }
        if (to == limit && limit < r.sentence.size() && !TargetWording.clauseEnds(r.sentence, limit)) {
            to = limit; // the condemning noun itself ends the span
        }
        Mention coordinated = BlameFallbacks.speakerOfCoordinatedVerb(r, trigger);
        int among = amongThose(r.sentence, trigger); // "Jordan and Oman were among the countries that condemned"
        int verb = among >= 0 ? among : trigger;
        Mention found = coordinated != null ? coordinated : Clauses.subjectBefore(r.mentions, verb);
        if (found == null) { // "X announced a break in ties, saying Ecuador had trampled on ...": past the first verb
            found = Clauses.participleSubject(r.mentions, trigger);
        }
        Mention spoken = found != null ? found : Clauses.pronounSpeaker(r.mentions, trigger);
        Mention subject = forced != null ? forced : spoken != null ? spoken : Pronouns.opening(r.mentions, r.model, trigger); // "He condemned ..."
        if (subject == null) {
            for (String p : PeoplePairs.group(r, trigger)) { // "the three ministers had jointly condemned"
                target(r, trigger, from, limit, done, new Mention(Mention.Kind.PERSON, p, 0, 0, Mention.Use.ANAPHOR));
            }
        }
        if (subject == null) {
            RelativeBlame.byOwnGovernment(r, trigger, done); // "strikes that his government denounced"
        }
        if (subject == null || done.contains(subject.key())) {
            return;
        }
        String object = null;
        for (Reading.DeploymentRef d : r.deployments) {
            if (d.at() >= from && d.at() < to) {
                object = d.ref();
                break;
            }
        }
        boolean deployment = object != null;
        String own = Clauses.countryOf(subject, r.model);
        String relative = deployment ? null : RelativeBlame.object(r, subject, trigger, own);
        if (relative != null) { // "strikes that his government denounced"
            done.add(subject.key());
            r.add("CONDEMNED", subject.key(), relative, -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
            return;
        }
        Mention candidate = Clauses.after(r.mentions, from, to - from,
                x -> x.kind() == Mention.Kind.TREATY && !TargetWording.brokenNorm(r.sentence, x)
                        || (x.isActor() && !x.key().equals(subject.key()) && !TargetWording.placeOf(r.sentence, x)
                            && !TargetWording.harmed(r.sentence, x) // "a drone attack that killed three American soldiers"
                            && !r.sentence.lower(x.from() - 1).equals("with")) // "stood with Qatar against Israeli aggression"
                        || TargetWording.perpetrator(r.sentence, x) && !x.key().equals(own) && !TargetWording.harmed(r.sentence, x));
        String author = object == null ? TargetWording.author(r, from, subject.key()) : null;
        if (author != null) {
            object = author; // "condemned those threats", "denounced the remark": whoever made them
        }
        Mention m = author != null ? null : candidate;
        if (object == null && m != null) {
            String troops = TargetWording.troopsOf(r, m);
            object = troops != null ? troops : m.key();
        }
        object = CondemnedObjects.resolve(r, from, to, object, m, author != null, deployment, own);
        if (object == null) {
            for (String c : BlameFallbacks.pairObject(r, from, trigger)) {
                if (!c.equals(own)) {
                    r.add("CONDEMNED", subject.key(), c, -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
                }
            }
            return;
        }
        done.add(subject.key());
        r.add("CONDEMNED", subject.key(), object, -1, Map.of(), ClaimStatus.ASSERTED, 0.75);
        if (m != null && object.equals(m.key()) && r.sentence.lower(m.to()).equals("and")) { // "criticised China and Cuba"
            Mention second = Clauses.after(r.mentions, m.to() + 1, 2, x -> x.isActor() && x.kind() == m.kind());
            if (second != null && !second.key().equals(subject.key())) {
                r.add("CONDEMNED", subject.key(), second.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
            }
        }
        // "Both Riyadh and Islamabad condemned", "the UAE and Bahrain said they condemned"
        List<Mention> others = found != null && coordinated == null ? SubjectLists.subjectsBefore(r.mentions, verb)
                : found == null && spoken != null ? SubjectLists.subjectsBefore(r.mentions, spoken.to()) : List.of();
        for (Mention also : others) {
            if (!done.contains(also.key()) && !also.key().equals(object)) {
                done.add(also.key());
                r.add("CONDEMNED", also.key(), object, -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
            }
        }
    }

    /**
     * The "were" of "X and Y were among the (Arab) states that (also) condemned": the list before it
     * condemned; else -1.
     */
    private static int amongThose(Sentence s, int trigger) {
        int k = trigger - 1;
        while (k > 0 && Set.of("also", "had", "have", "has").contains(s.lower(k))) {
            k--;
        }
        if (k < 4 || !Set.of("that", "who", "which").contains(s.lower(k))) {
            return -1;
        }
        int the = -1;
        for (int j = k - 2; j >= Math.max(0, k - 5); j--) {
            if (s.lower(j).equals("the") && s.lower(j - 1).equals("among")) {
                the = j;
                break;
            }
        }
        return the > 1 && Set.of("were", "was", "are", "is").contains(s.lower(the - 2)) ? the - 2 : -1;
    }

    /**
     * "voiced concern that the treaty could be used to exclude others" names what worries it right
     * after "that"; "expressed concern that the move came at a bad time" names nothing to condemn.
     */
    private static boolean vagueConcern(Reading r, Triggers.Hit hit) {
        String last = r.sentence.lower(hit.end() - 1);
        if (!last.equals("concern") && !last.equals("concerns")) {
            return false;
        }
        int that = r.sentence.indexOf("that", hit.end(), Math.min(r.sentence.size(), hit.end() + 4));
        Mention first = that < 0 ? null : Clauses.after(r.mentions, that + 1, 3, m -> m.isActor() || m.kind() == Mention.Kind.TREATY);
        return that < 0 ? r.sentence.indexOf("over", hit.end(), hit.end() + 1) < 0 && r.sentence.indexOf("about", hit.end(), hit.end() + 1) < 0
                && !r.sentence.lower(hit.end()).equals("at") : first == null;
    }
}
