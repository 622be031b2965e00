package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** "the two leaders", "both men", "both prime ministers": the two people the story named last. */
final class PeoplePairs {

    static final Set<String> PEOPLE_NOUNS = Set.of("leaders", "presidents", "men", "women", "ministers", "premiers", "heads");
    private static final Set<String> EACH_NOUNS = Set.of("leader", "president", "man", "woman", "minister", "premier");

    /** The number of tokens of "the two leaders" / "both leaders" at {@code k}, else 0. */
    static int twoPeople(Sentence s, int k) {
        if (s.lower(k).equals("each") && EACH_NOUNS.contains(s.lower(k + 1))) {
            return 2; // "held talks with each leader"
        }
        if (s.lower(k).equals("each") && s.lower(k + 1).equals("of") && twoPeople(s, k + 2) > 0) {
            return 2 + twoPeople(s, k + 2); // "each of the two leaders"
        }
        int j = s.lower(k).equals("the") ? k + 1 : k;
        if (!s.lower(j).equals("two") && !s.lower(j).equals("both")) {
            return 0;
        }
        j++;
        if (PEOPLE_NOUNS.contains(s.lower(j + 1)) && !PEOPLE_NOUNS.contains(s.lower(j))) {
            j++; // "the two foreign ministers"
        }
        return PEOPLE_NOUNS.contains(s.lower(j)) ? j + 1 - k : 0;
    }

    /** "the two prime ministers" → "prime ministers"; null for "the two leaders" or "both men". */
    static String officeOfPair(Sentence s, int from) {
        for (int k = Math.max(0, from); k < s.size() && k < from + 4; k++) {
            if ((s.lower(k).equals("two") || s.lower(k).equals("both")) && s.lower(k + 1).matches("[a-z]+")
                    && PEOPLE_NOUNS.contains(s.lower(k + 2)) && !s.lower(k + 2).equals("heads")) {
                return s.lower(k + 1) + " " + s.lower(k + 2);
            }
            if ((s.lower(k).equals("two") || s.lower(k).equals("both")) && Set.of("presidents", "premiers", "ministers").contains(s.lower(k + 1))) {
                return s.lower(k + 1);
            }
        }
        return null;
    }

    private static final java.util.Map<String, Integer> NUMBERS = java.util.Map.of("two", 2, "three", 3, "four", 4);
    private static final Set<String> GROUP_NOUNS = Set.of("leaders", "presidents", "men", "women", "ministers", "premiers",
            "officials", "envoys");

    /**
     * "the three ministers had jointly condemned": the people a numbered group phrase just before
     * the verb stands for, named last in this sentence, else in the story; empty if none.
     */
    static List<String> group(Reading r, int verb) {
        Sentence s = r.sentence;
        for (int k = Math.max(0, verb - 6); k < verb; k++) {
            Integer n = NUMBERS.get(s.lower(k + 1));
            int noun = GROUP_NOUNS.contains(s.lower(k + 2)) ? k + 2 : GROUP_NOUNS.contains(s.lower(k + 3)) ? k + 3 : -1;
            if (!s.lower(k).equals("the") || n == null || noun < 0 || noun >= verb) {
                continue;
            }
            List<String> named = new ArrayList<>();
            for (Mention m : r.mentions.all()) {
                if (m.kind() == Mention.Kind.PERSON && m.to() <= k && !named.contains(m.key())) {
                    named.add(m.key());
                }
            }
            List<String> pool = named.size() >= n ? named : r.model.recentPeople;
            return pool.size() < n ? List.of() : List.copyOf(pool.subList(pool.size() - n, pool.size()));
        }
        return List.of();
    }

    /** The two people most recently named (besides {@code except}) holding the office the phrase at {@code from} names. */
    static List<String> lastTwo(Reading r, int from, String except) {
        List<String> recent = new ArrayList<>(r.model.recentPeople);
        recent.remove(except);
        String office = officeOfPair(r.sentence, from);
        if (office != null) { // "both prime ministers": the two people holding that office
            recent.removeIf(p -> !(r.model.node(p).attr("role") + "s").toLowerCase(java.util.Locale.ROOT).endsWith(office));
        } else if (leaders(r.sentence, from)) { // "each leader", "the two leaders": heads of state or government
            List<String> heads = new ArrayList<>(recent);
            heads.removeIf(p -> !LEADER_ROLE.matcher(String.valueOf(r.model.node(p).attr("role"))).find());
            recent = heads.size() >= 2 ? heads : recent;
        }
        return recent.size() < 2 ? List.of() : List.of(recent.get(recent.size() - 1), recent.get(recent.size() - 2));
    }

    private static final java.util.regex.Pattern LEADER_ROLE = java.util.regex.Pattern.compile(
            "(?i)president|prime minister|premier|chancellor|king|emir|supreme leader|leader|sultan|taoiseach");

    private static boolean leaders(Sentence s, int from) {
        for (int k = Math.max(0, from); k < s.size() && k < from + 5; k++) {
            if (s.lower(k).equals("leader") || s.lower(k).equals("leaders")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a pair phrase ends just before token {@code verb} ("which both men signed"). */
    static boolean before(Sentence s, int verb) {
        for (int k = Math.max(0, verb - 6); k < verb; k++) {
            int n = twoPeople(s, k);
            int j = k + n;
            while (n > 0 && j < verb && BETWEEN.contains(s.lower(j))) {
                j++; // "the two ministers had already signed"
            }
            if (n > 0 && j >= verb - 1 && k + n >= verb - 3) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BETWEEN = Set.of("had", "have", "has", "already", "also", "jointly", "formally", "then",
            "previously", "earlier");

    /** The two people a pair phrase just before {@code verb} stands for ("both men signed"), as mentions; else none. */
    static List<Mention> namedBefore(Reading r, int verb) {
        if (!before(r.sentence, verb)) {
            return List.of();
        }
        return lastTwo(r, Math.max(0, verb - 4), null).stream()
                .map(p -> new Mention(Mention.Kind.PERSON, p, 0, 0, Mention.Use.ANAPHOR)).toList();
    }

    private PeoplePairs() {
    }
}
