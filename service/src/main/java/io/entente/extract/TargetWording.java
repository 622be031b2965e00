package io.entente.extract;

import java.util.Objects;
import java.util.Set;

/** How the words around a condemned mention say whether it is the target: a venue, a perpetrator, or past the clause. */
final class TargetWording {

    private TargetWording() {
    }

    /** A capital after "in"/"on"/"at" is where something happened ("its consulate in Damascus"), not a target. */
    static boolean placeOf(Sentence s, Mention x) {
        String before = s.lower(x.from() - 1);
        if (before.equals("at") && Set.of("out", "back", "aimed", "directed", "swipe").contains(s.lower(x.from() - 2))) {
            return false; // "lashed out at Manila": the target, not a venue
        }
        return x.use() == Mention.Use.METONYM && Set.of("in", "on", "at", "near", "inside", "into").contains(before)
                || x.kind() == Mention.Kind.COUNTRY && Set.of("in", "inside", "near").contains(before); // "the attempted coup in Benin"
    }

    private static final Set<String> BREAKING = Set.of("breaks", "broke", "breaking", "violates", "violated", "violating",
            "contravenes", "breaches", "breached", "breaching", "flouts", "flouted", "undermines");
    private static final Set<String> BREACH_NOUNS = Set.of("violation", "breach", "breaches", "violations");

    /** "says it breaks the Vienna Convention", "in violation of the accord": a treaty broken is the norm, not the target. */
    static boolean brokenNorm(Sentence s, Mention x) {
        return brokenNorm(s, x.from());
    }

