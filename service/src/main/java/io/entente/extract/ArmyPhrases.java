package io.entente.extract;

import java.util.Set;

/** Troops named by the army or force they belong to: "units of the Russian army", "soldiers of Russia's Africa Corps". */
final class ArmyPhrases {

    private static final Set<String> ARMY = Set.of("army", "military", "armed", "navy", "air", "forces", "troops");

    /** The state an "of" phrase gives troops, and the token after that phrase. */
    private record Phrase(String state, int end) {
    }

    private ArmyPhrases() {
    }

    /** "units of the Russian army", "soldiers of Burundi's army": the army's state. */
    static String armyOf(Reading r, int k) {
        Phrase p = phrase(r, k);
        return p == null ? null : p.state();
    }

    /** Past "of the Russian army" / "of Russia's Africa Corps" when that phrase names the troops' state, else {@code k}. */
    static int afterArmyOf(Reading r, int k) {
        Phrase p = phrase(r, k);
        return p == null || p.state() == null ? k : p.end();
    }

    private static Phrase phrase(Reading r, int k) {
        Sentence s = r.sentence;
        if (!s.lower(k).equals("of")) {
            return null;
        }
        int j = s.lower(k + 1).equals("the") ? k + 2 : k + 1;
        Mention m = r.mentions.at(j);
        if (m == null || m.from() != j) {
            return null;
        }
        int after = s.lower(m.to()).equals("'s") ? m.to() + 1 : m.to();
        if (m.kind() == Mention.Kind.ORG && "military".equals(r.model.node(m.key()).attr("kind"))) {
            return new Phrase(r.model.node(m.key()).attr("country"), end(r, after)); // "soldiers of the Wagner Group"
        }
        Mention force = r.mentions.at(after);
        if (m.kind() == Mention.Kind.COUNTRY && force != null && force.from() == after && force.kind() == Mention.Kind.ORG
                && "military".equals(r.model.node(force.key()).attr("kind"))) {
            return new Phrase(m.key(), force.to()); // "units of Russia's Africa Corps"
        }
        return m.kind() == Mention.Kind.COUNTRY && ARMY.contains(s.lower(after)) ? new Phrase(m.key(), after + 1) : null;
    }

    /** The token after the phrase: past a mention that starts at {@code after}, else past an army word. */
    private static int end(Reading r, int after) {
        Mention next = r.mentions.at(after);
        if (next != null && next.from() == after) {
            return next.to();
        }
        return ARMY.contains(r.sentence.lower(after)) ? after + 1 : after;
    }
}
