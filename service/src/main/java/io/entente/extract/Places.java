package io.entente.extract;

import java.util.Set;

/**
 * Sub-national places named with a place noun: "Kursk, a Russian border region", "the Kursk
 * region", "Russia's Belgorod province". A place becomes an entity only when an event uses it.
 */
final class Places {

    private static final Set<String> PLACE_NOUNS = Set.of("region", "province", "oblast", "city", "town", "village",
            "district", "area", "territory", "enclave", "exclave", "port", "county", "governorate", "prefecture", "island",
            "islands", "base", "garrison", "temple", "airbase", "state", "republic", "krai", "municipality", "capital");

    private static final Set<String> SITE_KINDS = Set.of("air", "naval", "military", "army", "border", "port",
            "frontier", "coastal", "river", "mining", "industrial");

    private static final Set<String> NUMBERED_SITES = Set.of("base", "airbase", "camp", "station", "airfield", "outpost");

    private static final Set<String> BARE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "around");
    private static final Set<String> NOT_PLACES = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "The", "A", "An", "This", "That", "His", "Her", "Its", "Their", "Parliament",
            "Congress", "Senate", "Washington", "Spring", "Summer", "Autumn", "Winter", "Europe", "Asia", "Africa");

    private Places() {
    }

    /** "Gorno-Badakhshan": a hyphen between capitalised parts stays inside the name. */
    private static boolean hyphenInside(Sentence s, int k, int start) {
        return k > start && s.token(k).text().equals("-") && k + 1 < s.size() && s.token(k + 1).capitalised()
                && s.token(k - 1).end() == s.token(k).start();
    }

    /** An unknown capitalised name after "in"/"near" that nothing else claimed, and no org or person shape. */
    private static boolean bare(SentenceMentions sm, int i, int end) {
        Sentence s = sm.sentence;
        if (NOT_PLACES.contains(s.token(i).text()) || end - i > 2) {
            return false;
        }
        String after = s.lower(end);
        return !after.equals("'s") && !(end < s.size() && s.token(end).capitalised()) && !after.equals("(")
                && s.token(i).text().length() > 2 && !s.token(i).text().chars().allMatch(Character::isUpperCase);
    }

    /** The place or capital just before "X, " / "X and " / "X, and " at {@code i}, if any. */
    private static Mention listed(SentenceMentions sm, int i) {
        Sentence s = sm.sentence;
        int k = i - 1;
        if (s.lower(k).equals("and") && s.lower(k - 1).equals(",")) {
            k--;
        }
        if (!s.lower(k).equals(",") && !s.lower(k).equals("and")) {
            return null;
        }
        Mention m = sm.endingAt(k);
        return m != null && (m.kind() == Mention.Kind.LOCATION || m.kind() == Mention.Kind.COUNTRY && m.use() == Mention.Use.METONYM) ? m : null;
    }

    /** A place from the list of known regions, with its state; a following place noun joins it. */
    private static int known(SentenceMentions sm, ArticleModel model, int i, PhraseTrie.Match<String> match) {
        Sentence s = sm.sentence;
        String[] value = match.values().getFirst().split("\t");
        int end = i + match.length();
        Node n = model.location(ArticleModel.slug(value[0]), value[0]);
        n.standalone = true;
        n.attrs.putIfAbsent("country", value[1]);
        String surface = Bodies.surface(s, i, end);
        n.alias(surface);
        if (PLACE_NOUNS.contains(s.lower(end)) && !s.token(end).capitalised()) {
            n.alias(Bodies.surface(s, i, end + 1));
            end++;
        }
        model.mentionPlace(n.key);
        sm.put(new Mention(Mention.Kind.LOCATION, n.key, i, end, Mention.Use.NAME));
        return end;
    }

    static void find(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        for (int i = 0; i < s.size(); i++) {
            if (!sm.free(i, i + 1) || !s.token(i).capitalised() || !s.token(i).isWord() || i == 0 && s.lower(i).equals("the")) {
                continue;
            }
            PhraseTrie.Match<String> known = Lexicon.get().place(s.tokens(), i);
            if (known != null && sm.free(i, i + known.length())) {
                i = known(sm, model, i, known) - 1;
                continue;
            }
            int end = i;
            while (end < s.size() && end - i < 4 && sm.free(end, end + 1)
                    && (s.token(end).capitalised() && s.token(end).isWord() || hyphenInside(s, end, i))) {
                end++;
            }
            if (end == i) {
                continue;
            }
            if (end < s.size() && NUMBERED_SITES.contains(s.lower(end - 1)) && s.token(end).text().chars().allMatch(Character::isDigit)) {
                end++; // "Airbase 101", "Air Base 201", "Camp 4": the number is part of the name
            }
            String country = null;
            boolean place = false;
            int mentionEnd = end;
            if (i >= 2 && s.lower(i - 1).equals("of") && PLACE_NOUNS.contains(s.lower(i - 2))) { // "the town of Luuq"
                place = true;
                int k = i - 3;
                while (k >= 0 && s.token(k).isWord() && !s.token(k).capitalised() && !s.lower(k).equals("the") && k > i - 6) {
                    k--;
                }
                Mention owner = Bodies.ownerBefore(sm, k + 1);
                country = owner == null ? null : owner.key();
            } else if (PLACE_NOUNS.contains(s.lower(end)) && !s.token(end).capitalised()
                    || SITE_KINDS.contains(s.lower(end)) && PLACE_NOUNS.contains(s.lower(end + 1))) { // "the Kursk region", "the Rovaniemi air base"
                place = true;
                mentionEnd = PLACE_NOUNS.contains(s.lower(end)) ? end + 1 : end + 2;
                Mention owner = Bodies.ownerBefore(sm, s.lower(i - 1).equals("the") ? i - 1 : i);
                country = owner == null ? null : owner.key();
            } else if (s.lower(end).equals(",") && (s.lower(end + 1).equals("a") || s.lower(end + 1).equals("an") || s.lower(end + 1).equals("the"))) {
                for (int k = end + 2; k < s.size() && k < end + 7; k++) { // "Kursk, a Russian border region"
                    Mention m = sm.at(k);
                    if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                        country = m.key();
                        k = m.to() - 1;
                    } else if (PLACE_NOUNS.contains(s.lower(k))) {
                        place = true;
                        break;
                    } else if (!s.token(k).isWord() || s.token(k).capitalised()) {
                        break;
                    }
                }
                if (place && country == null) {
                    place = false; // "Kursk, a small city" gives no country: too weak on its own
                }
            }
            if (!place && i >= 1 && BARE_PREPOSITIONS.contains(s.lower(i - 1)) && bare(sm, i, end)) { // "landed in Wunstorf"
                place = true;
                if (s.lower(end).equals(",") && sm.at(end + 1) != null && sm.at(end + 1).kind() == Mention.Kind.COUNTRY) {
                    country = sm.at(end + 1).key();
                }
            }
            if (!place && bare(sm, i, end)) { // "in N'Djamena, Abeche and Faya-Largeau": the list goes on
                Mention previous = listed(sm, i);
                if (previous != null) {
                    place = true;
                    country = previous.kind() == Mention.Kind.COUNTRY ? previous.key() : model.node(previous.key()).attr("country");
                }
            }
            if (!place) {
                i = end - 1;
                continue;
            }
            String name = Bodies.surface(s, i, end);
            Node n = model.location(ArticleModel.slug(name), name);
            n.standalone = true;
            if (mentionEnd > end) {
                n.alias(Bodies.surface(s, i, mentionEnd));
            }
            if (country != null && n.attrs.get("country") == null) {
                n.attrs.put("country", country);
            }
            model.mentionPlace(n.key);
            sm.put(new Mention(Mention.Kind.LOCATION, n.key, i, mentionEnd, Mention.Use.NAME));
            i = mentionEnd - 1;
        }
    }
}
