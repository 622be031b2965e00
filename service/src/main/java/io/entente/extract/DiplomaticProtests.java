package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * Protests made through diplomats: "China recalled its ambassador to Lithuania", "Kenya summoned
 * the Ugandan envoy", "Poland expelled Russian diplomats", "declared the ambassador persona non grata",
 * "severed diplomatic ties with Ecuador". Each condemns the other state.
 */
final class DiplomaticProtests {

    private static final Set<String> RECALL = Set.of("recalled", "recalls", "recalling", "withdrew", "withdraws", "withdrawing",
            "pulled", "pulls", "pulling");
    private static final Set<String> SUMMON = Set.of("summoned", "summons", "summoning", "expelled", "expels", "expelling",
            "declared", "declares", "declaring");
    /** Breaking off relations: "severed diplomatic ties with Ecuador", "broke off relations with Kyiv". */
    private static final Set<String> BREAK = Set.of("sever", "severs", "severed", "severing", "cut", "cuts", "cutting",
            "broke", "breaks", "break", "breaking", "suspended", "suspends", "suspending", "downgraded", "downgrades");
    private static final Set<String> TIES = Set.of("ties", "relations");
    /** "conveyed a strong protest to China", "handed a protest note to the Russian ambassador". */
    private static final Set<String> PROTEST_VERBS = Set.of("lodged", "lodges", "lodging", "filed", "files", "filing",
            "conveyed", "conveys", "conveying", "delivered", "delivers", "delivering", "handed", "hands", "handing",
            "sent", "sends", "sending", "issued", "issues", "registered", "registers", "made", "makes", "raised");
    private static final Set<String> PROTEST_NOUNS = Set.of("protest", "protests", "complaint", "complaints",
            "representations", "demarche", "démarche", "note");
    private static final Set<String> PROTESTED_TO = Set.of("to", "with", "against", "over");
    /** Whom a protest is handed to: "to the Russian ambassador", "with China's embassy". */
    private static final Set<String> MISSIONS = Set.of("ambassador", "envoy", "embassy", "charge", "chargé", "commissioner",
            "commission");
    private static final Set<String> ENVOYS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat",
            "charge", "chargé", "commissioner"); // a Commonwealth state's high commissioner

    private DiplomaticProtests() {
    }

    static void find(Reading r, Set<String> done) {
        rupture(r, done);
        protestNote(r, done);
        Sentence s = r.sentence;
        for (int k = 1; k < s.size(); k++) {
            String w = s.lower(k);
            boolean recall = RECALL.contains(w) || w.equals("home") && s.lower(k - 1).startsWith("call"); // "called home its envoy"
            if (!recall && !SUMMON.contains(w) || Clauses.modal(s, k) || r.triggers.find("NEG", Math.max(0, k - 3), k) >= 0) {
                continue;
            }
            int envoy = s.indexOfAny(ENVOYS, k + 1, k + 6);
            if (envoy < 0) {
                continue;
            }
            Mention other = recall ? countryAfter(r, envoy + 1) : countryBetween(r, k + 1, envoy);
            if (!recall && w.startsWith("declar") && s.indexOf("persona", envoy + 1, Math.min(s.size(), envoy + 9)) < 0) {
                continue; // "declared the ambassador persona non grata" only
            }
            Mention subject = protester(r, k);
            String own = subject == null ? null : Clauses.countryOf(subject, r.model);
            String otherKey = other != null ? other.key() : envoysState(r, k + 1, envoy + 1); // "Mexico's ambassador, Raquel Serur"
            if (otherKey == null || subject == null || otherKey.equals(own) || done.contains(subject.key())) {
                continue;
            }
            done.add(subject.key());
            r.add("CONDEMNED", subject.key(), otherKey, k, Map.of(), ClaimStatus.ASSERTED, 0.65);
            Condemnations.byEach(r, SubjectLists.subjectsBefore(r.mentions, k), otherKey, k, done); // "Mali, Burkina Faso and Niger recalled"
        }
    }

    /** "Nicaragua says it is severing all diplomatic ties with Ecuador": the breaker condemns the other state. */
    private static void rupture(Reading r, Set<String> done) {
        Sentence s = r.sentence;
        for (int k = 1; k < s.size(); k++) {
            if (!BREAK.contains(s.lower(k)) || Clauses.modal(s, k) || r.triggers.find("NEG", Math.max(0, k - 3), k) >= 0) {
                continue;
            }
            int ties = s.indexOfAny(TIES, k + 1, k + 5);
            if (ties < 0 || !s.lower(ties + 1).equals("with")) {
                continue;
            }
            Mention other = r.mentions.at(ties + 2);
            Mention subject = protester(r, k);
            String own = subject == null ? null : Clauses.countryOf(subject, r.model);
            if (other == null || other.kind() != Mention.Kind.COUNTRY || subject == null || other.key().equals(own)
                    || done.contains(subject.key())) {
                continue;
            }
            done.add(subject.key());
            r.add("CONDEMNED", subject.key(), other.key(), k, Map.of(), ClaimStatus.ASSERTED, 0.65);
        }
    }

    /**
     * "Japan said it had conveyed a strong protest to China", "Seoul lodged a formal complaint
     * with Tokyo", "handed a protest note to Russia's ambassador": the protester condemns the
     * state it protests to.
     */
    private static void protestNote(Reading r, Set<String> done) {
        Sentence s = r.sentence;
        for (int k = 2; k + 2 < s.size(); k++) {
            if (!PROTEST_NOUNS.contains(s.lower(k)) || s.lower(k).equals("note") && !s.lower(k - 1).equals("protest")) {
                continue;
            }
            int verb = s.indexOfAny(PROTEST_VERBS, Math.max(0, k - 4), k);
            String prep = s.lower(k + 1);
            if (verb < 0 || !PROTESTED_TO.contains(prep) || Clauses.modal(s, verb)
                    || r.triggers.find("NEG", Math.max(0, verb - 3), verb) >= 0) {
                continue;
            }
            int from = s.lower(k + 2).equals("the") ? k + 3 : k + 2;
            Mention other = r.mentions.at(from);
            String otherKey = other != null && other.kind() == Mention.Kind.COUNTRY ? other.key() : null;
            if (prep.equals("over") && (other == null || !s.lower(other.to()).equals("'s") || other.kind() == Mention.Kind.LOCATION
                    || other.kind() == Mention.Kind.TREATY)) {
                continue; // "a protest over Xue's post" names its author; "a protest over fishing rights" names no one
            }
            if (prep.equals("over")) {
                otherKey = other.key();
            }
            if (otherKey == null) { // "to the Russian ambassador", "with China's embassy"
                int envoy = s.indexOfAny(MISSIONS, from, from + 4);
                Mention m = envoy < 0 ? null : countryBetween(r, from, envoy);
                otherKey = m != null ? m.key() : envoy < 0 ? null : envoysState(r, from, envoy + 1);
            }
            Mention subject = protester(r, verb);
            String own = subject == null ? null : Clauses.countryOf(subject, r.model);
            if (otherKey == null || subject == null || otherKey.equals(own) || done.contains(subject.key())) {
                continue;
            }
            done.add(subject.key());
            r.add("CONDEMNED", subject.key(), otherKey, verb, Map.of(), ClaimStatus.ASSERTED, 0.65);
        }
    }

    /**
     * Who protests with the verb at {@code k}: its subject, else the subject of the clause a
     * participle hangs on ("..., recalling its ambassador from Tehran"), else the speaker of
     * "says it" ("Kuwait says it has summoned", "Nicaragua says it is severing").
     */
    private static Mention protester(Reading r, int k) {
        Mention subject = Clauses.subjectBefore(r.mentions, k);
        if (subject == null) {
            subject = Clauses.participleSubject(r.mentions, k);
        }
        return subject != null ? subject : Clauses.pronounSpeaker(r.mentions, k);
    }

    /** The state of a named envoy the mention of whose title covers the envoy word. */
    private static String envoysState(Reading r, int from, int to) {
        Mention person = Clauses.after(r.mentions, from, to - from + 4, m -> m.kind() == Mention.Kind.PERSON);
        return person == null ? null : r.model.node(person.key()).attr("country");
    }

    /** "its ambassador to Lithuania", "its envoy from Tehran". */
    private static Mention countryAfter(Reading r, int k) {
        boolean outOf = r.sentence.lower(k).equals("out") && r.sentence.lower(k + 1).equals("of"); // "pulled their envoys out of Algiers"
        k += outOf ? 1 : 0;
        if (!outOf && !Set.of("to", "from", "in").contains(r.sentence.lower(k))) {
            return null;
        }
        Mention m = r.mentions.at(k + 1);
        return m != null && m.kind() == Mention.Kind.COUNTRY ? m : null;
    }

    /** "the Ugandan envoy", "Russia's ambassador", "Russian diplomats". */
    private static Mention countryBetween(Reading r, int from, int envoy) {
        for (int k = from; k < envoy; k++) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                return m;
            }
        }
        return null;
    }
}
