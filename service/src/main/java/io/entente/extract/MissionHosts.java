package io.entente.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Troops serving with a force named after its host: "a battalion group with the United Nations
 * Interim Force in Lebanon and contingents with the UN mission in South Sudan", "keeps soldiers
 * with the Multinational Force and Observers in the Sinai in Egypt and with the UN force on the
 * Golan Heights in Syria", "advisers work with the Vanuatu Mobile Force". Each such force puts
 * the troops' state in the country it names.
 */
final class MissionHosts {

    /** Nouns that make "with the ..." a force rather than a partner. */
    private static final Set<String> FORCES = Set.of("force", "mission", "operation", "observers", "battlegroup",
            "brigade", "army", "police", "navy", "guard", "unifil", "monusco", "minusca", "unmiss", "undof", "unficyp",
            "kfor", "eufor", "unmik", "unisfa", "minurso");
    /** Words before "with" that make the force a partner or an opponent, not the troops' home. */
    private static final Set<String> NOT_SERVING = Set.of("clashed", "clashes", "clash", "fighting", "fought", "fight",
            "battles", "battled", "exercises", "drills", "trained", "training", "talks", "met", "meeting", "cooperation",
            "agreement", "deal", "ties", "contact", "skirmishes", "along", "together");
    private static final Set<String> SERVE = Set.of("serve", "serves", "serving", "served");
    private static final int SPAN = 30;
    private static final int SEGMENT = 12;

    private MissionHosts() {
    }

    static void find(Reading r) {
        Sentence s = r.sentence;
        for (Triggers.Hit hit : r.triggers.of("TROOP")) {
            int troop = hit.at();
            if (DeploymentWording.negated(r.triggers, s, troop) || Clauses.modal(s, troop) || DeploymentWording.opposed(s, troop)) {
                continue;
            }
            String from = sender(r, troop, hit.end());
            if (from == null) {
                continue;
            }
            Set<String> hosts = new HashSet<>();
            for (int k = hit.end(); k < s.size() && k < hit.end() + SPAN; k++) {
                String w = s.lower(k);
                String other = k > hit.end() && r.triggers.is(k, "TROOP") ? sender(r, k, k + 1) : null;
                if (w.equals(";") || r.triggers.is(k, "WITHDRAW") || other != null && !from.equals(other)) {
                    break; // another state's troops: theirs to place
                }
                boolean inMission = w.equals("in") && (k == hit.end() // "100 Turkish soldiers in UNIFIL"
                        || k == hit.end() + 1 && SERVE.contains(s.lower(k - 1))); // "soldiers serving in UNIFIL"
                if (!(w.equals("with") || inMission) || NOT_SERVING.contains(s.lower(k - 1))) {
                    continue;
                }
                String host = hostOfForce(r, k + 1);
                if (host != null && !host.equals(from) && hosts.add(host)) {
                    DeploymentEvents.record(r, troop, from, new DeploymentTargets.Target(host, null), troop, List.of(), 0.7);
                }
            }
        }
    }

    /** "Indian personnel", "soldiers from Fiji", or the one state this sentence already sends troops from. */
    private static String sender(Reading r, int troop, int end) {
        String from = TroopOwners.modifierCountry(r, troop);
        if (from == null && r.sentence.lower(end).equals("from")) {
            Mention m = r.mentions.at(end + 1 + (r.sentence.lower(end + 1).equals("the") ? 1 : 0));
            from = m != null && m.kind() == Mention.Kind.COUNTRY ? m.key() : null;
        }
        if (from == null) {
            Set<String> senders = new HashSet<>();
            r.deployments.forEach(d -> {
                if (d.from() != null) {
                    senders.add(d.from());
                }
            });
            from = senders.size() == 1 ? senders.iterator().next() : null;
        }
        return from;
    }

    /**
     * The country a force after "with" is named after: "the UN mission in South Sudan" (its
     * first country after "in"), or "the Vanuatu Mobile Force" (a state naming the force itself).
     */
    private static String hostOfForce(Reading r, int start) {
        Sentence s = r.sentence;
        boolean force = false;
        String named = null;
        for (int k = start; k < s.size() && k < start + SEGMENT; k++) {
            String w = s.lower(k);
            if (w.equals(",") || w.equals(";") || w.equals("with") || w.equals("who") || w.equals("which")) {
                break;
            }
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.ORG) {
                String inside = countryInName(s, m);
                if (inside != null) {
                    return inside; // "the United Nations Interim Force in Lebanon", a body of its own
                }
            }
            if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                if (force && s.lower(k - 1).equals("in")) {
                    return m.key(); // "the UN force on the Golan Heights in Syria"
                }
                if (!force && m.use() == Mention.Use.MODIFIER && named == null) {
                    named = m.key(); // "the Vanuatu Mobile Force"
                }
                k = m.to() - 1;
                continue;
            }
            if (FORCES.contains(w)) {
                if (named != null && !s.lower(k + 1).equals("in")) {
                    return named;
                }
                force = true;
            }
        }
        return null;
    }

    /** The state a force's own name places it in: "... Mission in South Sudan". */
    private static String countryInName(Sentence s, Mention force) {
        String named = countryEndingForce(s.tokens(), force.from(), force.to(), FORCES);
        Gazetteer.OrgInfo info = named == null ? Gazetteer.get().org(force.key()) : null;
        if (info != null) { // "UNIFIL": the full name the gazetteer knows, "... Interim Force in Lebanon"
            List<Token> full = Tokenizer.tokens(info.name(), 0, info.name().length());
            named = countryEndingForce(full, 0, full.size(), FORCES);
        }
        return named;
    }

    /**
     * The country that ends a force's name in tokens [from, to) after "in" ("... Force in
     * Lebanon", "... Mission in the Central African Republic"), once one of {@code forceNouns}
     * has been seen; null if the name goes on past the country or has none.
     */
    static String countryEndingForce(List<Token> tokens, int from, int to, Set<String> forceNouns) {
        boolean isForce = false;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            isForce |= forceNouns.contains(w);
            if (isForce && w.equals("in")) {
                int at = k + 1 < to && tokens.get(k + 1).lower().equals("the") ? k + 2 : k + 1;
                PhraseTrie.Match<Gazetteer.Entry> match = Gazetteer.get().longest(tokens, at);
                if (match != null && at + match.length() == to) {
                    for (Gazetteer.Entry e : match.values()) {
                        if (e.kind() == Gazetteer.Kind.COUNTRY && e.form() == Gazetteer.Form.NAME) {
                            return e.id();
                        }
                    }
                }
                return null;
            }
        }
        return null;
    }
}
