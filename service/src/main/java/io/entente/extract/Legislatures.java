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
        int noun = -1;
        for (int k = 0; k < trigger; k++) {
            noun = LEGISLATORS.contains(r.sentence.lower(k)) ? k : noun;
        }
        if (noun < 0) {
            return null;
        }
        String owner = owner(r, noun);
        String last = null;
        for (Node n : r.model.nodes.values()) {
            if (n.type.equals("Organization") && "legislature".equals(n.attr("kind"))) {
                String state = n.attr("country");
                if (owner != null ? owner.equals(state) : r.model.dateline != null && r.model.dateline.equals(state)) {
                    return n.key; // "PODGORICA - Parliament ratifies ...": the dateline's own; "its parliament": its owner's
                }
                last = n.key;
            }
        }
        if (owner != null) {
            return owner; // "Mongolia signed the statute, and its parliament ratified it": no named body, the state
        }
        return last != null ? last : r.model.datelineNamed(); // "FREETOWN - ... parliament passed a bill ratifying"
    }

    /** The state of "its parliament": the sentence's first state before it, else the one that headed the sentence before. */
    private static String owner(Reading r, int noun) {
        if (!r.sentence.lower(noun - 1).equals("its")) {
            return null;
        }
        Mention head = Clauses.headActor(r.mentions, noun - 1);
        if (head == null && noun - 1 == 0) {
            head = OfficeOwners.previousHead(r.model, 0);
        }
        return head == null ? null : Clauses.countryOf(head, r.model);
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
