package io.entente.extract;

import io.entente.extract.quantity.TroopCount;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small readings of deployment wording: a withdrawal only demanded, troops a country calls its own. */
final class DeploymentWording {

    private DeploymentWording() {
    }

    /** "a presence Chisinau has demanded be withdrawn": a withdrawal asked for, not made. */
    static boolean demanded(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 6 && !s.lower(k).equals(","); k--) { // "demands from Chisinau that they leave"
            if (Set.of("demanded", "demand", "demands", "demanding", "urged", "called", "calls", "calling", "wants")
                    .contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "decided to stop rotating a brigade": a deployment being ended, not made. */
    static boolean stopped(Sentence s, int at) {
        return Set.of("stop", "stops", "stopped", "stopping", "end", "ended", "ending", "halt", "halted", "cease", "ceased",
                "suspend", "suspended").contains(s.lower(at - 1)) || possibleOnly(s, at);
    }

    /** "sending troops to Ukraine 'cannot be ruled out'": a possibility someone keeps open, nothing sent. */
    private static boolean possibleOnly(Sentence s, int at) {
        for (int k = at + 1; k + 1 < s.size() && k < at + 14 && !s.lower(k).equals(";") && !s.lower(k).equals(","); k++) {
            if (s.lower(k).equals("ruled") && s.lower(k + 1).equals("out") && s.lower(k - 1).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** "had no soldiers in", "did not send troops": negated, but not merely planned or conditional. */
    static boolean negated(Triggers triggers, Sentence s, int at) {
        if (s.lower(at - 1).equals("no") || s.lower(at - 2).equals("no") && s.token(Math.max(0, at - 1)).capitalised() // "no Ethiopian troops"
                || s.lower(at - 1).equals("any") && triggers.find("NEG", Math.max(0, at - 4), at) >= 0) {
            return true;
        }
        int reach = at - 3;
        for (int k = at - 1; k > reach && k > 0; k--) {
            reach -= s.lower(k).equals("-") ? 2 : 0; // "no Self-Defense Forces units": a hyphenated word counts as one
        }
        for (int k = at - 2; k >= 0 && k >= reach && (s.token(k).isWord() || s.lower(k).equals("-")); k--) { // "No French combat units", not "no more than"
            if (s.lower(k).equals("no") && !Set.of("more", "fewer", "less", "longer").contains(s.lower(k + 1))) {
                return true;
            }
        }
        for (int k = at - 2; k >= 1 && k >= at - 7; k--) {
            if (s.lower(k).equals("such") && s.lower(k - 1).equals("no")) {
                return true; // "no such thing as a Chinese military base"
            }
        }
        boolean neg = false;
        for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
            if (triggers.is(k, "MODAL") || s.lower(k).equals(",")) {
                return false;
            }
            neg |= triggers.is(k, "NEG");
        }
        return neg;
    }

    /** "leaving about 1,000 soldiers in Romania", "left 500 troops behind": troops that stay. */
    static boolean leavesBehind(Reading r, Triggers.Hit w) {
        String v = r.sentence.lower(w.at());
        if (!v.equals("leaving") && !v.equals("leave") && !v.equals("left") || w.end() != w.at() + 1) {
            return false;
        }
        int troop = r.triggers.find("TROOP", w.end(), w.end() + 5);
        return troop >= 0 && !r.sentence.lower(w.end()).equals("the") && !r.sentence.lower(w.end()).equals("for");
    }

    private static final Set<String> HANDLED = Set.of("trained", "training", "killed", "kills",
            "wounded", "injured", "equipped", "armed", "recruited", "captured", "graduated", "mobilised", "mobilized");

    /**
     * Troops named as someone's opponents or companions ("against Ukrainian forces", "alongside
     * Russian troops") or as what was done to them ("has trained more than 5,000 Somali soldiers").
     */
    static boolean opposed(Sentence s, int troop) {
        for (int k = troop - 1; k >= 0 && k >= troop - 6; k--) {
            if (HANDLED.contains(s.lower(k))) {
                return true;
            }
            if (s.lower(k).equals(",") || s.lower(k).equals("and") || s.lower(k).equals("to")) {
                break;
            }
        }
        for (int k = troop - 1; k >= 0 && k >= troop - 3; k--) {
            String w = s.lower(k);
            if (w.equals("against") || w.equals("alongside") || w.equals("with") || w.equals("fighting")) {
                return true;
            }
            if (w.equals(",") || w.equals("and")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> AMOUNT_WORDS = Set.of("about", "roughly", "some", "around", "nearly",
            "almost", "over", "more", "than", "up", "to", "of", "thousands", "tens", "hundreds", "dozens", "military", "its", "own",
            "between", "and", "an", "estimated", "several", "a", "few", "many", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "still", "also", "no", "any", "\"", "already",
            "contingent", "detachment", "battalion", "company", "unit"); // "has a contingent of about 20 soldiers"

    /** Verbs of keeping troops: "has about 3,000 soldiers", "maintains peacekeepers", "keeps some 900 soldiers". */
    static final Set<String> KEEPING = Set.of("has", "had", "have", "maintains", "maintain", "maintained",
            "keeps", "keep", "kept");

    /** Hardware named with the troops: "has warplanes and troops at Hmeimim". */
    private static final Set<String> WITH_TROOPS = Set.of("and", "warplanes", "jets", "aircraft", "ships", "warships",
            "drones", "tanks", "helicopters", "advisers", "advisors");

    /** "has about 3,000 soldiers", "had roughly 1,000 troops": troops a subject keeps somewhere. */
    static boolean possessed(Sentence s, int troop) {
        for (int k = troop - 1; k >= 0 && k >= troop - 7; k--) {
            String w = s.lower(k);
            if (KEEPING.contains(w)) {
                return true;
            }
            if (!(Character.isDigit(s.token(k).text().charAt(0)) || AMOUNT_WORDS.contains(w) || WITH_TROOPS.contains(w))) {
                return false;
            }
        }
        return false;
    }

    /** "its own troops", "their troops": the clause's actor sends them. */
    static boolean ownTroops(Sentence s, int troop) {
        for (int k = troop - 1; k >= 0 && k >= troop - 4; k--) { // "its own troops", "its 201st military base"
            String w = s.lower(k);
            if (w.equals("its") || w.equals("their")) {
                return true;
            }
            if (!(w.equals("own") || Character.isDigit(s.token(k).text().charAt(0)) && !w.contains(",")
                    || Set.of("st", "nd", "rd", "th").contains(w))) {
                return false;
            }
        }
        return false;
    }

    /** After "from Nigeria and Ghana" (the senders), else {@code k}. */
    static int afterSenders(Reading r, int k) {
        if (!r.sentence.lower(k).equals("from")) {
            return k;
        }
        int j = k + 1;
        while (r.mentions.at(j) != null && r.mentions.at(j).kind() == Mention.Kind.COUNTRY) {
            j = r.mentions.at(j).to();
            if (!Set.of(",", "and").contains(r.sentence.lower(j))) {
                return j;
            }
            j++;
            j += r.sentence.lower(j).equals("the") && r.mentions.at(j) == null ? 1 : 0; // "from Norway and the Netherlands"
        }
        return k;
    }

    /** The token after an aside ("150 soldiers, most of them engineers, are in X"), else {@code k}. */
    static int afterAside(Sentence s, int k) {
        if (!s.lower(k).equals(",")) {
            return k;
        }
        for (int j = k + 1; j < s.size() && j < k + 12; j++) {
            if (s.lower(j).equals(",")) {
                return j + 1;
            }
        }
        return k;
    }

    private static final Set<String> PHRASE_BREAKS = Set.of(",", ";", "that", "which", "who", "and", "but", "against", "to", "from");

    /**
     * "3,000 soldiers fighting alongside the M23 rebels in Congo": the "in" after a participle
     * phrase on the troops, with no clause break between; else -1.
     */
    static int participleIn(Reading r, int k) {
        Sentence s = r.sentence;
        String w = s.lower(k);
        if (!(w.endsWith("ing") && w.length() > 5 && s.token(k).isWord() && !s.token(k).capitalised()) || r.triggers.is(k, "REPORT")) {
            return -1;
        }
        for (int j = k + 1; j < s.size() && j < k + 8; j++) {
            if (PHRASE_BREAKS.contains(s.lower(j)) || r.triggers.is(j, "MODAL")) {
                return -1;
            }
            Mention m = r.mentions.at(j + 1);
            if ((s.lower(j).equals("in") || s.lower(j).equals("inside")) && m != null
                    && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.LOCATION)) {
                return j;
            }
        }
        return -1;
    }

    /** The figure a number token states for its own troops ("400 from Austria"); the count is null unless plain digits. */
    static TroopCount figure(Token n) {
        Integer size = n.text().matches("[0-9][0-9,]*") ? Integer.valueOf(n.text().replace(",", "")) : null;
        return new TroopCount(n.start(), n.end(), size, true, n.text());
    }

    /** The dateline's state, when the story is written from there and it is not {@code sender}: the country "in the country" means. */
    static String datelineHost(ArticleModel model, String sender) {
        String home = model.homeCountry();
        return home != null && home.equals(model.dateline) && !home.equals(sender) ? home : null;
    }

    static final Set<String> HOME_WORDS = Set.of("country", "capital", "kingdom", "emirate", "republic", "nation");

    /** "in the country" or "in the capital" within a few tokens after {@code from}. */
    static boolean theCountryAfter(Sentence s, int from) {
        for (int k = from; k + 2 < s.size() && k < from + 6; k++) {
            if (s.lower(k).equals("in") && theHome(s, k + 1, HOME_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** "the country", "the Gulf state", "the Indian Ocean nation": a home noun after "the" and at most three words. */
    static boolean theHome(Sentence s, int the, Set<String> homes) {
        if (!s.lower(the).equals("the")) {
            return false;
        }
        for (int k = the + 1; k < s.size() && k <= the + 4; k++) {
            if (homes.contains(s.lower(k))) {
                return !s.lower(k + 1).equals("of") && !s.lower(k + 1).equals("'s"); // not "the nation of X", "the country's north"
            }
            if (!s.token(k).isWord() || s.lower(k).equals("of") || s.lower(k).equals("and")) {
                return false;
            }
        }
        return false;
    }

    /** The country named most recently other than the sender. */
    static String lastOther(Reading r, String from) {
        return r.model.recentCountries().stream().filter(c -> !c.equals(from)).findFirst().orElse(null); // most recent first
    }

    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "both", 2, "three", 3, "four", 4, "five", 5);

    /** "in all three countries", "in both countries": the last states the sentence named before, other than the sender. */
    static List<String> countedCountries(Reading r, int in, String sender) {
        Sentence s = r.sentence;
        int k = Set.of("in", "to", "across").contains(s.lower(in)) ? in + 1 : -1;
        if (k < 0) {
            return List.of();
        }
        k += Set.of("all", "the", "these", "those").contains(s.lower(k)) ? 1 : 0;
        Integer n = COUNTS.get(s.lower(k));
        if (n == null || !Set.of("countries", "states", "nations").contains(s.lower(k + 1))) {
            return List.of();
        }
        List<String> named = new java.util.ArrayList<>();
        for (Mention m : r.mentions.all()) {
            boolean troopsOf = r.triggers.is(m.to(), "TROOP"); // "forced out French forces": an army, not a place
            if (m.to() <= in && m.kind() == Mention.Kind.COUNTRY && m.use() != Mention.Use.MODIFIER && !troopsOf
                    && !m.key().equals(sender) && !named.contains(m.key())) {
                named.add(m.key());
            }
        }
        return named.size() >= n ? named.subList(named.size() - n, named.size()) : List.of();
    }

    /** An exercise or drill named within a few tokens after {@code from}, not one already over. */
    static boolean exerciseAhead(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 5; k++) {
            if (Set.of("exercise", "exercises", "drills", "manoeuvres", "maneuvers", "war games").contains(s.lower(k))) {
                return !Set.of("ended", "concluded", "finished").contains(s.lower(k + 1))
                        && !(s.lower(k + 1).equals("that") && Set.of("ended", "concluded").contains(s.lower(k + 2)));
            }
        }
        return false;
    }
}
