package io.entente.extract;

import java.util.Set;

/**
 * Who carried out an attack the story names ("Israel's strike on Qatar", "Israeli aircraft struck
 * Doha", "the Russian missile attack"), so that "condemned the strike" points at the attacker.
 */
final class Attacks {

    private static final Set<String> MODIFIERS = Set.of("air", "missile", "drone", "military",
            "rocket", "artillery", "naval", "ground", "deadly", "cross-border", "overnight", "latest", "surprise",
            "full-scale", "aircraft", "jets", "warplanes", "forces", "troops", "army", "and", "massive", "large-scale",
            "retaliatory", "renewed", "repeated", "defences", "defenses", "defence", "defense", "police", "navy", "soldiers",
            "fighters", "coast", "guard", "vessels", "vessel", "ships", "boats", "agents", "officers", "commandos",
            "special", "security", "intelligence", "personnel", "units", "marines", "paratroopers", "helicopters", "tanks",
            "ballistic", "cruise", "hypersonic", "long-range", "brutal", "devastating", "unprovoked", "indiscriminate",
            "horrific", "heavy", "major", "fresh", "new", "combined", "coordinated", "barbaric", "cowardly", "deliberate",
            "lethal", "unprecedented", "night", "nighttime", "weekend", "most");

    private static final Set<String> NOT_SUPERLATIVE = Set.of("protest", "arrest", "interest", "contest", "request",
            "suggest", "harvest", "forest", "honest", "modest", "northwest", "southwest", "midwest", "conquest", "unrest");

    private static final Set<String> BLAMED = Set.of("blamed", "blames", "blaming", "blame");

    private static final Set<String> INTRUDE = Set.of("entered", "enters", "crossed", "flew", "strayed",
            "violated", "violates", "intruded", "penetrated", "sailed");
    private static final Set<String> SPACES = Set.of("airspace", "waters", "zone", "territory", "border");
    /** Verbs whose subject carried out the attack noun they take: "launched a massive drone attack". */
    private static final Set<String> LAUNCH = Set.of("launched", "launches", "launching", "conducted", "conducts",
            "carried", "mounted", "staged", "unleashed", "fired", "fires", "test-fired");
    /** Words that end the subject phrase before an intrusion verb. */
    private static final Set<String> SUBJECT_ENDS = Set.of("that", ",", "and", "which", "when", "after");

    private Attacks() {
    }

    /** Remembers the attacker of any attack this sentence describes. */
    static void note(Reading r) {
        for (Triggers.Hit hit : r.triggers.of("ATTACK")) {
            if (answered(r.sentence, hit.at())) {
                continue; // "retaliation for US bombing raids": the earlier attack answered, not the story's
            }
            String c = owner(r, hit.at());
            int say = c == null && answering(r.sentence, hit.end())
                    ? r.sentence.indexOfAny(Clauses.SAY, Math.max(0, hit.at() - 4), hit.at()) : -1;
            if (say >= 0) {
                c = Clauses.actorCountry(r.mentions, r.model, say); // "Tehran said the strike was retaliation for"
            }
            Mention by = r.sentence.lower(hit.end()).equals("by") ? r.mentions.at(hit.end() + 1) : null;
            if (c == null && by != null && by.kind() == Mention.Kind.COUNTRY) {
                c = by.key(); // "an unacceptable hybrid attack by Belarus"
            }
            int launched = r.sentence.indexOfAny(LAUNCH, Math.max(0, hit.at() - 6), hit.at()); // "fired a salvo of short-range missiles"
            if (c == null && launched > 0 && !Clauses.modal(r.sentence, launched)) {
                c = Clauses.actorCountry(r.mentions, r.model, launched); // "Russia launched a missile strike on Kyiv"
                if (c == null && r.sentence.indexOfAny(Set.of("it", "they"), Math.max(0, launched - 4), launched) >= 0) {
                    Mention head = Clauses.firstActor(r.mentions, launched); // "North Korea said Tuesday it had test-fired a missile"
                    c = head == null ? null : Clauses.countryOf(head, r.model);
                }
            }
            boolean owned = Set.of("its", "their").contains(r.sentence.lower(hit.at() - 1))
                    || Set.of("its", "their").contains(r.sentence.lower(hit.at() - 2));
            if (c == null && owned && r.model.lastAttacker == null) { // the story's first attack only
                c = Clauses.actorCountry(r.mentions, r.model, hit.at()); // "Azerbaijan brushed aside criticism of its lightning offensive"
            }
            if (c != null && !shiftedBlame(r, hit.at())) {
                noteAttacker(r.model, c);
            }
        }
        for (Triggers.Hit hit : r.triggers.of("ATTACK_VERB")) {
            if (Clauses.modal(r.sentence, hit.at())) {
                continue;
            }
            String c = owner(r, hit.at()); // "Israeli aircraft struck"
            if (c == null) {
                c = Clauses.actorCountry(r.mentions, r.model, hit.at());
            }
            if (c != null) {
                noteAttacker(r.model, c);
            }
        }
    }

