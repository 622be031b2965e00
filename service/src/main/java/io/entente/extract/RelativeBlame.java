package io.entente.extract;

import java.util.Set;

/**
 * A condemnation told in a relative clause, its object before it: "American strikes that his
 * government denounced as a violation", "a referendum that Georgetown condemned". The state behind
 * what the clause hangs on is condemned: the attacker of an attack, else the state nearest before.
 */
final class RelativeBlame {

    private static final Set<String> RELATIVES = Set.of("that", "which");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");
    private static final Set<String> GOVERNMENTS = Set.of("government", "administration", "cabinet", "ministry");
    private static final int LOOK_BACK = 12;
    private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "the", "that", "time");

    private RelativeBlame() {
    }

    /** The condemned state when {@code subject} opens a relative clause right before the verb at {@code trigger}. */
    static String object(Reading r, Mention subject, int trigger, String own) {
        int step = stepBefore(r.sentence, subject.from());
        boolean adjacent = subject.to() == trigger || subject.to() == trigger - 1
                && Set.of("has", "have", "had").contains(r.sentence.lower(subject.to())); // "a move Addis Ababa has criticised"
        if (step >= 0 && adjacent) {
            return stepObject(r, step, own);
        }
        int relative = subject.from() - 1;
        if (!auxiliariesOnly(r.sentence, subject.to(), trigger) || !RELATIVES.contains(r.sentence.lower(relative))
                || hasObject(r, trigger + 1)) {
            return null;
        }
        return objectBefore(r, relative, own);
    }

    /** "which Lithuania has consistently and strongly condemned": only auxiliaries and adverbs between. */
    private static boolean auxiliariesOnly(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.lower(k);
            if (!Set.of("has", "have", "had", "and").contains(w) && !(w.endsWith("ly") && w.length() > 4)) {
                return false;
            }
        }
        return to - from <= 5;
    }

    /**
     * "strikes that his government denounced": the government is that of the clause's subject (a
     * person or state named before), which condemns the state behind what the clause hangs on.
     */
    static void byOwnGovernment(Reading r, int trigger, Set<String> done) {
        Sentence s = r.sentence;
        int relative = trigger - 3;
        if (relative < 1 || !RELATIVES.contains(s.lower(relative)) || !POSSESSIVES.contains(s.lower(relative + 1))
                || !GOVERNMENTS.contains(s.lower(relative + 2)) || hasObject(r, trigger + 1)) {
            return;
        }
        Mention head = Clauses.firstActor(r.mentions, relative); // the clause the relative one hangs in
        String own = head == null ? null : Clauses.countryOf(head, r.model);
        String object = own == null ? null : objectBefore(r, relative, own);
        if (object != null && !done.contains(own)) {
            done.add(own);
            r.add("CONDEMNED", own, object, -1, java.util.Map.of(), ClaimStatus.ASSERTED, 0.65);
        }
    }

    /**
     * "the raid, which Brazil, Colombia and Argentina condemned": a list of actors opening the
     * relative clause; each condemns what the clause hangs on. Returns whether the list was read.
     */
    static boolean coordinated(Reading r, int trigger, Set<String> done) {
        Sentence s = r.sentence;
        java.util.List<Mention> list = new java.util.ArrayList<>();
        int k = trigger - 1;
        while (k > 0 && Set.of("both", "all", "also", "jointly", "have", "had").contains(s.lower(k))) {
            k--; // "an attack that Saudi Arabia and Pakistan both condemned"
        }
        while (k > 0) {
            Mention m = r.mentions.endingAt(k + 1);
            if (m != null && m.isActor()) {
                list.add(m);
                k = m.from() - 1;
            } else if (s.lower(k).equals(",") || s.lower(k).equals("and")) {
                k--;
            } else {
                break;
            }
        }
        if (list.size() < 2 || !RELATIVES.contains(s.lower(k)) || hasObject(r, trigger + 1)) {
            return false;
        }
        for (Mention m : list) {
            String own = Clauses.countryOf(m, r.model);
            String object = objectBefore(r, k, own);
            if (object != null && !done.contains(m.key())) {
                done.add(m.key());
                r.add("CONDEMNED", m.key(), object, -1, java.util.Map.of(), ClaimStatus.ASSERTED, 0.7);
            }
        }
        return true;
    }

    private static final Set<String> STEPS = Set.of("step", "move", "decision", "measure");

    /** ", a step Moscow called a mistake": the comma before the step noun, else -1. */
    private static int stepBefore(Sentence s, int subject) {
        boolean step = STEPS.contains(s.lower(subject - 1)) && Set.of("a", "the").contains(s.lower(subject - 2));
        return step && (s.lower(subject - 3).equals(",") || s.lower(subject - 3).equals("in")) ? subject - 3 : -1; // ", a move X called" / "in a move X described as"
    }

    /**
     * What the step was, told in the clause before the comma: the treaty it concerns ("ratified
     * the Rome Statute ..., a step Moscow called a mistake"), else the first state that took it.
     */
    private static String stepObject(Reading r, int comma, String own) {
        for (Reading.DeploymentRef d : r.deployments) {
            if (d.at() < comma && (d.from() == null || !d.from().equals(own))) {
                return d.ref(); // "Egypt began sending soldiers to Somalia, a move Addis Ababa has criticised"
            }
        }
        String state = null;
        for (int k = comma - 1; k >= 0 && !r.sentence.lower(k).equals(";"); k--) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.TREATY) {
                return m.key();
            }
            if (m != null && m.use() != Mention.Use.ANAPHOR && !m.key().equals(own)) {
                String country = Clauses.countryOf(m, r.model);
                state = country != null && !country.equals(own) ? country : state;
            }
        }
        return state;
    }

    private static String objectBefore(Reading r, int relative, String own) {
        Sentence s = r.sentence;
        int attack = r.triggers.find("ATTACK", Math.max(0, relative - 5), relative); // "war of aggression against Ukraine, which"
        if (attack >= 0) {
            String attacker = Attacks.condemnedAttacker(r, attack, attack + 1); // "Israel struck ..., an attack that X condemned"
            if (attacker != null && !attacker.equals(own)) {
                return attacker;
            }
        }
        for (int k = relative - 1; k >= 0 && k >= relative - LOOK_BACK; k--) {
            String w = s.lower(k);
            if (w.equals(";") || w.equals(":")) {
                return null;
            }
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY && m.use() != Mention.Use.ANAPHOR && !m.key().equals(own)) {
                return m.key();
            }
        }
        return null;
    }

    /** Whether the verb takes an object of its own ("blamed on Iran"), not only a time ("condemned on Tuesday"). */
    private static boolean hasObject(Reading r, int after) {
        Sentence s = r.sentence;
        String w = s.lower(after);
        if (w.equals("on") || w.equals("in") || w.equals("at")) {
            String next = s.lower(after + 1);
            return !(TIMES.contains(next) || !next.isEmpty() && Character.isDigit(next.charAt(0)));
        }
        return !(w.equals("as") || w.equals(",") || w.equals(".") || w.equals("last") || w.equals("earlier")
                || w.equals("this") || after >= s.size()
                || w.equals("and") && Set.of("that", "which").contains(s.lower(after + 1))); // "condemned and that deepened doubts"
    }
}
