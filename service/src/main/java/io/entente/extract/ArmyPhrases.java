package io.entente.extract;

import java.util.Set;

/** Troops named by the army or force they belong to: "units of the Russian army", "soldiers of Russia's Africa Corps". */
final class ArmyPhrases {

    private static final Set<String> ARMY = Set.of("army", "military", "armed", "navy", "air", "forces", "troops");

    /** Past "of the Russian army" / "of Russia's Africa Corps" when that phrase names the troops' state, else {@code k}. */
    static int afterArmyOf(Reading r, int k) {
        if (armyOf(r, k) == null) {
            return k;
        }
        int j = r.sentence.lower(k + 1).equals("the") ? k + 2 : k + 1;
        Mention m = r.mentions.at(j);
        int after = r.sentence.lower(m.to()).equals("'s") ? m.to() + 1 : m.to();
        Mention force = r.mentions.at(after);
        if (force != null && force.from() == after) {
            return force.to();
        }
        return ARMY.contains(r.sentence.lower(after)) ? after + 1 : after;
    }

    /** "units of the Russian army", "soldiers of Burundi's army": the army's state. */
    static String armyOf(Reading r, int k) {
        Sentence s = r.sentence;
        if (!s.lower(k).equals("of")) {
            return null;
        }
        int j = s.lower(k + 1).equals("the") ? k + 2 : k + 1;
        Mention m = r.mentions.at(j);
        if (m == null || m.from() != j) {
            return null;
        }
        if (m.kind() == Mention.Kind.ORG && "military".equals(r.model.node(m.key()).attr("kind"))) {
            return r.model.node(m.key()).attr("country");
        }
        int after = s.lower(m.to()).equals("'s") ? m.to() + 1 : m.to();
        Mention force = r.mentions.at(after);
        if (m.kind() == Mention.Kind.COUNTRY && force != null && force.from() == after && force.kind() == Mention.Kind.ORG
                && "military".equals(r.model.node(force.key()).attr("kind"))) {
            return m.key(); // "units of Russia's Africa Corps"
        }
        return m.kind() == Mention.Kind.COUNTRY && ARMY.contains(s.lower(after)) ? m.key() : null;
    }

    private ArmyPhrases() {
    }
}
