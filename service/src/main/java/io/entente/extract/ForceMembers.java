package io.entente.extract;

import io.entente.extract.quantity.TroopCount;
import java.util.List;
import java.util.Set;

/**
 * The states a multinational force is made of: "a battlegroup that includes soldiers from the
 * Netherlands and Norway", "a mission comprising troops from Kenya and Burundi". Each sends its
 * own troops to where the force is; with no place named they join the story's force.
 */
final class ForceMembers {

    private static final Set<String> MADE_OF = Set.of("includes", "include", "included", "including", "comprising",
            "comprises", "comprised", "of");

    private ForceMembers() {
    }

    static void find(Reading r, List<TroopCount> counts) {
        Sentence s = r.sentence;
        for (Triggers.Hit hit : r.triggers.of("TROOP")) {
            if (!s.lower(hit.end()).equals("from") || !madeOf(s, hit.at()) || DeploymentWording.negated(r.triggers, s, hit.at())) {
                continue;
            }
            List<String> senders = new java.util.ArrayList<>();
            int end = hit.end() + 1;
            while (end < s.size()) { // "from the Netherlands, Norway and Belgium"
                end += s.lower(end).equals("the") ? 1 : 0;
                Mention m = r.mentions.at(end);
                if (m == null || m.kind() != Mention.Kind.COUNTRY) {
                    break;
                }
                senders.add(m.key());
                end = m.to();
                if (!Set.of(",", "and").contains(s.lower(end))) {
                    break;
                }
                end++;
            }
            DeploymentTargets.Target to = DeploymentTargets.target(r, end);
            if (to.country() == null && to.location() == null) {
                to = new DeploymentTargets.Target(Arrivals.destinationSoFar(r), null);
            }
            if (to.country() != null && senders.contains(to.country())) { // "..., has been in the country": not the last sender named
                String home = r.model.datelineOrHome();
                to = new DeploymentTargets.Target(home != null && !senders.contains(home) ? home : null, null);
            }
            for (String sender : senders) {
                if (!sender.equals(to.country())) {
                    DeploymentEvents.record(r, hit.at(), sender, to, hit.at(), List.of(), 0.65);
                }
            }
        }
    }

    /**
     * "Australia sent soldiers to Honiara, and PNG, Fiji and New Zealand followed with contingents of their own":
     * the states that followed send theirs where the sentence's first deployment went.
     */
    static void followedWith(Reading r) {
        Sentence s = r.sentence;
        for (int k = 1; k + 1 < s.size(); k++) {
            boolean followed = s.lower(k).equals("followed") && (s.lower(k + 1).equals("suit")
                    || s.lower(k + 1).equals("with") && r.triggers.find("TROOP", k + 2, k + 4) >= 0);
            if (!followed || r.deployments.isEmpty()) {
                continue;
            }
            String to = r.model.deployments.isEmpty() ? null : r.model.deployments.getLast().to();
            if (to == null || r.model.deployments.getLast().sentence() != s) {
                return;
            }
            for (Mention m : SubjectLists.subjectsBefore(r.mentions, k)) {
                String from = Clauses.countryOf(m, r.model);
                if (from != null && !from.equals(to) && m.from() > r.deployments.getFirst().at()) {
                    DeploymentEvents.record(r, k, from, new DeploymentTargets.Target(to, null), k, List.of(), 0.65);
                }
            }
            return;
        }
    }

    /** "about 1,100 troops in the zone, drawn from countries including Nepal, India and Uruguay". */
    static void drawnFrom(Reading r) {
        Sentence s = r.sentence;
        for (int k = 1; k + 2 < s.size(); k++) {
            if (!(Set.of("drawn", "coming", "come", "came").contains(s.lower(k)) && s.lower(k + 1).equals("from"))
                    || r.triggers.find("TROOP", 0, k) < 0) {
                continue;
            }
            int j = k + 2;
            if (Set.of("countries", "nations", "states").contains(s.lower(j))) {
                j += Set.of("including", "like").contains(s.lower(j + 1)) ? 2 : s.lower(j + 1).equals("such") ? 3 : 1;
            }
            String to = Arrivals.destinationSoFar(r);
            if (to == null) { // "the force has about 1,100 troops in Syria, drawn from ...": where those troops are
                to = DeploymentTargets.target(r, r.triggers.find("TROOP", 0, k) + 1).country();
            }
            for (int i = r.model.deployments.size() - 1; to == null && i >= 0; i--) {
                to = r.model.deployments.get(i).to(); // "troops in the zone, drawn from": the zone the story is about
            }
            if (to == null && s.lower(k - 1).equals(",")) {
                to = r.model.datelineOrHome();
            }
            for (; j < s.size(); j++) {
                Mention m = r.mentions.at(j);
                if (m != null && m.kind() == Mention.Kind.COUNTRY && m.from() == j) {
                    if (to != null && !m.key().equals(to)) {
                        DeploymentEvents.record(r, k, m.key(), new DeploymentTargets.Target(to, null), k, List.of(), 0.65);
                    }
                    j = m.to() - 1;
                } else if (!Set.of(",", "and", "the").contains(s.lower(j))) {
                    break;
                }
            }
        }
    }

    private static final Set<String> LEADS = Set.of("leads", "led", "commands", "heads");
    private static final Set<String> FORCES = Set.of("battlegroup", "battle group", "brigade", "force", "contingent",
            "battalion", "task force");

    /** "Germany leads a multinational battlegroup at Rukla": the lead nation has troops where the force is. */
    static void leadNation(Reading r) {
        Sentence s = r.sentence;
        for (int k = 1; k + 2 < s.size(); k++) {
            if (!LEADS.contains(s.lower(k)) || Clauses.modal(s, k)) {
                continue;
            }
            int noun = k + 1;
            while (noun < s.size() && noun < k + 5 && !FORCES.contains(s.lower(noun))) {
                noun++;
            }
            Mention leader = Clauses.subjectBefore(r.mentions, k);
            String from = leader == null ? null : Clauses.countryOf(leader, r.model);
            if (noun >= s.size() || !FORCES.contains(s.lower(noun)) || from == null || r.triggers.find("WITHDRAW", 0, s.size()) >= 0) {
                continue;
            }
            DeploymentTargets.Target to = DeploymentTargets.target(r, noun + 1);
            if (to.country() == null && to.location() == null) {
                String home = DeploymentWording.datelineHost(r.model, from);
                to = new DeploymentTargets.Target(home, null);
            }
            if (to.country() != null || to.location() != null) {
                DeploymentEvents.record(r, k, from, to, noun, List.of(), 0.65);
            }
        }
    }

    /** "includes soldiers", "including about 300 troops", "a contingent of soldiers". */
    private static boolean madeOf(Sentence s, int troop) {
        for (int k = troop - 1; k >= 0 && k >= troop - 4; k--) {
            String w = s.lower(k);
            if (MADE_OF.contains(w)) {
                return !w.equals("of") || k == troop - 1;
            }
            if (w.equals("with") && s.lower(k - 1).equals(",") && k == troop - 1) {
                return true; // "a force from the bloc, with troops from South Africa and Malawi, began deploying"
            }
            if (!s.token(k).isWord() && !Character.isDigit(s.token(k).text().charAt(0)) || Set.of("and", "but", "that").contains(w)) {
                return false;
            }
        }
        return false;
    }
}
