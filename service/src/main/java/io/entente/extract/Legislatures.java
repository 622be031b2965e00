package io.entente.extract;

import java.util.Set;

/** The legislature a ratification without a named subject belongs to. */
final class Legislatures {

    static final Set<String> LEGISLATORS = Set.of("lawmakers", "legislators", "mps", "deputies", "senators",
            "parliamentarians", "parliament", "legislature", "chamber", "house");

    private Legislatures() {
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
                last = n.key;
            }
        }
        return last;
    }
}
