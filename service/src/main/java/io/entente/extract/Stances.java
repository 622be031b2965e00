package io.entente.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What actors say about events: REPORTED (a speaker claims or confirms a deployment), DENIED
 * (a speaker denies or dismisses it) and CONDEMNED (condemns, voices concern over, calls it a
 * provocation). Returns how the sentence presents its deployments.
 */
final class Stances {

    private static final Set<String> DEMONSTRATIVES = Set.of("the", "this", "that");
    private static final Set<String> NOUN_BEFORE = Set.of("the", "a", "an", "these", "those", "such", "media",
            "news", "intelligence", "earlier", "recent", "previous", "unconfirmed", "about");

    /** "watching for any provocation": a verdict on what has not happened. */
    private static final Set<String> HYPOTHETICAL = Set.of("any", "possible", "potential", "future");

    private Stances() {
    }

    static ClaimStatus find(Reading r) {
        ClaimStatus status = ClaimStatus.ASSERTED;
        Set<String> deniers = new HashSet<>();
        for (Triggers.Hit hit : r.triggers.of("DENY")) {
            if (deny(r, hit, deniers)) {
                status = ClaimStatus.DENIED;
            }
        }
        for (Triggers.Hit hit : r.triggers.of("CALL")) {
            if (r.triggers.find("DENY_NOUN", hit.end(), hit.end() + 10) >= 0 && deny(r, hit, deniers)) {
                status = ClaimStatus.DENIED;
            }
        }
        for (Triggers.Hit hit : r.triggers.of("REPORT")) { // "KCNA said the reports were a smear campaign"
            int denial = r.triggers.find("DENY_NOUN", hit.end(), hit.end() + 12);
            if (r.triggers.find("CLAIM_NOUN", hit.end(), hit.end() + 6) >= 0 && denial >= 0
                    && r.triggers.find("NEG", hit.end(), denial) < 0 && deny(r, hit, deniers)) { // "not accurate" is itself the denial
                status = ClaimStatus.DENIED;
            }
        }
        boolean reported = report(r, deniers); // "Moscow denied it after French officials said ...": both
        if (status == ClaimStatus.ASSERTED && reported) {
            status = ClaimStatus.REPORTED;
        } else if (status == ClaimStatus.ASSERTED && !r.negated.isEmpty()) {
            status = ClaimStatus.DENIED;
        }
        TreatyReports.find(r, deniers);
        condemn(r);
        return status;
    }

    private static boolean deny(Reading r, Triggers.Hit hit, Set<String> deniers) {
        if (Clauses.modal(r.sentence, hit.at())) {
            return false;
        }
        Mention subject = Clauses.subjectBefore(r.mentions, hit.at());
        if (subject == null) {
            return false;
        }
        boolean denied = false;
        boolean claimBefore = r.triggers.find("CLAIM_NOUN", Math.max(0, subject.from() - 2), subject.from()) >= 0
                || r.sentence.lower(subject.from() - 1).equals("which") && r.sentence.lower(subject.from() - 2).equals(","); // ", which Kigali denies"
        for (Reading.DeploymentRef d : r.deployments) {
            if (d.at() > hit.at() || claimBefore) { // "..., a claim Asmara rejected": the claim is the sentence's deployment
                r.add("DENIED", subject.key(), d.ref(), -1, Map.of(), ClaimStatus.ASSERTED, 0.75);
                denied = true;
            }
        }
        boolean aboutClaims = r.triggers.find("CLAIM_NOUN", hit.end(), hit.end() + 5) >= 0 // "rejected a U.S. newspaper report"
                || r.triggers.find("DENY_NOUN", hit.end(), hit.end() + 4) >= 0;
        if (!denied && aboutClaims) {
            Mention treaty = Clauses.after(r.mentions, hit.end(), 10, m -> m.kind() == Mention.Kind.TREATY);
            Node last = r.model.lastEvent == null ? null : r.model.node(r.model.lastEvent);
            boolean military = r.triggers.find("TROOP", hit.end(), Math.min(r.sentence.size(), hit.end() + 25)) >= 0;
            boolean treatyEvent = last != null && last.type.equals("Treaty") && last.attrs.get("status") != null
                    && !military; // "denies reports that X plans a military base": a deployment, not the story's treaty
            String object = treaty != null ? treaty.key() // "rejected the claims": the last event, a treaty only if something happened to it
                    : treatyEvent || r.model.lastEvent != null && last == null ? r.model.lastEvent
                    : r.model.lastDeployment != null ? r.model.lastDeployment : Draft.deployment(null, null);
            if (treaty == null && object != null && object.equals(r.model.lastDeployment) && !DeploymentEvents.concerns(r, subject, object)) {
                object = null; // "Benin dismissed the accusation" after Russia's troops in Niger: not its troops, not its soil
            }
            if (object != null) {
                r.add("DENIED", subject.key(), object, -1, Map.of(), ClaimStatus.ASSERTED, 0.6);
                denied = true;
            }
        }
        if (denied) {
            deniers.add(subject.key());
        }
        return denied && !claimBefore; // "X said ..., a claim Y rejected": still claimed, not only denied
    }

