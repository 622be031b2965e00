package io.entente.extract;

import io.entente.extract.quantity.TroopCount;
import java.util.List;
import java.util.Set;

/**
 * Troops present or arriving somewhere, named by the troop noun rather than a verb of sending:
 * "the first batch of North Korean troops have arrived in Kursk", "Rwanda has several
 * battalions in the country", "Germany, Spain and Italy also have soldiers in Iraq".
 */
final class Arrivals {

    private Arrivals() {
    }

    /** "An estimated 1,500 Russians are currently in the country": a counted people abroad are its troops there. */
    static void counted(Reading r, List<TroopCount> counts) {
        Sentence s = r.sentence;
        for (Mention m : r.mentions.all()) {
            if (m.kind() != Mention.Kind.COUNTRY || m.use() != Mention.Use.MODIFIER || m.to() - m.from() != 1 || m.from() == 0
                    || !s.token(m.from()).text().endsWith("s") || !Character.isDigit(s.token(m.from() - 1).text().charAt(0))) {
                continue;
            }
            int arrive = r.triggers.find("ARRIVE", m.to(), m.to() + 3);
            if (arrive < 0 || Clauses.modal(s, arrive) || DeploymentWording.negated(r.triggers, s, m.from())) {
                continue;
            }
            PhraseTrie.Match<String> t = Lexicon.get().trigger(s.tokens(), arrive);
            if (t.length() < 2) {
                continue; // "20,000 Ukrainians live in Portugal": a bare "in" says nothing of troops
            }
            DeploymentTargets.Target to = DeploymentTargets.target(r, arrive + t.length() - 1);
            if (m.key().equals(to.country()) && DeploymentWording.theCountryAfter(s, m.to())) {
                to = new DeploymentTargets.Target(DeploymentWording.datelineHost(r.model, m.key()), null);
            }
            if (to.country() != null && !to.country().equals(m.key())) {
                TroopCount figure = DeploymentWording.figure(s.token(m.from() - 1));
                DeploymentEvents.record(r, arrive, m.key(), to, m.from(), figure.count() == null ? counts : List.of(figure), 0.7);
            }
        }
    }

    /** "the first batch of North Korean troops have arrived in Kursk". */
    static void arrival(Reading r, Triggers.Hit hit, List<TroopCount> counts) {
        r.denying = DeploymentWording.negated(r.triggers, r.sentence, hit.at()); // "had no soldiers in the DRC"
        if (r.denying && r.sentence.lower(hit.end() - 1).equals("base")) {
            r.denying = false;
            return; // "no such thing as a Chinese military base": about a basing deal, not troops
        }
        try {
            arrive(r, hit, counts);
        } finally {
            r.denying = false;
            r.planned = false;
        }
    }

