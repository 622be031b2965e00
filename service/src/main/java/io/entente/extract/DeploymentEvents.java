package io.entente.extract;

import io.entente.extract.quantity.TroopCount;
import io.entente.extract.quantity.TroopCounts;

import java.util.List;
import java.util.Set;

/**
 * Troop deployments: "X deployed/sent N troops to Y", "X's troop deployment to Y", "[X] troops
 * have arrived in PLACE", "the deployment" (the one already known). Sentences about withdrawal
 * are not deployments. Each finding becomes a {@link DeploymentEvent} and a reference in the
 * sentence for claims and denials to point at.
 */
final class DeploymentEvents {

    /** Verbs of keeping a presence: "denied having any military presence in X". */
    private static final Set<String> HOLDING = Set.of("having", "has", "have", "had", "maintains", "maintain");

    private DeploymentEvents() {
    }

    static void find(Reading r, String text) {
        List<Triggers.Hit> leftBehind = new java.util.ArrayList<>();
        List<int[]> departures = new java.util.ArrayList<>(); // {verb, start of its destination}
        MissionContributors.notice(r);
        for (Triggers.Hit w : r.triggers.of("WITHDRAW")) {
            if (laterClause(r, w.at()) || TroopWhereabouts.stillLeaving(r.sentence, w.at())) {
                continue; // "Kenya has 3,500 troops in Somalia as part of a mission, which is due to cut 3,000"
            }
            if (DeploymentWording.leavesBehind(r, w)) {
                leftBehind.add(w); // "leaving about 1,000 soldiers in Romania": those stay
                continue;
            }
            int destination = Departures.destination(r, w.at());
            if (destination >= 0) {
                departures.add(new int[] {w.at(), destination}); // "left Kigali on Friday for Darfur": bound somewhere
            } else if (!Clauses.modal(r.sentence, w.at()) && !DeploymentWording.demanded(r.sentence, w.at())) {
                return; // a withdrawal, not a deployment
            }
        }
        List<TroopCount> counts = TroopCounts.find(text, r.sentence.start(), r.sentence.end());
        for (Triggers.Hit hit : leftBehind) {
            verb(r, hit, counts);
        }
        for (int k = 0; k < r.sentence.size(); k++) { // "flew out of Kigali to join ...": no withdrawal word
            if (Departures.SET_OUT.contains(r.sentence.lower(k)) && !r.triggers.is(k, "WITHDRAW")) {
                departures.add(new int[] {k, Departures.destination(r, k)});
            }
        }
        for (int[] departure : departures) {
            if (departure[1] >= 0) {
                Departures.record(r, departure[0], departure[1], counts);
            }
        }
        for (Triggers.Hit hit : r.triggers.of("DEPLOY")) {
            if (DeploymentWording.stopped(r.sentence, hit.at())) {
                continue;
            }
            if (!Clauses.modal(r.sentence, hit.at())) {
                verb(r, hit, counts);
            } else if (DeploymentWording.negated(r.triggers, r.sentence, hit.at())) {
                r.denying = true; // "insisted it had not sent troops": a denial of that deployment
                verb(r, hit, counts);
                r.denying = false;
            } else if (PlannedClaims.claimed(r, hit.at())) {
                r.planned = true; // "dismissed a report that U.S. troops would be deployed": the claim's troops
                verb(r, hit, counts);
                r.planned = false;
            }
        }
        for (Triggers.Hit hit : r.triggers.of("DEPLOY_NOUN")) {
            noun(r, hit, counts);
        }
        for (Triggers.Hit hit : r.triggers.of("TROOP")) {
            Arrivals.arrival(r, hit, counts);
        }
        Contingents.find(r, counts);
        Bases.find(r);
        ForceMembers.find(r, counts);
        ForceMembers.drawnFrom(r);
        ForceMembers.followedWith(r);
        ForceMembers.leadNation(r);
        Arrivals.counted(r, counts);
        MissionHosts.find(r);
        Footprints.listed(r, counts);
        Footprints.ledBy(r);
        MissionContributors.find(r, counts);
    }

    /**
     * The troops before the verb: passive ("some 300 commandos had been sent to Iraq") or an
     * executed order ("ordered Russia's armed forces to deploy into eastern Ukraine").
     */
    private static void troopsBefore(Reading r, Triggers.Hit hit, List<TroopCount> counts) {
        Sentence s = r.sentence;
        String aux = s.lower(hit.at() - 1);
        if (!(Set.of("been", "be", "was", "were", "are", "is").contains(aux) || aux.equals("to") && !Clauses.modal(s, hit.at() - 1))) {
            return;
        }
        int troop = -1;
        for (int k = hit.at() - 2; k >= 0 && k >= hit.at() - 7; k--) {
            if (r.triggers.is(k, "TROOP")) {
                troop = k;
                break;
            }
            if (s.lower(k).equals(",") || s.lower(k).equals("that")) {
                break;
            }
        }
        if (troop < 0) {
            return;
        }
        DeploymentTargets.Target to = DeploymentTargets.target(r, hit.end());
        String from = TroopOwners.modifierCountry(r, troop);
        if (from == null && to.country() != null) { // "Uganda's army chief said special forces had been sent to Juba"
            Mention head = firstActor(r);
            String c = head == null ? null : Clauses.countryOf(head, r.model);
            from = c != null && !c.equals(to.country()) && head.from() < troop ? c : null;
        }
        if (from != null) { // without a destination it joins the story's force, if there is one
            record(r, hit.at(), from, to, troop, counts, 0.75);
        }
    }

