package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * A speaker who tells of the story's troops without a deployment verb of its own: "Gerasimov told
 * Putin ... and singled out North Korean servicemen for praise", "the Joint Chiefs of Staff said
 * some 4,700 North Korean soldiers had been killed". The troops' state names the deployment the
 * story already told; the speaker reports it.
 */
final class ReportedTroops {

    /** Verbs of saying that introduce what the speaker tells, not what others asked or wanted. */
    private static final Set<String> TELLING = Set.of("said", "says", "told", "reported", "reports", "confirmed",
            "confirms", "acknowledged", "acknowledges", "admitted", "announced", "stated", "added", "wrote");

    private static final Set<String> NONE = Set.of("no", "not", "never", "without", "nor", "neither", "any");

    /** Words after the troops noun that make it the reported clause's subject: "soldiers had been killed". */
    private static final Set<String> SUBJECT_OF = Set.of("had", "have", "has", "were", "was", "are", "is", "remain",
            "remained", "remains", "arrived", "took", "fought", "died", "helped", "began");

    private ReportedTroops() {
    }

    static void find(Reading r, Set<String> deniers) {
        if (!r.deployments.isEmpty() || r.model.deployments.isEmpty() || r.denying) {
            return;
        }
        for (Triggers.Hit hit : r.triggers.of("REPORT")) {
            if (!TELLING.contains(r.sentence.lower(hit.at())) || Clauses.modal(r.sentence, hit.at())) {
                continue;
            }
            Mention speaker = Clauses.subjectBefore(r.mentions, hit.at());
            if (speaker == null || deniers.contains(speaker.key())) {
                continue;
            }
            int troop = r.triggers.find("TROOP", hit.end(), Math.min(r.sentence.size(), hit.end() + 20));
            if (troop < 0 || r.triggers.find("NEG", hit.end(), troop) >= 0 || r.triggers.find("MODAL", hit.end(), troop) >= 0
                    || r.sentence.indexOfAny(NONE, hit.end(), troop) >= 0 // "said no Indian military personnel would remain"
                    || verdict(r, hit.end(), troop) || !SUBJECT_OF.contains(r.sentence.lower(r.triggers.end(troop)))) {
                continue;
            }
            String sender = TroopOwners.modifierCountry(r, troop);
            String deployment = sender == null ? null : storyDeployment(r.model, sender);
            String own = Clauses.countryOf(speaker, r.model);
            if (deployment != null && (!sender.equals(own) || Stances.CONFIRMING.contains(r.sentence.lower(hit.at())))) {
                r.add("REPORTED", speaker.key(), deployment, -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
            }
        }
    }

    /** "said the German troops were a provocation", "blames Burundian troops for shelling": a verdict on them, no report. */
    private static boolean verdict(Reading r, int from, int troop) {
        if (r.triggers.find("CONDEMN_NOUN", 0, r.sentence.size()) >= 0 || r.triggers.find("CONDEMN", 0, r.sentence.size()) >= 0) {
            return true;
        }
        for (int k = from; k < troop; k++) {
            if (r.sentence.lower(k).startsWith("blam") || r.sentence.lower(k).startsWith("accus")) {
                return true;
            }
        }
        return false;
    }

    /** The latest deployment the story told of {@code sender}'s troops into a known state, else null. */
    private static String storyDeployment(ArticleModel model, String sender) {
        for (int i = model.deployments.size() - 1; i >= 0; i--) {
            DeploymentEvent e = model.deployments.get(i);
            if (sender.equals(e.from()) && e.to() != null && !e.planned() && e.status() != ClaimStatus.DENIED) {
                return Draft.deployment(e.from(), e.to());
            }
        }
        return null;
    }
}
