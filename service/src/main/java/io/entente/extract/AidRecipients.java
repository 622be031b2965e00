package io.entente.extract;

/** Who receives aid when the sentence names no "to COUNTRY": a body of a state further on, or the story's own recipient. */
final class AidRecipients {

    private static final java.util.Set<String> MONEY = java.util.Set.of("million", "billion", "funding", "aid", "assistance",
            "grant", "grants", "loan", "loans");

    private AidRecipients() {
    }

    /** "funding to train and equip the Royal Papua New Guinea Constabulary": the state of a body the aid is for. */
    static String named(Reading r, int noun) {
        Sentence s = r.sentence;
        if (noun < 0 || !s.lower(noun + 1).equals("to") || r.triggers.is(noun + 2, "TROOP")) {
            return null;
        }
        for (int k = noun + 2; k < s.size() && k < noun + 9; k++) {
            if (s.lower(k).equals(",") || s.lower(k).equals(";")) {
                return null;
            }
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.ORG) {
                return r.model.node(m.key()).attr("country");
            }
            if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                return m.key(); // "the Royal Papua New Guinea Constabulary"
            }
        }
        return null;
    }

    /**
     * The story's recipient: the state its earlier aid went to, or the dateline's state when the story
     * already sends troops there ("The United States, the mission's main financial backer, has provided
     * more than $600 million in support" from Port-au-Prince).
     */
    static String storys(Reading r, Triggers.Hit hit, int noun, String from) {
        Sentence s = r.sentence;
        if (noun < hit.end() || noun > hit.end() + 6 || !MONEY.contains(s.lower(noun))
                || s.indexOf("to", noun + 1, Math.min(s.size(), noun + 5)) > 0 && s.indexOf("according", noun + 1, noun + 5) < 0
                || s.indexOf("for", noun + 1, Math.min(s.size(), noun + 5)) > 0) {
            return null; // equipment "to the region", or a recipient the sentence names but we could not read
        }
        if (r.model.lastAidRecipient != null) {
            return r.model.lastAidRecipient;
        }
        String home = r.model.dateline;
        boolean hosting = home != null && r.model.deployments.stream().anyMatch(d -> home.equals(d.to()) && !d.planned());
        return hosting && !home.equals(from) ? home : null;
    }
}
