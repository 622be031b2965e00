package io.entente.extract;

/**
 * Who carried out an attack the story names ("Israel's strike on Qatar", "Israeli aircraft struck
 * Doha", "the Russian missile attack"), so that "condemned the strike" points at the attacker.
 */
final class Attacks {

    private static final java.util.Set<String> MODIFIERS = java.util.Set.of("air", "missile", "drone", "military",
            "rocket", "artillery", "naval", "ground", "deadly", "cross-border", "overnight", "latest", "surprise",
            "full-scale", "aircraft", "jets", "warplanes", "forces", "troops", "army", "and", "massive", "large-scale");

    private Attacks() {
    }

    /** Remembers the attacker of any attack this sentence describes. */
    static void note(Reading r) {
        for (Triggers.Hit hit : r.triggers.of("ATTACK")) {
            String c = owner(r, hit.at());
            if (c != null) {
                r.model.lastAttacker = c;
            }
        }
        for (Triggers.Hit hit : r.triggers.of("ATTACK_VERB")) {
            if (Clauses.modal(r.sentence, hit.at())) {
                continue;
            }
            String c = owner(r, hit.at()); // "Israeli aircraft struck"
            if (c == null) {
                c = Clauses.actorCountry(r.mentions, r.model, hit.at());
            }
            if (c != null) {
                r.model.lastAttacker = c;
            }
        }
    }

    /** The attacker of an attack noun between {@code from} and {@code to}, or null. */
    static String condemnedAttacker(Reading r, int from, int to) {
        int noun = r.triggers.find("ATTACK", from, to);
        if (noun < 0) {
            return null;
        }
        String c = owner(r, noun);
        return c != null ? c : r.model.lastAttacker;
    }

    /** "Israeli strike", "Israel's air strike", "Russian missile and drone attack": the modifying state. */
    private static String owner(Reading r, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 4; k--) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY && m.use() != Mention.Use.ANAPHOR) {
                return m.key(); // "after Israeli aircraft struck": a conjunction's clause still names the attacker
            }
            String w = r.sentence.lower(k);
            if (!w.equals("'s") && !w.equals("-") && !MODIFIERS.contains(w)) {
                return null;
            }
        }
        return null;
    }
}
