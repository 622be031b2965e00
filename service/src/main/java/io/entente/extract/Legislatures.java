package io.entente.extract;

import java.util.Set;

/** The legislature a ratification without a named subject belongs to, and ratification laws a head of state signs. */
final class Legislatures {

    /** Instruments a head of state signs to complete a ratification, not the treaty itself. */
    static final Set<String> LAWS = Set.of("law", "bill", "decree", "legislation", "instrument", "instruments");

    static final Set<String> LEGISLATORS = Set.of("lawmakers", "legislators", "mps", "deputies", "senators",
            "parliamentarians", "parliament", "legislature", "chamber", "house");

    private Legislatures() {
    }

    /** Whether a mention is a legislature ("the Storting", "Iraq's parliament"). */
    static boolean is(Reading r, Mention m) {
        return m.kind() == Mention.Kind.ORG && "legislature".equals(r.model.node(m.key()).attr("kind"));
    }

    /** "Lawmakers voted 188-6 in favour of ratifying it": the legislature the story named last. */
    static String legislatureInContext(Reading r, int trigger) {
        boolean named = false;
        for (int k = 0; k < trigger; k++) {
            named |= LEGISLATORS.contains(r.sentence.lower(k));
        }
        if (!named) {
            return null;
        }
        String last = null;
        for (Node n : r.model.nodes.values()) {
            if (n.type.equals("Organization") && "legislature".equals(n.attr("kind"))) {
                if (r.model.dateline != null && r.model.dateline.equals(n.attr("country"))) {
                    return n.key; // "PODGORICA - Parliament ratifies ...": the dateline's own
                }
                last = n.key;
            }
        }
        return last;
    }

    /** A head of state signing the law "on ratification of" the treaty completes its state's ratification. */
    static void ratificationLaw(Reading r, Triggers.Hit hit, int law, Mention treaty) {
        if (r.sentence.indexOf("ratification", law, treaty.from()) < 0 || Clauses.modal(r.sentence, hit.at())) {
            return;
        }
        String state = Clauses.actorCountry(r.mentions, r.model, hit.at());
        if (state != null) {
            r.add("RATIFIED", state, treaty.key(), hit.at(), java.util.Map.of(), ClaimStatus.ASSERTED, 0.7);
        }
    }
}
