package io.entente.extract;

import io.entente.extract.quantity.TroopCount;
import java.util.List;
import java.util.Set;

/**
 * Foreign military bases as standing deployments: a host that "hosts military bases of France,
 * China and Japan" or "the headquarters of the U.S. Navy's Fifth Fleet", and a state that "runs
 * its largest overseas training base in Mogadishu" or "has a naval base in Tartus".
 */
final class Bases {

    private static final Set<String> HOST = Set.of("hosts", "hosted", "hosting", "host");
    private static final Set<String> OPERATE = Set.of("runs", "run", "operates", "operate", "operated", "maintains",
            "maintain", "keeps", "keep", "has", "have", "had");
    private static final Set<String> BASE_NOUNS = Set.of("base", "bases", "garrison", "garrisons", "outpost", "outposts",
            "headquarters", "fleet", "airbase", "airbases", "posts");
    /** What may follow "has" when it means owning: "has a naval base", "has its largest base". */
    private static final Set<String> OWNED = Set.of("a", "an", "its", "their", "two", "three", "several", "military",
            "naval", "air", "permanent", "major", "large", "small", "bases", "troops");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "into", "to", "near", "against", "from", "along",
            "across", "by", "on", "at");
    /** Words that stop the search for the base noun after an owning verb. */
    private static final Set<String> OBJECT_ENDS = Set.of("that", "which", "and", "to", "no");
    /** Words that end the hosted noun phrase: a new clause begins. */
    private static final Set<String> PHRASE_ENDS = Set.of(";", "while", "but", "which", "where", "who", "although",
            "though", "after", "since", "because", "whereas");

    private Bases() {
    }

    static void find(Reading r) {
        Sentence s = r.sentence;
        for (int k = 1; k + 2 < s.size(); k++) {
            String w = s.lower(k);
            boolean homeTo = w.equals("home") && s.lower(k + 1).equals("to");
            if (HOST.contains(w) && !s.lower(k + 1).equals("by") || homeTo) {
                hosted(r, k, homeTo ? k + 2 : k + 1);
            } else if (OPERATE.contains(w) && !auxiliary(s, k)) {
                operated(r, k);
            }
        }
    }

    /** Whether the verb is stated as a fact: not modal ("would host"), not negated ("does not host"). */
    private static boolean asserted(Reading r, int verb) {
        return !Clauses.modal(r.sentence, verb) && r.triggers.find("NEG", Math.max(0, verb - 3), verb) < 0;
    }

    /** "has been building a base", "has kept a naval base": "has" is an auxiliary, not the verb of owning. */
    private static boolean auxiliary(Sentence s, int verb) {
        String w = s.lower(verb);
        return (w.equals("has") || w.equals("have") || w.equals("had")) && !OWNED.contains(s.lower(verb + 1));
    }

    /** "Djibouti hosts military bases of France, China and Japan as well as Camp Lemonnier, home to 4,000 U.S. troops". */
    private static void hosted(Reading r, int verb, int from) {
        Sentence s = r.sentence;
        int end = from;
        boolean base = false;
        while (end < s.size() && end < from + 20 && !PHRASE_ENDS.contains(s.lower(end))
                && !(s.lower(end).equals(",") && s.lower(end + 1).equals("and"))) {
            base |= BASE_NOUNS.contains(s.lower(end)) || r.triggers.is(end, "TROOP") && from == verb + 2; // "home to 4,000 U.S. troops"
            end++;
        }
        if (!base || !asserted(r, verb)) { // the cheap search for a base noun first: "has" and "host" are common
            return;
        }
        String host = hostOf(r, verb);
        if (host == null) {
            return;
        }
        for (Mention m : r.mentions.all()) {
            String sender = m.kind() == Mention.Kind.COUNTRY ? m.key() : forceState(r, m); // "the U.S. Navy's Fifth Fleet"
            if (sender == null || m.from() < from || m.from() >= end || sender.equals(host) || !sends(r, m)) {
                continue;
            }
            TroopCount figure = DeploymentWording.figure(s.token(m.from() - 1)); // "roughly 4,000 U.S. service members"
            DeploymentEvents.record(r, verb, sender, new DeploymentTargets.Target(host, null), m.from(),
                    figure.count() == null ? List.of() : List.of(figure), 0.65);
        }
    }

    /** Whether a state named in a hosted phrase owns a base or troops there, rather than being a place in it. */
    private static boolean sends(Reading r, Mention m) {
        Sentence s = r.sentence;
        if (r.triggers.is(m.to(), "TROOP") && Character.isDigit(s.token(m.from() - 1).text().charAt(0))) {
            return true; // "home to roughly 4,000 U.S. service members"
        }
        for (int k = m.from() - 1; k >= 0 && k >= m.from() - 3; k--) {
            if (PLACE_PREPOSITIONS.contains(s.lower(k))) {
                return false; // "a base near the Somali border", "troops sent to Iraq"
            }
        }
        if (m.kind() == Mention.Kind.ORG || r.triggers.is(m.to(), "TROOP")) {
            return true; // "the U.S. Navy's Fifth Fleet", "U.S. troops"
        }
        if (m.use() == Mention.Use.MODIFIER) { // "a Chinese naval base", not "a base for Chinese ships"
            for (int k = m.to(); k < s.size() && k < m.to() + 3; k++) {
                if (BASE_NOUNS.contains(s.lower(k))) {
                    return true;
                }
            }
            return false;
        }
        for (int k = m.from() - 1; k >= 0 && k >= m.from() - 8; k--) { // "bases of France, China and Japan"
            String w = s.lower(k);
            if (w.equals("of")) {
                return BASE_NOUNS.contains(s.lower(k - 1)) || r.triggers.is(k - 1, "TROOP");
            }
            if (!w.equals(",") && !w.equals("and") && r.mentions.at(k) == null) {
                return false;
            }
        }
        return false;
    }

    /** The state of an armed force named in the phrase ("the U.S. Navy"), else null. */
    private static String forceState(Reading r, Mention m) {
        Node n = m.kind() == Mention.Kind.ORG ? r.model.node(m.key()) : null;
        return n != null && "military".equals(n.attr("kind")) ? n.attr("country") : null;
    }

    /** The state doing the hosting: the verb's subject, or the place a "home to" phrase stands after. */
    private static String hostOf(Reading r, int verb) {
        Mention m = Clauses.subjectBefore(r.mentions, verb);
        if (m == null && r.sentence.lower(verb - 1).equals(",")) {
            m = r.mentions.endingAt(verb - 1); // "Camp Lemonnier in Djibouti, home to ..."
        }
        return m == null ? null : Clauses.countryOf(m, r.model);
    }

    /** "Turkey, Somalia's closest ally, runs its largest overseas training base in Mogadishu". */
    private static void operated(Reading r, int verb) {
        Sentence s = r.sentence;
        int base = -1;
        for (int k = verb + 1; k < s.size() && k < verb + 7 && base < 0; k++) {
            if (BASE_NOUNS.contains(s.lower(k)) && !s.lower(k).equals("headquarters")) {
                base = k;
            } else if (!s.token(k).isWord() || OBJECT_ENDS.contains(s.lower(k))) {
                return;
            }
        }
        if (base < 0 || s.lower(base + 1).equals("of") || !asserted(r, verb)) {
            return; // "has a base of support"
        }
        DeploymentTargets.Target to = DeploymentTargets.target(r, base + 1);
        if (to.country() == null) {
            return;
        }
        Mention subject = Clauses.subjectBefore(r.mentions, verb);
        String from = subject == null ? null : Clauses.countryOf(subject, r.model);
        if (from == null || from.equals(to.country()) && subject.use() == Mention.Use.MODIFIER) {
            Mention head = Clauses.firstActor(r.mentions, verb); // past an aside: "Turkey, Somalia's closest ally, runs"
            from = head == null ? null : Clauses.countryOf(head, r.model);
        }
        if (from != null && !from.equals(to.country())) {
            DeploymentEvents.record(r, verb, from, to, base, List.of(), 0.65);
        }
    }
}
