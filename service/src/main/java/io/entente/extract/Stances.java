package io.entente.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What actors say about events: REPORTED (a speaker claims or confirms a deployment), DENIED
 * (a speaker denies or dismisses it), then CONDEMNED through {@link Condemnations}. Returns how
 * the sentence presents its deployments.
 */
final class Stances {

    private static final Set<String> NOUN_BEFORE = Set.of("the", "a", "an", "these", "those", "such", "media",
            "news", "intelligence", "earlier", "recent", "previous", "unconfirmed", "about");

    static final Set<String> CONFIRMING = Set.of("acknowledged", "acknowledges", "admitted", "admits", "confirmed",
            "confirms", "confirming");

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
            int verdict = r.triggers.find("DENY_NOUN", hit.end(), hit.end() + 10);
            // "considered the decision incorrect": a verdict on an act, not a denial of a claim
            if (verdict >= 0 && r.triggers.find("EVENT_ANAPHOR", hit.end(), verdict) < 0 && deny(r, hit, deniers)) {
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
        ReportedTroops.find(r, deniers);
        if (status == ClaimStatus.ASSERTED && reported) {
            status = ClaimStatus.REPORTED;
        } else if (status == ClaimStatus.ASSERTED && !r.negated.isEmpty()) {
            status = ClaimStatus.DENIED;
        }
        TreatyReports.find(r, deniers);
        Condemnations.find(r);
        return status;
    }

    /** Claims of wrongdoing: what they are about is no treaty the story told of. */
    private static final Set<String> ACCUSATIONS = Set.of("accusations", "accusation", "allegations", "allegation", "charges", "charge");