    /** Whether the treaty phrase starting at {@code from} is named as a norm broken. */
    static boolean brokenNorm(Sentence s, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 4; k--) {
            String w = s.lower(k);
            int noun = k - 1;
            while (noun > 0 && Set.of("\"", "“", "”", "'").contains(s.lower(noun))) {
                noun--; // 'it "condemns any violation" of the Vienna Convention'
            }
            if (BREAKING.contains(w) || w.equals("of") && BREACH_NOUNS.contains(s.lower(noun))) {
                return true;
            }
        }
        return false;
    }

    /** "an Israeli air strike", "Russia's invasion": a country owning the condemned act, not its victim or place. */
    static boolean perpetrator(Sentence s, Mention x) {
        if (x.kind() != Mention.Kind.COUNTRY || x.use() != Mention.Use.MODIFIER) {
            return false;
        }
        int k = x.from() - 1;
        while (k >= 0 && (s.lower(k).equals("the") || s.lower(k).equals("its") || s.lower(k).equals("an") || s.lower(k).equals("a"))) {
            k--;
        }
        return k < 0 || !Set.of("on", "against", "in", "at", "near", "to", "into", "toward", "towards", "from", "with", "of")
                .contains(s.lower(k));
    }

    private static final Set<String> HARMING = Set.of("killed", "killing", "kills", "wounded", "wounding", "injured",
            "injuring", "targeted", "targeting");

    /** "that killed three American soldiers": the state named among an attack's victims is no target. */
    static boolean harmed(Sentence s, Mention x) {
        for (int k = x.from() - 1; k >= 0 && k >= x.from() - 4; k--) {
            String w = s.lower(k);
            if (HARMING.contains(w)) {
                return true;
            }
            if (!s.token(k).isWord() && !Character.isDigit(w.charAt(0)) || Set.of("and", "by", "of").contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ALLEGATIONS = Set.of("allegation", "accusation", "claim", "charge", "assertion");

    /** ", and Lithuania called it ...": the next clause has its own actor and target. */
    static boolean clauseEnds(Sentence s, int k) {
        String w = s.lower(k);
        return w.equals(";") || w.equals("but") || w.equals("while") || w.equals("whereas")
                || w.equals(",") && Set.of("and", "but", "while", "as", "with").contains(s.lower(k + 1)) // ", with its spokesman calling it
                || w.equals(",") && Set.of("a", "an").contains(s.lower(k + 1))
                    && ALLEGATIONS.contains(s.lower(k + 2)) // ", an allegation Islamabad denied": another's answer
                || w.equals("and") && Set.of("praised", "welcomed", "thanked", "urged", "called", "said", "demanded", "asked",
                        "expressed", "commended").contains(s.lower(k + 1)); // "condemned the coup and praised Nigeria"
    }

    /** ", Iran's foreign ministry spokesman Esmaeil Baghaei said": a comma opening another speaker's clause. */
    static boolean nextSpeaker(Reading r, int k) {
        if (!r.sentence.lower(k).equals(",")) {
            return false;
        }
        int said = r.triggers.find("REPORT", k + 1, Math.min(r.sentence.size(), k + 10));
        return said > k + 1 && r.sentence.indexOf(",", k + 1, said) < 0 && r.mentions.at(k + 1) != null && r.mentions.at(k + 1).isActor();
    }

    private static final Set<String> SPEECH = Set.of("threat", "threats", "remark", "remarks", "comment", "comments",
            "statement", "statements", "warning", "warnings", "rhetoric", "words", "accusations", "accusation", "claims",
            "talk", "decree", "decrees", "ruling");

    /**
     * "condemned those threats", "denounced the remark": the person who said them, the latest one
     * named before (this sentence first) other than the condemner; else null.
     */
    static String author(Reading r, int from, String condemner) {
        Sentence s = r.sentence;
        if (s.lower(from).equals("the") && s.lower(from + 2).equals("'s") && SPEECH.contains(s.lower(from + 3))) {
            return holderOf(r, s.lower(from + 1), condemner); // "rejected the ambassador's remarks"
        }
        if (!Set.of("those", "these", "the", "that", "his", "her", "such").contains(s.lower(from)) || !SPEECH.contains(s.lower(from + 1))) {
            return null;
        }
        for (int k = from - 1; k >= 0; k--) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.PERSON && !m.key().equals(condemner) && !reporterOf(r, m, from)) {
                return m.key(); // not the one reporting the rejection: "Minister X wrote that Ethiopia rejected the statement"
            }
        }
        String head = r.model.lastHeadActor; // "Seoul rebuked the statements": whoever spoke last
        if (head != null && !head.equals(condemner) && !Objects.equals(stateOf(r.model, head), stateOf(r.model, condemner))) {
            return head;
        }
        return latestPerson(r, condemner, p -> true);
    }

    /** The latest person of the story whose office is {@code office} ("the ambassador's remarks"), other than the condemner. */
    private static String holderOf(Reading r, String office, String condemner) {
        return latestPerson(r, condemner, p -> p.attr("role") != null && p.attr("role").toLowerCase(java.util.Locale.ROOT).contains(office));
    }

    /** The person the story named last, other than {@code condemner}, that {@code fits}; else null. */
    private static String latestPerson(Reading r, String condemner, java.util.function.Predicate<Node> fits) {
        for (int i = r.model.recentPeople.size() - 1; i >= 0; i--) {
            String p = r.model.recentPeople.get(i);
            if (!p.equals(condemner) && fits.test(r.model.node(p))) {
                return p;
            }
        }
        return null;
    }

    /** "Minister X wrote on X that Ethiopia rejected the statement": X reports the rejection, made no statement rejected. */
    private static boolean reporterOf(Reading r, Mention person, int from) {
        int said = r.triggers.find("REPORT", person.to(), Math.min(from, person.to() + 4));
        return said >= 0 && !Clauses.clauseBreak(r.sentence, said, from, Set.of("and", "but", "while"));
    }

    /** The state of a node, else the state its office was read in ("Defence Minister X said", after "Seoul said"). */
    private static String stateOf(ArticleModel model, String key) {
        String state = model.countryOf(key);
        Node n = model.node(key);
        return state != null || n == null ? state : n.attr("_context");
    }

    /** The state or person whose act the object names: "Britain's decision", "what it called Ukraine's support". */
    static String possessor(Reading r, int from, String own) {
        for (int k = from; k < r.sentence.size() && k < from + 5; k++) {
            Mention m = r.mentions.at(k);
            if (m != null && m.to() < r.sentence.size() && r.sentence.lower(m.to()).equals("'s")
                    && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.PERSON) && !m.key().equals(own)) {
                return m.key();
            }
            if (clauseEnds(r.sentence, k)) {
                return null;
            }
        }
        return null;
    }

    /** "said the German troops were a provocation": the deployment of those troops already reported. */
    static String troopsOf(Reading r, Mention m) {
        if (m.kind() != Mention.Kind.COUNTRY || m.use() != Mention.Use.MODIFIER || r.triggers.find("TROOP", m.to(), m.to() + 2) < 0) {
            return null;
        }
        for (DeploymentEvent d : r.model.deployments) {
            if (m.key().equals(d.from()) && d.to() != null) {
                return Draft.deployment(d.from(), d.to());
            }
        }
        return null;
    }
}
