package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * Aid as capacity: "Turkey had pledged to build, train and equip Somali naval forces",
 * "Russian instructors trained Malian soldiers", "Washington has provided Chad's army with
 * training": the forces' state is aided by the clause's actor.
 */
final class TrainingAid {

    private static final Set<String> VERBS = Set.of("train", "trains", "trained", "training", "equip", "equips",
            "equipped", "rebuild", "build", "modernise", "modernize", "fund", "funds", "funded");
    private static final Set<String> FORCES = Set.of("forces", "army", "armies", "military", "navy", "soldiers", "troops",
            "police", "coast", "air", "officers", "units", "battalions", "brigades", "personnel");
    private static final Set<String> LINKS = Set.of(",", "and", "the", "its");
    private static final Set<String> PLANS = Set.of("pledged", "promised", "agreed", "offered", "will", "would", "plans", "planned");

    private TrainingAid() {
    }

    static void find(Reading r) {
        Sentence s = r.sentence;
        for (int i = 0; i < s.size(); i++) {
            if (!VERBS.contains(s.lower(i)) || i > 0 && s.lower(i - 1).equals("the")) {
                continue;
            }
            int k = i + 1;
            while (k < s.size() && k < i + 6 && (VERBS.contains(s.lower(k)) || LINKS.contains(s.lower(k)))) {
                k++; // "build, train and equip"
            }
            Mention forces = r.mentions.at(k);
            if (forces == null || forces.kind() != Mention.Kind.COUNTRY || forces.from() != k) {
                continue;
            }
            int noun = forces.to();
            while (noun < s.size() && noun < forces.to() + 3 && !FORCES.contains(s.lower(noun))
                    && (s.lower(noun).equals("'s") || s.token(noun).isWord() && !s.token(noun).capitalised())) {
                noun++; // "Somali naval forces", "Chad's army"
            }
            if (!FORCES.contains(s.lower(noun)) || DeploymentWording.negated(r.triggers, s, i) || Clauses.modal(s, i) && !planned(s, i)) {
                continue;
            }
            String from = Clauses.actorCountry(r.mentions, r.model, i);
            String to = forces.key();
            if (from != null && !from.equals(to)) {
                r.add("AIDED", from, to, i, Map.of("status", planned(s, i) ? "pledged" : "provided"), ClaimStatus.ASSERTED, 0.65);
            }
        }
    }

    private static boolean planned(Sentence s, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
            if (PLANS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