    private static boolean deny(Reading r, Triggers.Hit hit, Set<String> deniers) {
        if (Clauses.modal(r.sentence, hit.at())) {
            return false;
        }
        Mention subject = Clauses.subjectBefore(r.mentions, hit.at());
        Mention deniedTreaty = TreatyDenials.signingDenied(r, hit);
        if (subject == null && deniedTreaty != null) {
            subject = Pronouns.opening(r.mentions, r.model, hit.at()); // "He also denied that Niamey had signed ..."
        }
        if (subject == null) {
            return false;
        }
        boolean denied = false;
        boolean claimBefore = r.triggers.find("CLAIM_NOUN", Math.max(0, subject.from() - 2), subject.from()) >= 0
                || r.sentence.lower(subject.from() - 1).equals("which") && r.sentence.lower(subject.from() - 2).equals(","); // ", which Kigali denies"
        Mention claimant = claimant(r, hit);
        for (Reading.DeploymentRef d : r.deployments) {
            if (d.at() > hit.at() || claimBefore) { // "..., a claim Asmara rejected": the claim is the sentence's deployment
                r.add("DENIED", subject.key(), d.ref(), -1, Map.of(), ClaimStatus.ASSERTED, 0.75);
                denied = true;
                if (claimant != null && d.at() > hit.at() && !claimant.key().equals(subject.key())) {
                    r.add("REPORTED", claimant.key(), d.ref(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
                }
            }
        }
        int claim = r.triggers.find("CLAIM_NOUN", hit.end(), hit.end() + 5); // "rejected a U.S. newspaper report"
        boolean aboutClaims = claim >= 0 || r.triggers.find("DENY_NOUN", hit.end(), hit.end() + 4) >= 0;
        boolean ofWrongdoing = claim >= 0 && ACCUSATIONS.contains(r.sentence.lower(claim)); // "rejected accusations of mistreatment"
        if (!denied && aboutClaims) {
            Mention treaty = Clauses.after(r.mentions, hit.end(), 10, m -> m.kind() == Mention.Kind.TREATY);
            Node last = r.model.lastEvent == null ? null : r.model.node(r.model.lastEvent);
            boolean military = r.triggers.find("TROOP", hit.end(), Math.min(r.sentence.size(), hit.end() + 25)) >= 0;
            boolean treatyEvent = last != null && last.type.equals("Treaty") && last.attrs.get("status") != null
                    && !military && !ofWrongdoing; // "denies reports that X plans a military base": a deployment, not the story's treaty
            String object = treaty != null ? treaty.key() // "rejected the claims": the last event, a treaty only if something happened to it
                    : treatyEvent || r.model.lastEvent != null && last == null ? r.model.lastEvent
                    : r.model.lastDeployment != null ? r.model.lastDeployment : Draft.deployment(null, null);
            String forces = treaty == null ? ClaimedForces.of(r, claim >= 0 ? claim : hit.end()) : null;
            if (forces != null && object != null && !object.startsWith(Draft.DEPLOYMENT + forces + ":")) {
                object = Draft.deployment(forces, null); // "claims that the Serbian army was put on alert": Serbia's troops, not the story's other ones
            }
            if (treaty == null && object != null && object.equals(r.model.lastDeployment) && !DeploymentEvents.concerns(r, subject, object)) {
                object = null; // "Benin dismissed the accusation" after Russia's troops in Niger: not its troops, not its soil
            }
            if (object != null) {
                for (Mention denier : coDeniers(r, hit, subject)) { // "Turkey and Azerbaijan rejected the claim"
                    r.add("DENIED", denier.key(), object, -1, Map.of(), ClaimStatus.ASSERTED, 0.6);
                }
                denied = true;
            }
        }
        if (!denied && deniedTreaty != null) { // "denied that Niamey had signed a secret agreement to sell uranium to Tehran"
            r.add("DENIED", subject.key(), deniedTreaty.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
            denied = true;
        }
        if (denied) {
            deniers.add(subject.key());
        }
        return denied && !claimBefore; // "X said ..., a claim Y rejected": still claimed, not only denied
    }

    /** The denier and those coordinated with it before the verb; only the denier when it was found another way. */
    private static List<Mention> coDeniers(Reading r, Triggers.Hit hit, Mention subject) {
        List<Mention> all = SubjectLists.subjectsBefore(r.mentions, hit.at());
        return all.contains(subject) ? all : List.of(subject);
    }

    /** "rejected a claim by Russia's intelligence chief that ...": whoever made the claim the denial answers. */
    private static Mention claimant(Reading r, Triggers.Hit hit) {
        int claim = r.triggers.find("CLAIM_NOUN", hit.end(), hit.end() + 4);
        if (claim < 0 || !r.sentence.lower(claim + 1).equals("by")) {
            return null;
        }
        Mention named = Clauses.after(r.mentions, claim + 2, 5, m -> m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.PERSON);
        return named != null ? named // "a report by the Chinese state-run Global Times": the outlet, not its state
                : Clauses.after(r.mentions, claim + 2, 2, m -> m.isActor() || m.kind() == Mention.Kind.COUNTRY);
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
            if (ReportWording.passive(r.sentence, hit.at(), hit.end())
                    || r.sentence.indexOf("according", Math.max(0, hit.at() - 6), hit.at()) >= 0) {
                continue; // "according to figures the mission released": whoever released them, not the last state named
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
            if (speaker == null) {
                speaker = ReportWording.reportBy(r, hit.at()); // "a report by UN experts last year estimated that"
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
                if (d.at() > hit.end() && r.triggers.find("DENY", hit.end(), d.at()) >= 0
                        && r.triggers.find("CLAIM_NOUN", hit.end(), d.at()) >= 0) {
                    continue; // "told parliament that ..., and dismissed claims that Chinese troops would be stationed"
                }
                if (r.negated.contains(d.ref())) { // "said Rwanda had no soldiers there": a denial
                    r.add("DENIED", speaker.key(), d.ref(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
                    deniers.add(speaker.key());
                    continue;
                }
                if (ReportWording.unaware(r.sentence, hit.end()) || judged(r, d)) {
                    continue; // "said he had no information about ...": no report, though a denial may follow
                }
                if (!speaker.key().equals(d.from()) || CONFIRMING.contains(r.sentence.lower(hit.at()))) { // "the US said it had sent": no claim; "Burundi acknowledged" confirms one
                    r.add("REPORTED", speaker.key(), d.ref(), -1, Map.of(), ClaimStatus.ASSERTED, 0.75);
                }
                reported |= d.from() == null || !d.from().equals(speakerCountry); // a sender's own word confirms it
            }
        }
        return reported;
    }

    private static final Set<String> NOMINALS = Set.of("deployment", "presence", "dispatch", "stationing");

    /** "calling the deployment a clear violation", "said the deployment must end": a verdict on it, no report of it. */
    private static boolean judged(Reading r, Reading.DeploymentRef d) {
        return NOMINALS.contains(r.sentence.lower(d.at())) && (r.triggers.find("CONDEMN_NOUN", 0, r.sentence.size()) >= 0
                || r.triggers.find("CONDEMN", 0, r.sentence.size()) >= 0 || r.triggers.find("MODAL", d.at(), r.sentence.size()) >= 0
                || r.sentence.indexOf("must", d.at(), r.sentence.size()) >= 0);
    }

    /** Whether a new coordinated clause (", and", ", but", ";") starts between the two tokens. */
    private static boolean laterClause(Sentence s, int from, int to) {
        return Clauses.clauseBreak(s, from, to, Set.of("and", "but", "while"));
    }
}
