package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * Aid told as help or as a donor's standing rather than with a thing given: "pledged on Monday
 * to help Moldova", "offered to help Sudan rebuild", "Turkey helped Libya repel the assault",
 * "Australia is Papua New Guinea's biggest aid donor".
 */
final class HelpAid {

    private static final Set<String> HELP = Set.of("help", "helped", "helping", "helps", "assist", "assisted");
    private static final Set<String> PLEDGES = Set.of("pledged", "pledges", "promised", "promises", "offered", "offers",
            "vowed", "vows", "agreed", "committed");
    /** "PNG's biggest aid donor", "Cambodia's biggest source of aid". */
    private static final Set<String> DONORS = Set.of("donor", "benefactor");
    private static final Set<String> SOURCES = Set.of("aid", "assistance");
    private static final int PLEDGE_GAP = 5; // "pledged on Monday to help": a time phrase between

    private HelpAid() {
    }

    static void find(Reading r) {
        Sentence s = r.sentence;
        for (int i = 1; i < s.size(); i++) {
            if (HELP.contains(s.lower(i))) {
                help(r, i);
            }
            if (DONORS.contains(s.lower(i)) || s.lower(i).equals("source") && s.lower(i + 1).equals("of")
                    && SOURCES.contains(s.lower(i + 2))) {
                donor(r, i);
            }
        }
    }

    private static void help(Reading r, int verb) {
        Sentence s = r.sentence;
        Mention helped = r.mentions.at(verb + 1);
        if (helped == null || helped.kind() != Mention.Kind.COUNTRY || helped.from() != verb + 1) {
            return;
        }
        int pledge = -1;
        if (s.lower(verb - 1).equals("to")) {
            for (int k = verb - 2; k >= 0 && k >= verb - 1 - PLEDGE_GAP && pledge < 0; k--) {
                pledge = PLEDGES.contains(s.lower(k)) ? k : s.lower(k).equals(",") || r.mentions.at(k) != null ? -2 : -1;
            }
            if (pledge < 0) {
                return; // "urged Beijing to help Moscow": an appeal, not a pledge
            }
        } else if (!s.lower(verb).equals("helped") && !s.lower(verb).equals("assisted")) {
            return;
        }
        int act = pledge >= 0 ? pledge : verb;
        if (r.triggers.find("NEG", Math.max(0, act - 3), act) >= 0 || r.triggers.find("MODAL", Math.max(0, act - 2), act) >= 0) {
            return;
        }
        Mention giver = Clauses.subjectBefore(r.mentions, act);
        if (giver == null) {
            giver = Clauses.participleSubject(r.mentions, act);
        }
        String from = giver == null ? null : Clauses.countryOf(giver, r.model);
        String to = Clauses.countryOf(helped, r.model);
        if (from != null && to != null && !from.equals(to)) {
            r.add("AIDED", from, to, verb, Map.of("status", pledge >= 0 ? "pledged" : "provided"), ClaimStatus.ASSERTED, 0.6);
        }
    }

    /** "Australia, ... and PNG's biggest aid donor": the state named before is the donor of the possessor. */
    private static void donor(Reading r, int noun) {
        Sentence s = r.sentence;
        for (int k = noun - 1; k >= 1 && k >= noun - 6; k--) {
            if (!s.lower(k).equals("'s")) {
                continue;
            }
            Mention receiver = r.mentions.endingAt(k);
            Mention giver = receiver == null ? null : Clauses.firstActor(r.mentions, receiver.from());
            String from = giver == null ? null : Clauses.countryOf(giver, r.model);
            String to = receiver == null || receiver.kind() != Mention.Kind.COUNTRY ? null : receiver.key();
            int between = giver == null ? 0 : giver.to();
            boolean negated = r.triggers.find("NEG", between, receiver == null ? 0 : receiver.from()) >= 0
                    || receiver != null && s.indexOf("no", between, receiver.from()) >= 0; // "is no longer Myanmar's biggest donor"
            if (from != null && to != null && !from.equals(to) && !negated) {
                r.add("AIDED", from, to, noun, Map.of("status", "provided"), ClaimStatus.ASSERTED, 0.6);
            }
            return;
        }
    }
}
