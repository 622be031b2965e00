package io.entente.extract;

import java.util.List;
import java.util.Set;

/**
 * Country mentions that need the article's context: "the North"/"the South" (a divided country
 * already named), "the East Asian country" (the latest country of that region) and "the two
 * countries" (the two latest countries, or the parties of the current treaty).
 */
final class CountryAnaphora {

    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "state", "kingdom", "republic", "ally", "neighbour", "neighbor");
    private static final Set<String> PAIR_NOUNS = Set.of("countries", "nations", "states", "sides", "neighbours", "neighbors", "allies", "governments");

    private static final Set<String> STATE_NOUNS = Set.of("country", "kingdom", "emirate", "republic", "nation");
    private static final Set<String> RULERS = Set.of("junta", "putschists", "coup leaders");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "into", "inside", "to", "across", "throughout");

    private CountryAnaphora() {
    }

    static void find(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        openingIt(sm, model);
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.lower(i).equals("the") || !sm.free(i, i + 2)) {
                continue;
            }
            String next = s.token(i + 1).text();
            if ((next.equals("North") || next.equals("South")) && !s.token(Math.min(i + 2, s.size() - 1)).capitalised()) {
                String iso = divided(model, next);
                if (iso != null) {
                    model.country(iso);
                    sm.put(new Mention(Mention.Kind.COUNTRY, iso, i, i + 2,
                            s.lower(i + 2).equals("'s") ? Mention.Use.MODIFIER : Mention.Use.ANAPHOR));
                }
                continue;
            }
            int nounEnd = STATE_NOUNS.contains(s.lower(i + 1)) ? i + 2
                    : s.lower(i + 1).equals("island") && s.lower(i + 2).equals("nation") ? i + 3 : -1; // "the island nation's"
            if (nounEnd > 0 && s.lower(nounEnd).equals("'s") && GazetteerMentions.ACTOR_NOUNS.contains(s.lower(nounEnd + 1))) {
                String iso = latestBefore(sm, model, i); // "accusing the island nation's government of ..."
                if (iso != null) {
                    sm.put(new Mention(Mention.Kind.COUNTRY, iso, i, nounEnd, Mention.Use.ANAPHOR));
                }
                continue;
            }
            if (nounEnd > i + 2 && s.lower(nounEnd).equals("'s")) {
                String iso = latestBefore(sm, model, i);
                if (iso != null) {
                    sm.put(new Mention(Mention.Kind.COUNTRY, iso, i, nounEnd, Mention.Use.MODIFIER));
                }
                continue;
            }
            if (s.lower(i + 1).equals("country") && PLACE_PREPOSITIONS.contains(s.lower(i - 1)) && !s.lower(i + 2).equals("'s")) {
                Set<String> origins = origins(sm, i);
                String city = origins.isEmpty() ? capitalAfter(sm, i + 2) : null; // "in the country, most of them at the air base in Niamey"
                String iso = city != null ? city : origins.isEmpty() ? latestBefore(sm, model, i) // "operating in the country"
                        : hostBesides(sm, model, i, origins); // "troops from Uganda, Kenya and Ethiopia in the country"
                if (iso != null) {
                    sm.put(new Mention(Mention.Kind.COUNTRY, iso, i, i + 2, Mention.Use.ANAPHOR));
                }
                continue;
            }
            if (i == 0 && Set.of("government", "military", "army").contains(s.lower(1)) && !Set.of("of", "'s", ",").contains(s.lower(2))
                    && model.datelineOrHome() != null) { // a government's own statement: "The Government condemned ...", "The military dismissed ..."
                sm.put(new Mention(Mention.Kind.COUNTRY, model.datelineOrHome(), 0, 2, Mention.Use.ANAPHOR));
                continue;
            }
            if (RULERS.contains(s.lower(i + 1)) && !s.token(Math.min(i + 2, s.size() - 1)).capitalised()) {
                String iso = model.coupState(); // "the junta": of the state whose power it seized
                if (iso != null) {
                    sm.put(new Mention(Mention.Kind.COUNTRY, iso, i, i + 2, Mention.Use.ANAPHOR));
                }
                continue;
            }
            if (nounEnd == i + 2 && s.lower(i + 2).equals("'s")) { // "the country's", "the kingdom's"
                String iso = latestBefore(sm, model, i);
                if (iso != null) {
                    sm.put(new Mention(Mention.Kind.COUNTRY, iso, i, i + 2, Mention.Use.MODIFIER));
                }
                continue;
            }
            PhraseTrie.Match<String> region = Lexicon.get().region(s.tokens(), i + 1);
            int end = region == null ? -1 : i + 1 + region.length();
            if (region != null && COUNTRY_NOUNS.contains(s.lower(end))) {
                String iso = model.mostRecentAmong(Lexicon.get().regionCountries(region.values().getFirst()));
                if (iso != null) {
                    sm.put(new Mention(Mention.Kind.COUNTRY, iso, i, end + 1, Mention.Use.ANAPHOR));
                }
            }
        }
    }

    /** Words between an opening "It" and its verb: "It still keeps", "It has also signed". */
    private static final Set<String> IT_ADVERBS = Set.of("still", "also", "already", "now", "later", "then", "has", "had",
            "currently", "previously", "since", "first");
    /** Acts of a state that an opening "It" may do; "It is unclear", "It remains to be seen" are no state. */
    private static final Set<String> IT_VERBS = Set.of("keeps", "kept", "maintains", "maintained", "has", "had", "signed",
            "ratified", "deployed", "sent", "stations", "stationed", "hosts", "hosted", "accused", "condemned", "denounced",
            "rejected", "denied", "joined", "withdrew", "agreed", "concluded", "sealed", "dispatched", "approved");

    /**
     * "Nicosia has drawn sea borders with two neighbours. It signed an agreement with Egypt":
     * a sentence that opens with "It" and a state's act right after the sentence a state opened.
     */
    private static void openingIt(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        if (model.openingState == null || model.openingSentence != s.index() - 1 || s.size() < 3
                || !s.token(0).text().equals("It") || !sm.free(0, 1)) {
            return;
        }
        int k = 1; // walk past "still", "has also"; a "has" that is itself the verb ("It has 900 troops") stops the walk
        while (k < s.size() && k < 4 && IT_ADVERBS.contains(s.lower(k)) && !(IT_VERBS.contains(s.lower(k))
                && !IT_VERBS.contains(s.lower(k + 1)) && !IT_ADVERBS.contains(s.lower(k + 1)))) {
            k++;
        }
        if (IT_VERBS.contains(s.lower(k))) {
            sm.put(new Mention(Mention.Kind.COUNTRY, model.openingState, 0, 1, Mention.Use.ANAPHOR));
        }
    }

    /** "the country's": the latest acting country before this point (this sentence first, then earlier ones). */
    private static String latestBefore(SentenceMentions sm, ArticleModel model, int i) {
        java.util.Set<String> later = new java.util.HashSet<>();
        for (Mention m : sm.all()) {
            if (m.kind() != Mention.Kind.COUNTRY) {
                continue;
            }
            if (m.from() >= i) {
                later.add(m.key());
            }
        }
        String best = lastNamedBefore(sm, i, Set.of());
        if (best != null) {
            return best;
        }
        return model.recentCountries().stream().filter(c -> !later.contains(c)).findFirst().orElse(null);
    }

    /** The state whose capital the same clause names just after {@code from} ("..., most of them in Niamey"), else null. */
    private static String capitalAfter(SentenceMentions sm, int from) {
        for (int k = from; k < sm.sentence.size() && k < from + 12; k++) {
            String w = sm.sentence.lower(k);
            if (w.equals(";") || w.equals("while") || w.equals("but") || w.equals("and") && sm.sentence.lower(k - 1).equals(",")) {
                return null;
            }
            Mention m = sm.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY && m.from() == k) {
                return m.use() == Mention.Use.METONYM ? m.key() : null;
            }
        }
        return null;
    }

    /** The last country this sentence names before token {@code i}, not as a modifier and not one of {@code except}. */
    private static String lastNamedBefore(SentenceMentions sm, int i, Set<String> except) {
        String best = null;
        for (Mention m : sm.all()) {
            if (m.kind() == Mention.Kind.COUNTRY && m.to() <= i && m.use() != Mention.Use.MODIFIER && !except.contains(m.key())) {
                best = m.key();
            }
        }
        return best;
    }

    /** Countries of a "from A, B and C" list before token {@code i}: where troops or envoys come from. */
    static Set<String> origins(SentenceMentions sm, int i) {
        Set<String> origins = new java.util.HashSet<>();
        Sentence s = sm.sentence;
        for (int k = 0; k < i; k++) {
            if (!s.lower(k).equals("from")) {
                continue;
            }
            int j = k + 1;
            Mention m = sm.at(j);
            while (m != null && m.from() == j && m.kind() == Mention.Kind.COUNTRY && m.to() <= i) {
                origins.add(m.key());
                j = m.to();
                if (Set.of(",", "and", "or").contains(s.lower(j))) {
                    j += s.lower(j).equals(",") && s.lower(j + 1).equals("and") ? 2 : 1;
                }
                m = sm.at(j);
            }
        }
        return origins;
    }

    /** "the country" after a list of origins is none of them: the story's own state, else the latest other one. */
    private static String hostBesides(SentenceMentions sm, ArticleModel model, int i, Set<String> origins) {
        String home = model.datelineOrHome();
        if (home != null && !origins.contains(home)) {
            return home;
        }
        String best = lastNamedBefore(sm, i, origins);
        return best != null ? best : model.recentCountries().stream().filter(c -> !origins.contains(c)).findFirst().orElse(null);
    }

    /** "the North" is the latest-named country whose name starts with North (North Korea, North Macedonia...). */
    private static String divided(ArticleModel model, String half) {
        for (String iso : model.recentCountries()) {
            Gazetteer.CountryInfo c = Gazetteer.get().country(iso);
            if (c != null && c.name().startsWith(half + " ")) {
                return iso;
            }
        }
        return null;
    }

    /**
     * "Goita travelled to Moscow, held talks with Putin, and the two governments signed": the two
     * states the sentence itself names before {@code before} (directly or through people), else
     * {@link #pair(ArticleModel)}.
     */
    static List<String> pairIn(SentenceMentions sm, ArticleModel model, int before) {
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        for (Mention m : sm.all()) {
            if (m.to() <= before && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.PERSON)) {
                String c = Clauses.countryOf(m, model);
                if (c != null) {
                    named.add(c);
                }
            }
        }
        int n = Math.max(2, groupSize(sm.sentence, before));
        return named.size() == n ? List.copyOf(named) : n == 2 ? pair(model) : group(model, n);
    }

    /** "the three governments": the current treaty's parties when it has that many, else the story's most-named states. */
    private static List<String> group(ArticleModel model, int n) {
        String t = model.currentTreaty();
        if (t != null && ArticleModel.parties(model.node(t)).size() == n) {
            return List.copyOf(ArticleModel.parties(model.node(t)));
        }
        List<String> named = model.mostMentioned();
        return named.size() >= n ? named.subList(0, n) : List.of();
    }

    /** "the two countries": the current treaty's two parties, else the two latest countries. */
    static List<String> pair(ArticleModel model) {
        String t = model.currentTreaty();
        if (t != null && ArticleModel.parties(model.node(t)).size() == 2) {
            return List.copyOf(ArticleModel.parties(model.node(t)));
        }
        List<String> named = model.mostMentioned();
        return named.size() >= 2 ? named.subList(0, 2) : List.of();
    }

    /** "Both countries ratified", "the two sides have signed": a pair phrase just before the verb. */
    static boolean pairBefore(Sentence s, int verb) {
        int k = verb - 1;
        while (k >= 0 && java.util.Set.of("have", "has", "had", "also", "jointly", "formally", "each", "since", "then", "both").contains(s.lower(k))
                && !(s.lower(k).equals("both") && k == verb - 1)) {
            k--;
        }
        if (k < 1 || !PAIR_NOUNS.contains(s.lower(k))) {
            return false;
        }
        return s.lower(k - 1).equals("both") || k >= 2 && isPair(s, k - 2);
    }

    /** Whether tokens [i, i+3) read "the two countries" or the like. */
    static boolean isPair(Sentence s, int i) {
        return groupSize(s, i) == 2;
    }

    /** Whether tokens [i, i+3) read "the two countries", "the three governments" or the like. */
    static boolean isGroup(Sentence s, int i) {
        return groupSize(s, i) >= 2;
    }

    private static final java.util.Map<String, Integer> GROUP_SIZES = java.util.Map.of("two", 2, "both", 2, "three", 3, "four", 4, "five", 5);

    /** How many states "the two countries", "the three governments" at {@code i} stand for; 0 when it reads otherwise. */
    static int groupSize(Sentence s, int i) {
        Integer n = s.lower(i).equals("the") ? GROUP_SIZES.get(s.lower(i + 1)) : null;
        return n != null && (PAIR_NOUNS.contains(s.lower(i + 2)) || PAIR_NOUNS.contains(s.lower(i + 3))) ? n : 0;
    }

    /** A pair phrase starting at token i: "the two countries", or "both governments" without an article. */
    static boolean pairAt(Sentence s, int i) {
        return isGroup(s, i) || s.lower(i).equals("both") && PAIR_NOUNS.contains(s.lower(i + 1));
    }
}