    private static void arrive(Reading r, Triggers.Hit hit, List<TroopCount> counts) {
        if (DeploymentWording.opposed(r.sentence, hit.at())) {
            return; // "fought against Ukrainian forces in Kursk": the other side's troops, not a deployment
        }
        for (int k = hit.at() - 1; k >= 0 && k >= hit.at() - 3; k--) {
            if (r.sentence.lower(k).equals("any") && r.triggers.find("MODAL", hit.end(), r.sentence.size()) >= 0
                    && r.triggers.find("DENY", 0, k) < 0) {
                return; // "any U.S. troops taking part in exercises would ...": hypothetical
            }
        }
        String from = TroopOwners.modifierCountry(r, hit.at());
        List<String> others = List.of();
        if (from == null && (DeploymentWording.ownTroops(r.sentence, hit.at()) // "Ethiopia has thousands of its own troops in Somalia"
                || DeploymentWording.possessed(r.sentence, hit.at()))) { // "the US, which had roughly 1,000 troops in Niger"
            from = Clauses.actorCountry(r.mentions, r.model, hit.at());
            others = SubjectLists.subjectsBefore(r.mentions, hit.at()).stream().skip(1) // "Germany, Spain and Italy also have soldiers in Iraq"
                    .map(m -> Clauses.countryOf(m, r.model)).filter(java.util.Objects::nonNull).toList();
            if (from == null && DeploymentWording.ownTroops(r.sentence, hit.at())) { // "Asmara denied that its forces remain"
                Mention head = DeploymentEvents.firstActor(r);
                from = head == null ? null : Clauses.countryOf(head, r.model);
            }
        }
        from = from != null ? from : TroopOwners.defenceSpeaker(r, hit.at()); // "The UK Ministry of Defence confirms that 200 soldiers"
        if (from == null && r.denying && r.sentence.lower(hit.at() - 1).equals("foreign") && r.triggers.of("DENY").isEmpty()) {
            DeploymentTargets.Target where = DeploymentTargets.target(r, hit.end()); // "There are no foreign troops in Guyana":
            if (where.country() != null) { // a denial of whichever deployment the story has there
                DeploymentEvents.record(r, hit.at(), null, where, hit.at(), List.of(), 0.5);
            }
            return;
        }
        if (from == null) {
            return;
        }
        DeploymentTargets.Target to = DeploymentTargets.host(r, hit.at());
        int at = hit.at();
        if (to == null) {
            int verbFrom = DeploymentWording.afterSenders(r, DeploymentWording.afterAside(r.sentence,
                    ArmyPhrases.afterArmyOf(r, hit.end()))); // "Units of Russia's Africa Corps ... operate in"
            int arrive = r.triggers.find("ARRIVE", verbFrom, verbFrom + 4);
            if (arrive < 0) {
                arrive = arrivalAfterPhrase(r, hit.end());
            }
            if (arrive < 0) {
                arrive = DeploymentWording.participleIn(r, verbFrom);
            }
            if (arrive < 0 && r.sentence.lower(hit.end()).equals("of")) { // "The Danish contingent of about 90 personnel, mostly commandos, arrived"
                int phraseEnd = hit.end() + 1;
                while (phraseEnd < r.sentence.size() && phraseEnd < hit.end() + 5 && !r.sentence.lower(phraseEnd).equals(",")) {
                    phraseEnd++;
                }
                int after = DeploymentWording.afterAside(r.sentence, phraseEnd);
                arrive = after > phraseEnd && r.triggers.is(after, "ARRIVE") ? after : -1;
            }
            if (arrive >= 0 && Clauses.modal(r.sentence, arrive) && PlannedClaims.claimed(r, arrive)) {
                r.planned = true; // "denied a report that 500 U.S. troops would be deployed to Armenia": the claim's troops
            }
            if (arrive < 0 || Clauses.modal(r.sentence, arrive) && !r.planned || r.triggers.find("DEPLOY", verbFrom, arrive) >= 0 || r.triggers.find("REPORT", verbFrom, arrive) >= 0
                    || r.sentence.indexOf("airspace", arrive, arrive + 5) > 0 // "jets entered Estonian airspace": an incursion, not a deployment
                    || wayFor(r, hit.at())) {
                return;
            }
            PhraseTrie.Match<String> m = Lexicon.get().trigger(r.sentence.tokens(), arrive);
            if (m.length() == 1 && r.sentence.lower(arrive).equals("at") && arrive != verbFrom) {
                return; // "forces launch at cities": a bare "at" names a post only right after the troops
            }
            to = DeploymentTargets.target(r, arrive + m.length() - 1);
            if (r.sentence.lower(arrive + m.length() - 1).equals("alongside")) { // "serve alongside the Germans"
                Mention ally = Clauses.after(r.mentions, arrive + m.length(), 2, x -> x.kind() == Mention.Kind.COUNTRY);
                to = ally != null || to.country() == null ? new DeploymentTargets.Target(ally == null ? null
                        : IndirectHosts.besideWhom(r, ally.key()), null) : to; // "fighting alongside M23 rebels in Congo": the place said
            }
            String here = IndirectHosts.theCountryHere(r, arrive + m.length() - 1, from);
            if (here != null) {
                to = new DeploymentTargets.Target(here, null); // "stationed in the country, many of them on Okinawa"
            }
            if (to.country() == null && to.location() == null) {
                to = DeploymentTargets.occupied(r, arrive + m.length()); // "still occupy 200 square kilometres of Armenian land"
            }
            at = arrive;
            boolean exercising = Set.of("part", "participating").contains(r.sentence.lower(arrive + m.length() - 2))
                    && DeploymentWording.exerciseAhead(r.sentence, arrive + m.length()); // "took part in the Balikatan exercises"
            if (to.country() == null && to.location() == null && (exercising
                    || Set.of("arrived", "landed").contains(r.sentence.lower(arrive)) && m.length() == 1)) {
                to = new DeploymentTargets.Target(DeploymentWording.datelineHost(r.model, from), null); // "BAMAKO - ... arrived last week"
            }
            if (to.country() == null && to.location() == null && r.sentence.lower(arrive + m.length()).equals("there")) {
                to = new DeploymentTargets.Target(DeploymentTargets.thereState(r, arrive + m.length(), from), null); // "troops are stationed there"
            }
            List<String> several = to.country() == null && to.location() == null
                    ? DeploymentWording.countedCountries(r, arrive + m.length() - 1, from) : List.of();
            for (String c : several) { // "instructors deployed in all three countries"
                DeploymentEvents.record(r, arrive, from, new DeploymentTargets.Target(c, null), hit.at(), List.of(), 0.65);
            }
            if (!several.isEmpty()) {
                return;
            }
        }
        String scene = to.country() == null && to.location() == null ? IndirectHosts.frontedScene(r) : null;
        if (scene != null && !scene.equals(from)) {
            to = new DeploymentTargets.Target(scene, null); // "In Niger, about 100 Russian instructors arrived in April"
        }
        if ((to.country() == null || from.equals(to.country()))
                && (DeploymentWording.theCountryAfter(r.sentence, hit.end()) || DeploymentWording.theCountryAfter(r.sentence, at))) {
            // "BANGUI - ... Rwanda has several battalions in the country": not its own
            String host = DeploymentWording.datelineHost(r.model, from);
            to = new DeploymentTargets.Target(host != null ? host : DeploymentWording.lastOther(r, from), to.location());
        }
        if (to.country() == null || to.country().equals(from)) { // "in Estonia, where about 900 British soldiers are based at Tapa"
            Mention where = WherePlaces.whereAntecedent(r, hit.at());
            String c = where == null ? null : Clauses.countryOf(where, r.model);
            if (c != null) {
                if (to.location() != null && r.model.node(to.location()).attr("country") == null) {
                    r.model.node(to.location()).attrs.put("country", c);
                }
                to = new DeploymentTargets.Target(c, to.location());
            }
        }
        if (to.country() == null && to.location() == null && at != hit.at()) {
            to = new DeploymentTargets.Target(destinationSoFar(r), null); // "Canada has 1,500 troops in X, and Denmark also has a contingent at Adazi"
        }
        if (to.country() != null && !to.country().equals(from) || to.country() == null && to.location() != null) {
            DeploymentEvents.record(r, at, from, to, hit.at(), others.isEmpty() ? counts : List.of(), 0.7); // a place of unknown state gets the sentence's other state
            alsoSent(r, at, to, hit.at());
            for (String other : others) {
                DeploymentEvents.record(r, at, other, to, hit.at(), List.of(), 0.7);
            }
            int more = CoordinatedPosts.next(r, hit.end()); // "2,500 soldiers are stationed in Iraq and another 900 in Syria"
            if (more >= 0 && !r.mentions.at(more).key().equals(to.country())) {
                boolean uncounted = CoordinatedPosts.CONTINGENTS.contains(r.sentence.lower(more - 2)); // "and a small team in Chad"
                DeploymentEvents.record(r, at, from, new DeploymentTargets.Target(r.mentions.at(more).key(), null), more - 1,
                        uncounted ? List.of() : CoordinatedPosts.countsFor(r, more, counts), 0.7);
            }
            for (int k = hit.end() + 1; r.sentence.lower(hit.end()).equals("from") && k < DeploymentWording.afterSenders(r, hit.end()); k++) {
                Mention other = r.mentions.at(k); // "troops from Nigeria and Ghana": each sends its own
                if (other != null && other.from() == k && other.kind() == Mention.Kind.COUNTRY && !other.key().equals(from)
                        && !other.key().equals(to.country())) {
                    DeploymentEvents.record(r, at, other.key(), to, hit.at(), java.util.List.of(), 0.65);
                }
            }
        }
    }

