package io.entente.extract;

/** A denial whose clause says a treaty was signed or ratified: "denied that Niamey had signed a secret agreement". */
final class TreatyDenials {

    private TreatyDenials() {
    }

    /** The treaty a "denied that ... signed/ratified <treaty>" clause names, else null. */
    static Mention signingDenied(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        int that = s.indexOf("that", hit.end(), Math.min(s.size(), hit.end() + 2));
        if (that < 0) {
            return null;
        }
        int limit = Math.min(s.size(), that + 10);
        int verb = r.triggers.find("SIGN", that + 1, limit);
        if (verb < 0) {
            verb = r.triggers.find("RATIFY", that + 1, limit);
        }
        if (verb < 0) {
            return null;
        }
        return Clauses.after(r.mentions, verb + 1, 6, m -> m.kind() == Mention.Kind.TREATY);
    }

    /** Whether the signing or ratifying verb at {@code verb} is what a denial just before says did not happen. */
    static boolean insideDenial(Reading r, int verb) {
        for (Triggers.Hit hit : r.triggers.of("DENY")) {
            if (hit.at() < verb && verb - hit.at() <= 10 && signingDenied(r, hit) != null) {
                return true;
            }
        }
        return false;
    }
}