    private static final Set<String> ANSWERS = Set.of("retaliation", "response", "revenge", "reprisal", "reprisals", "payback");

    /** An attack named as what another answered: "in retaliation for", "a response to" a few words before. */
    private static boolean answered(Sentence s, int noun) {
        return answer(s, Math.max(0, noun - 6), noun);
    }

    /** "said the strike was retaliation for", "said the attack was a response to": by the side that struck. */
    private static boolean answering(Sentence s, int end) {
        return Set.of("was", "were", "is", "came").contains(s.lower(end)) && answer(s, end + 1, Math.min(s.size(), end + 4));
    }

    /** Whether "retaliation for", "response to" or the like starts between {@code from} and {@code to}. */
    private static boolean answer(Sentence s, int from, int to) {
        int answer = s.indexOfAny(ANSWERS, from, to);
        return answer >= 0 && Set.of("for", "to").contains(s.lower(answer + 1));
    }

    /**
     * "blamed the destruction on a Ukrainian air defence missile" after the story named its attacker:
     * one side's account of the damage, which does not make the other the story's attacker.
     */
    private static boolean shiftedBlame(Reading r, int noun) {
        if (r.model.lastAttacker == null) {
            return false;
        }
        int blamed = r.sentence.indexOfAny(BLAMED, Math.max(0, noun - 14), noun);
        return blamed >= 0 && r.sentence.indexOf("on", blamed + 1, noun) > blamed;
    }

    /** "a Venezuelan patrol vessel entered Guyana's exclusive economic zone", "Russian jets flew into its airspace". */
    static void noteIntrusion(Reading r) {
        Sentence s = r.sentence;
        for (int k = 1; k < s.size(); k++) {
            if (!INTRUDE.contains(s.lower(k)) || Clauses.modal(s, k)) {
                continue;
            }
            int space = s.indexOfAny(SPACES, k + 1, k + 7);
            if (space < 0) {
                continue;
            }
            String intruder = subjectModifier(r, k);
            if (intruder == null) {
                intruder = Clauses.actorCountry(r.mentions, r.model, k);
            }
            Mention into = Clauses.after(r.mentions, k + 1, space - k, m -> m.kind() == Mention.Kind.COUNTRY);
            if (intruder != null && (into == null || !into.key().equals(intruder))) {
                noteAttacker(r.model, intruder);
            }
        }
    }