    /**
     * "soldiers for a new joint force have arrived in X": an arrival verb (not a bare "in") after a
     * prepositional phrase on the troops, with no clause break between.
     */
    private static int arrivalAfterPhrase(Reading r, int k) {
        Sentence s = r.sentence;
        if (!Set.of("for", "from", "of", "with", "under").contains(s.lower(k))) {
            return -1;
        }
        for (int j = k + 1; j < s.size() && j < k + 10; j++) {
            String w = s.lower(j);
            if (Set.of(",", ";", "that", "which", "who", "and", "but").contains(w) || r.triggers.is(j, "MODAL")) {
                return -1;
            }
            PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), j);
            if (m != null && m.values().contains("ARRIVE") && m.length() > 1 && !Set.of("in", "inside", "operating").contains(w)) {
                return j;
            }
        }
        return -1;
    }

    /** The receiving state of a deployment this sentence has already stated, or null. */
    static String destinationSoFar(Reading r) {
        for (int i = r.model.deployments.size() - 1; i >= 0; i--) {
            DeploymentEvent e = r.model.deployments.get(i);
            if (e.sentence() != r.sentence) {
                return null;
            }
            if (e.to() != null && e.status() != ClaimStatus.DENIED) {
                return e.to();
            }
        }
        return null;
    }

    /** "Spanish and Portuguese troops": each coordinated state sends its own, count unknown. */
    static void alsoSent(Reading r, int at, DeploymentTargets.Target to, int troop) {
        for (String other : DeploymentTargets.coordinatedModifiers(r, troop)) {
            if (!other.equals(to.country())) {
                DeploymentEvents.record(r, at, other, to, troop, List.of(), 0.65);
            }
        }
    }

    /** "clearing the way for American personnel to take part in missions in X": a presence made possible, not yet there. */
    private static boolean wayFor(Reading r, int troop) {
        for (int k = troop - 1; k >= 2 && k >= troop - 5; k--) {
            if (r.sentence.lower(k).equals("for") && r.sentence.lower(k - 1).equals("way") && r.sentence.lower(k - 2).equals("the")) {
                return true;
            }
        }
        return false;
    }
}