    /** Whether the troop nouns from {@code troop} on name only equipment ("jets and soldiers" names people too). */
    private static boolean equipmentOnly(Reading r, int troop) {
        for (int k = troop; k < r.sentence.size() && k < troop + 8; k++) {
            if (r.triggers.is(k, "TROOP") && !r.triggers.is(k, "AID_NOUN")) {
                return false;
            }
        }
        return r.triggers.is(troop, "AID_NOUN");
    }

    private static void verb(Reading r, Triggers.Hit hit, List<TroopCount> counts) {
        int troop = r.triggers.find("TROOP", hit.end(), hit.end() + 8);
        if (troop < 0) {
            troopsBefore(r, hit, counts);
            return;
        }
        if (r.triggers.is(hit.at(), "AID_VERB") && equipmentOnly(r, troop)) {
            return; // "sent air defence systems to Ukraine": equipment handed over is aid, not a deployment
        }
        DeploymentTargets.Target to = DeploymentTargets.target(r, troop + 1);
        String from = TroopOwners.modifierCountry(r, troop);
        List<Mention> senders = SubjectLists.subjectsBefore(r.mentions, hit.at());
        if (from == null && (DeploymentWording.ownTroops(r.sentence, troop) || !senders.isEmpty()) && senders.size() <= 1) {
            from = Clauses.actorCountry(r.mentions, r.model, hit.at());
        }
        if (from == null && r.sentence.lower(hit.at()).endsWith("ing") && r.sentence.lower(hit.at() - 1).equals(",")) {
            Mention head = firstActor(r); // "The US will cut its forces, leaving 1,000 soldiers in Romania"
            from = head == null ? null : Clauses.countryOf(head, r.model);
        }
        if (from != null) {
            record(r, hit.at(), from, to, troop, counts, 0.8);
            MissionContributors.gapped(r, troop + 1, to); // "Guatemala has sent 150 soldiers, Jamaica 24 and El Salvador 8"
            Arrivals.alsoSent(r, hit.at(), to, troop);
            int more = CoordinatedPosts.next(r, troop + 1); // "about 28,500 troops in South Korea and roughly 54,000 in Japan"
            if (more >= 0) {
                record(r, hit.at(), from, new DeploymentTargets.Target(r.mentions.at(more).key(), null), more - 1,
                        CoordinatedPosts.countsFor(r, more, counts), 0.7);
            }
            return;
        }
        if (senders.size() <= 1) {
            String actor = Clauses.actorCountry(r.mentions, r.model, hit.at());
            if (actor == null) { // "The White House said that it had sent 60 troops to Liberia"
                Mention speaker = Clauses.pronounSpeaker(r.mentions, hit.at());
                actor = speaker == null ? null : Clauses.countryOf(speaker, r.model);
            }
            record(r, hit.at(), actor, to, troop, counts, 0.8);
            return;
        }
        for (Mention m : senders) {
            record(r, hit.at(), Clauses.countryOf(m, r.model), to, troop, counts, 0.8);
        }
    }

    /** "Pyongyang's troop deployment to Russia", "the deployment of North Korean troops". */
    private static void noun(Reading r, Triggers.Hit hit, List<TroopCount> counts) {
        int any = r.sentence.indexOf("any", Math.max(0, hit.at() - 3), hit.at());
        if (any >= 0 && r.triggers.find("MODAL", 0, any) >= 0) {
            return; // "would insist on being consulted about any new American presence": none yet
        }
        String from = DeploymentTargets.ownerCountry(r, hit.at());
        int end = hit.end();
        if (from == null && r.sentence.lower(end).equals("of")) {
            int troop = r.triggers.find("TROOP", end + 1, end + 5);
            if (troop >= 0) {
                from = TroopOwners.modifierCountry(r, troop);
                end = troop + 1;
            }
        }
        if (r.sentence.lower(hit.at()).equals("presence") && from == null) {
            if (!HOLDING.contains(r.sentence.lower(hit.at() - 3)) && !HOLDING.contains(r.sentence.lower(hit.at() - 2))) {
                return;
            }
            from = Clauses.actorCountry(r.mentions, r.model, hit.at()); // "China denied having any military presence in Cambodia"
            if (from == null) {
                return;
            }
        }
        if (from == null && Set.of("deployment", "dispatch").contains(r.sentence.lower(hit.at()))
                && Set.of("ordered", "announced", "confirmed", "approved", "authorised", "authorized")
                .contains(r.sentence.lower(hit.at() - 2))) {
            from = Clauses.actorCountry(r.mentions, r.model, hit.at() - 2); // "the Kremlin confirmed the deployment of troops to X"
        }
        DeploymentTargets.Target to = DeploymentTargets.target(r, end);
        if (from == null && to.country() == null) { // "the deployment": whichever one the article is about
            r.deployments.add(new Reading.DeploymentRef(hit.at(), Draft.deployment(null, null), null, null));
            return;
        }
        record(r, hit.at(), from, to, -1, counts, 0.7);
    }