    /** A speaker before a verb of saying ("Austin said", "the US claimed") or after it ("said X"). */
    private static boolean report(Reading r, Set<String> deniers) {
        if (r.deployments.isEmpty()) {
            return false;
        }
        boolean reported = false;
        for (Triggers.Hit hit : r.triggers.of("REPORT")) {
            if (hit.at() > 0 && NOUN_BEFORE.contains(r.sentence.lower(hit.at() - 1)) || Clauses.modal(r.sentence, hit.at())) {
                continue;
            }
            if (r.sentence.lower(hit.at()).equals("according")) { // only who follows: "according to security sources"
                Mention source = Clauses.after(r.mentions, hit.end(), 3, Mention::isActor);
                for (Reading.DeploymentRef d : source == null ? java.util.List.<Reading.DeploymentRef>of() : r.deployments) {
                    r.add("REPORTED", source.key(), d.ref(), -1, Map.of(), ClaimStatus.ASSERTED, 0.75);
                    reported |= d.from() == null || !d.from().equals(Clauses.countryOf(source, r.model));
                }
                continue;
            }
            Mention speaker = Clauses.subjectBefore(r.mentions, hit.at());
            Mention adjacent = r.mentions.endingAt(hit.at()); // "after French officials said": a clause, not a preposition
            if (adjacent == null && GazetteerMentions.ACTOR_NOUNS.contains(r.sentence.lower(hit.at() - 1))) {
                adjacent = r.mentions.endingAt(hit.at() - 1);
            }
            if ((speaker == null || deniers.contains(speaker.key())) && adjacent != null && adjacent.isActor()) {
                speaker = adjacent;
            }
            if (speaker == null && !r.sentence.lower(hit.end()).equals("that")) { // not "reported that Egypt had deployed"
                speaker = Clauses.after(r.mentions, hit.end(), 3, Mention::isActor); // "..., said Moscow"
            }
            if (speaker == null || deniers.contains(speaker.key())) {
                continue;
            }
            String speakerCountry = Clauses.countryOf(speaker, r.model);
            for (Reading.DeploymentRef d : r.deployments) {
                if (d.at() < Math.min(hit.at(), speaker.from()) && laterClause(r.sentence, d.at(), Math.min(hit.at(), speaker.from()))) {
                    continue; // "X denied sending soldiers, and Y said ...": Y speaks of something else
                }
                if (r.negated.contains(d.ref())) { // "said Rwanda had no soldiers there": a denial
                    r.add("DENIED", speaker.key(), d.ref(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
                    deniers.add(speaker.key());
                    continue;
                }
                if (ReportWording.unaware(r.sentence, hit.end())) {
                    continue; // "said he had no information about ...": no report, though a denial may follow
                }
                r.add("REPORTED", speaker.key(), d.ref(), -1, Map.of(), ClaimStatus.ASSERTED, 0.75);
                reported |= d.from() == null || !d.from().equals(speakerCountry); // a sender's own word confirms it
            }
        }
        return reported;
    }

    /** Whether a new coordinated clause (", and", ", but", ";") starts between the two tokens. */
    private static boolean laterClause(Sentence s, int from, int to) {
        return Clauses.clauseBreak(s, from, to, Set.of("and", "but", "while"));
    }

    /** One condemnation per actor per sentence, of the first treaty, deployment or actor it targets. */
    private static void condemn(Reading r) {
        Set<String> done = new HashSet<>();
        MutualBlame.find(r, done);
        PassiveBlame.find(r, done);
        NominalBlame.find(r, done);
        DiplomaticProtests.find(r, done);
        QuotedVerdicts.find(r, done);
        Rebukes.find(r, done);
        Rejections.find(r, done);
        for (Triggers.Hit hit : r.triggers.of("CONDEMN")) {
            target(r, hit.at(), hit.end(), hit.end() + 10, done, NominalBlame.possessor(r, hit.at())); // "Baghdad's condemnation of"
        }
        for (Triggers.Hit hit : r.triggers.of("CALL")) {
            String next = r.sentence.lower(hit.end());
            if (next.equals("on") || next.equals("for")) {
                continue; // "calling on Moscow to stop" is an appeal
            }
            int noun = r.triggers.find("CONDEMN_NOUN", hit.end(), hit.end() + 12);
            if (noun >= 0 && DEMONSTRATIVES.contains(r.sentence.lower(noun - 1))) {
                int predicate = r.triggers.find("CONDEMN_NOUN", noun + 1, hit.end() + 12);
                noun = predicate >= 0 ? predicate : noun; // "called the violation unacceptable": the object is no verdict
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
        for (Triggers.Hit hit : r.triggers.of("REPORT")) { // "the ministry said the deployment was a threat"
            int that = r.sentence.indexOf("that", hit.end(), Math.min(r.sentence.size(), hit.end() + 8));
            // "told a news conference in Doha that the attack was unacceptable": the verdict's clause
            int clause = that >= 0 && r.triggers.is(that + 2, "ATTACK") ? that + 1 : hit.end();
            int noun = r.triggers.find("CONDEMN_NOUN", clause, clause + 10);
            if (noun >= 0 && r.triggers.find("NEG", hit.end(), noun) < 0 && r.triggers.find("MODAL", hit.end(), noun) < 0
                    && r.triggers.find("CLAIM_NOUN", hit.end(), noun) < 0 && !HYPOTHETICAL.contains(r.sentence.lower(noun - 1))) {
                target(r, hit.at(), clause, noun, done);
            }
        }
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
        int to = from;
        while (to < limit && !TargetWording.clauseEnds(r.sentence, to)) {
            to++;
        }
        if (to == limit && limit < r.sentence.size() && !TargetWording.clauseEnds(r.sentence, limit)) {
            to = limit; // the condemning noun itself ends the span
        }
        Mention coordinated = BlameFallbacks.speakerOfCoordinatedVerb(r, trigger);
        Mention found = coordinated != null ? coordinated : Clauses.subjectBefore(r.mentions, trigger);
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
                x -> x.kind() == Mention.Kind.TREATY && !TargetWording.brokenNorm(r.sentence, x) || (x.isActor() && !x.key().equals(subject.key()) && !TargetWording.placeOf(r.sentence, x))
                        || TargetWording.perpetrator(r.sentence, x) && !x.key().equals(own));
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
        List<Mention> others = found != null && coordinated == null ? Clauses.subjectsBefore(r.mentions, trigger)
                : found == null && spoken != null ? Clauses.subjectsBefore(r.mentions, spoken.to()) : List.of();
        for (Mention also : others) {
            if (!done.contains(also.key()) && !also.key().equals(object)) {
                done.add(also.key());
                r.add("CONDEMNED", also.key(), object, -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
            }
        }
    }
}