    /** "a Venezuelan naval patrol vessel entered": the state modifying the verb's subject. */
    private static String subjectModifier(Reading r, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 6; k--) {
            Mention m = r.mentions.at(k);
            if (m != null) {
                return m.kind() == Mention.Kind.COUNTRY && m.use() == Mention.Use.MODIFIER ? m.key() : null;
            }
            if (SUBJECT_ENDS.contains(r.sentence.lower(k))) {
                return null;
            }
        }
        return null;
    }

    /** Remembers the state where this sentence says power was seized. */
    static void noteCoup(Reading r) {
        for (String cls : java.util.List.of("COUP", "COUP_VERB")) {
            for (Triggers.Hit hit : r.triggers.of(cls)) {
                String c = cls.equals("COUP") ? owner(r, hit.at()) : null; // "the Malian coup", "Niger's coup"
                int after = hit.end();
                if (r.sentence.lower(after).equals("by")) { // "the seizure of power by army officers in Guinea-Bissau"
                    int in = r.sentence.indexOf("in", after + 1, Math.min(r.sentence.size(), after + 5));
                    after = in > 0 ? in : after;
                }
                Mention in = r.sentence.lower(after).equals("in") ? r.mentions.at(after + 1) : null;
                if (c == null && in != null && in.kind() == Mention.Kind.COUNTRY) {
                    c = in.key(); // "the coup in Gabon", "seized power in Niger"
                }
                Mention ousted = cls.equals("COUP_VERB") ? Clauses.after(r.mentions, hit.end(), 4, m -> m.kind() == Mention.Kind.PERSON) : null;
                if (c == null && ousted != null) {
                    c = r.model.node(ousted.key()).attr("country"); // "ousted President Mohamed Bazoum"
                }
                if (c == null && r.model.lastCoupState == null) {
                    c = r.model.dateline;
                }
                if (c != null) {
                    r.model.lastCoupState = c;
                }
            }
        }
    }

    private static void noteAttacker(ArticleModel model, String c) {
        model.lastAttacker = c;
        if (!model.attackers.contains(c)) {
            model.attackers.add(c);
        }
    }

    /**
     * The story's first attacker other than {@code own}: "Iran also condemned the strike" after a paragraph on
     * Iran's own earlier one means the story's strike, the one its lead told.
     */
    static String otherAttacker(ArticleModel model, String own) {
        return model.attackers.stream().filter(a -> !a.equals(own)).findFirst().orElse(null);
    }

    /** The attacker of an attack noun between {@code from} and {@code to}, or null. */
    static String condemnedAttacker(Reading r, int from, int to) {
        int noun = r.triggers.find("ATTACK", from, to);
        int coup = r.triggers.find("COUP", from, to);
        if (coup >= 0 && (noun < 0 || coup < noun)) {
            String c = owner(r, coup);
            return c != null ? c : r.model.coupState();
        }
        int attempt = r.triggers.find("COUP_VERB", from, to);
        if (noun < 0 && attempt > from && r.sentence.lower(attempt - 1).equals("to")) {
            return r.model.coupState(); // "condemned the attempt to seize power", "the bid to topple President X"
        }
        if (noun < 0) {
            return null;
        }
        String c = owner(r, noun);
        return c != null ? c : r.model.lastAttacker;
    }

    /** "deadliest", "biggest", "largest": a superlative between a state and its attack ("Russia's deadliest air attack"). */
    private static boolean superlative(String w) {
        return w.length() > 5 && w.endsWith("est") && Character.isLetter(w.charAt(0)) && !NOT_SUPERLATIVE.contains(w);
    }

    /** "Israeli strike", "Israel's air strike", "Russian missile and drone attack": the modifying state. */
    static String owner(Reading r, int noun) {
        int reach = noun - 4;
        for (int k = noun - 1; k >= 0 && k >= reach; k--) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY && m.use() != Mention.Use.ANAPHOR) {
                return m.key(); // "after Israeli aircraft struck": a conjunction's clause still names the attacker
            }
            if (m != null && m.kind() == Mention.Kind.ORG && r.model.node(m.key()).attr("country") != null) {
                return r.model.node(m.key()).attr("country"); // "the Guards' missile attack"
            }
            String w = r.sentence.lower(k);
            boolean warOf = w.equals("of") && Set.of("war", "campaign", "act", "acts").contains(r.sentence.lower(k - 1));
            if (!w.equals("'s") && !w.equals("'") && !w.equals("-") && !MODIFIERS.contains(w) && !warOf && !superlative(w)) {
                return null; // "Russia's full-scale war of aggression": past "war of" to its owner
            }
            k -= warOf ? 1 : 0;
            reach -= warOf ? 2 : 0;
        }
        return null;
    }
}