    /** Whether a withdrawal word sits in a clause of its own after troops the sentence already placed. */
    private static boolean laterClause(Reading r, int withdraw) {
        int troop = r.triggers.find("TROOP", 0, withdraw);
        if (troop < 0) {
            return false;
        }
        return Clauses.clauseBreak(r.sentence, troop + 1, withdraw, Set.of("which", "who", "while", "but", "although", "whereas",
                "before", "after", "weeks", "days", "months", "shortly", "just")); // "arrived in April, weeks before U.S. forces left"
    }

    static Mention firstActor(Reading r) {
        return Clauses.firstActor(r.mentions, Integer.MAX_VALUE);
    }

    /** Whether a deployment is the denier's own troops or on its soil (true when either is unknown). */
    static boolean concerns(Reading r, Mention denier, String deployment) {
        String own = Clauses.countryOf(denier, r.model);
        if (own == null) {
            return true;
        }
        for (DeploymentEvent e : r.model.deployments) {
            if (Draft.deployment(e.from(), e.to()).equals(deployment)) {
                return e.from() == null || e.to() == null || own.equals(e.from()) || own.equals(e.to());
            }
        }
        return true;
    }

    private static final Set<String> OWNERS = Set.of("its", "their");
    private static final Set<String> HOME_GROUND = Set.of("side", "soil", "territory", "border", "borders", "frontier", "land", "country");

    /** "along its own side of the border", "on their own soil" shortly after the troops: no foreign deployment. */
    private static boolean atHome(Sentence s, int from) {
        for (int k = from + 1; k < s.size() - 1 && k <= from + 8; k++) {
            if (OWNERS.contains(s.lower(k)) && s.lower(k + 1).equals("own") && HOME_GROUND.contains(s.lower(k + 2))) {
                return true;
            }
        }
        return false;
    }

    static void record(Reading r, int at, String from, DeploymentTargets.Target given, int troopToken, List<TroopCount> counts, double confidence) {
        DeploymentTargets.Target to = given.country() == null && given.location() != null && from != null ? IndirectHosts.hostOf(r, given.location(), from) : given;
        String scene = to.country() == null && to.location() == null ? IndirectHosts.frontedScene(r) : null;
        to = scene != null && !scene.equals(from) ? new DeploymentTargets.Target(scene, null) : to; // "In Niger, ... arrived"
        if (from != null && from.equals(to.country()) || to.country() == null && atHome(r.sentence, Math.max(at, troopToken))) {
            return; // "keeps 10,000 soldiers along its own side of the border": at home
        }
        Integer troops = null;
        int anchor = troopToken >= 0 ? r.sentence.token(troopToken).start() : r.sentence.token(at).start();
        int best = Integer.MAX_VALUE;
        for (TroopCount c : counts) {
            int d = Math.abs(c.end() - anchor);
            if (c.count() != null && d < best && d < 60) {
                best = d;
                troops = c.count();
            }
        }
        String location = to.location() == null ? null : r.model.node(to.location()).name;
        if (from == null || to.country() == null) { // half-known: joins a complete statement at assembly,
            // unless it went somewhere unnamed ("to coastal states"), below the 0.5 that joining needs
            confidence = to.country() == null && TroopWhereabouts.placedElsewhere(r, Math.max(at, troopToken)) ? 0.45 : 0.5;
        }
        ClaimStatus status = r.denying ? ClaimStatus.DENIED
                : Set.of("reported", "alleged", "suspected", "purported").contains(r.sentence.lower(at - 1))
                || Set.of("reported", "alleged", "suspected", "purported").contains(r.sentence.lower(at - 2))
                ? ClaimStatus.REPORTED : ClaimStatus.ASSERTED;
        r.deployments.add(new Reading.DeploymentRef(at, Draft.deployment(from, to.country()), from, to.country()));
        if (r.denying) {
            r.negated.add(Draft.deployment(from, to.country()));
        }
        r.model.lastEvent = Draft.deployment(from, to.country());
        r.model.lastDeployment = r.model.lastEvent;
        r.model.deployments.add(new DeploymentEvent(from, to.country(), troops, location, r.dateNear(at),
                status, r.sentence, confidence, r.planned));
    }
}
