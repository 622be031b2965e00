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
                String home = r.model.dateline != null ? r.model.dateline : r.model.homeCountry();
                to = new DeploymentTargets.Target(home != null && !senders.contains(home) ? home : null, null);
            }
            for (String sender : senders) {
                if (!sender.equals(to.country())) {
                    DeploymentEvents.record(r, hit.at(), sender, to, hit.at(), List.of(), 0.65);
                }
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
            if (!s.token(k).isWord() && !Character.isDigit(s.token(k).text().charAt(0)) || Set.of("and", "but", "that").contains(w)) {
                return false;
            }
        }
        return false;
    }
}
