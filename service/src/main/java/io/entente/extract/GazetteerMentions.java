package io.entente.extract;

import java.util.List;
import java.util.Set;

/**
 * Marks countries, organisations and known people named in a sentence by the gazetteer
 * (longest match first). A country adjective or possessive before a noun is a modifier; before
 * an actor noun ("the Russian government", "Seoul's officials") it is the country acting.
 */
final class GazetteerMentions {

    static final Set<String> ACTOR_NOUNS = Set.of("government", "authorities", "officials", "leadership",
            "side", "military", "army", "navy", "diplomats", "lawmakers", "legislators", "regime", "administration",
            "state", "forces", "armed", "officers", "intelligence", "embassy", "delegation", "leaders", "cabinet", "mission", "spy",
            "junta", "rulers", "politicians", "lawyers", "negotiators", "envoys", "representatives",
            "delegate", "delegates", "diplomat", "envoy", "official", "representative");

    private static final Set<String> ACTOR_QUALIFIERS = Set.of("transitional", "interim", "new", "federal",
            "central", "national", "caretaker", "top", "senior", "ruling");

    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul");

    private GazetteerMentions() {
    }

    static void find(SentenceMentions sm, ArticleModel model) {
        List<Token> tokens = sm.sentence.tokens();
        Gazetteer gaz = Gazetteer.get();
        for (int i = 0; i < tokens.size(); i++) {
            if (!sm.free(i, i + 1) || !tokens.get(i).capitalised() && !articled(tokens, i)) {
                continue;
            }
            PhraseTrie.Match<Gazetteer.Entry> match = gaz.longest(tokens, i);
            if (match == null) {
                continue;
            }
            PhraseTrie.Match<String> place = Lexicon.get().place(tokens, i);
            if (place != null && place.length() >= match.length()) {
                i += place.length() - 1; // a known region ("Transnistria", "Gaza") is a place, not a state
                continue;
            }
            int end = i + match.length();
            PhraseTrie.Match<Gazetteer.Entry> fuller = People.HONORIFICS.contains(tokens.get(i).text()) && i + 1 < tokens.size()
                    ? gaz.longest(tokens, i + 1) : null;
            if (fuller != null && i + 1 + fuller.length() > end) { // "Sheikh Tamim bin Hamad Al Thani", not "Sheikh Tamim"
                match = fuller;
                end = i + 1 + fuller.length();
            }
            String before = i > 0 ? tokens.get(i - 1).lower() : "";
            Mention m = before.equals("bin") || before.equals("ibn") || before.equals("bint")
                    ? null : person(match.values(), i, end, tokens, model); // "Khaled bin Mohamed bin Zayed" is the son
            if (m != null) {
                KnownPeople.fullSurface(sm.sentence, model.node(m.key()), m);
            }
            if (m == null) {
                m = country(match.values(), i, end, tokens, model);
            }
            if (m == null && !insideLongerName(sm, i, end - i)) {
                m = org(match.values(), i, end, sm, model);
            }
            if (m != null) {
                sm.put(m);
                i = m.to() - 1;
                PhraseTrie.Match<String> title = m.kind() == Mention.Kind.PERSON ? Lexicon.get().role(tokens, m.from()) : null;
                if (m.kind() == Mention.Kind.PERSON && model.node(m.key()).knownSentence == null) {
                    model.node(m.key()).knownSentence = sm.sentence; // "Vladimir Putin and Alexander Lukashenko signed"
                }
                Node p = title == null ? null : model.node(m.key());
                if (p != null && title.length() < m.to() - m.from() && p.officeSentence == null) {
                    p.officeSentence = sm.sentence; // "Crown Prince Mohammed bin Salman": the alias carries the office
                }
            }
        }
    }

    /** A name that starts with an Arabic article in lower case ("an al-Shabaab ambush") may start a match mid-sentence too. */
    private static boolean articled(List<Token> tokens, int i) {
        return ARTICLES.contains(tokens.get(i).text()) && i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-")
                && tokens.get(i + 2).capitalised() && (i == 0 || !tokens.get(i - 1).capitalised()); // not "Rashad Mohammed al-Alimi"
    }

    static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");

    /** "Supreme State Council", "Mediation and Security Council": a body's words inside another body's name. */
    private static boolean insideLongerName(SentenceMentions sm, int i, int length) {
        Sentence s = sm.sentence;
        int k = i - 1;
        if (k > 1 && s.lower(k).equals("and") && length > 1) { // not "negotiator X and TPLF spokesman Y"
            k--;
        }
        if (k < 1 || sm.at(k) != null) {
            return false;
        }
        Token t = s.token(k);
        return t.isWord() && t.capitalised() && !t.text().contains("-") && !Treaties.isFunctionWord(t.lower()) && !CALENDAR.contains(t.text())
                && !People.HONORIFICS.contains(t.text()) && Lexicon.get().role(s.tokens(), k) == null;
    }


    private static Mention person(List<Gazetteer.Entry> entries, int from, int to, List<Token> tokens, ArticleModel model) {
        String key = Gazetteer.get().personOn(entries, model.published);
        if (key == null) {
            return null;
        }
        // a bare surname from the gazetteer counts only once the person is in the article, after a title, or for a sitting leader
        if (to - from == 1 && model.node(key) == null && !KnownPeople.titled(tokens, from)
                && !(Gazetteer.get().leaderOn(entries, key, model.published) && standsAlone(tokens, from))) {
            return null;
        }
        if (to - from == 1 && Names.articledName(tokens, to)) {
            return null; // "Adviser Qassem al-Araji": another person's given name
        }
        KnownPeople.register(model, key);
        return new Mention(Mention.Kind.PERSON, key, from, to, Mention.Use.NAME);
    }

    /** A surname with no other name part beside it (not "Tene Birahima Ouattara", "al-Sudani"), nor attributive ("the Mulino range"). */
    private static boolean standsAlone(List<Token> tokens, int at) {
        Token before = at > 0 ? tokens.get(at - 1) : null;
        Token after = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        boolean nameBefore = before != null && (before.text().equals("-") || before.isWord() && before.capitalised()
                && !Treaties.isFunctionWord(before.lower()));
        boolean attributive = before != null && Set.of("the", "a", "an").contains(before.lower()); // "the Biden administration"
        return !nameBefore && !attributive && !(after != null && (after.text().equals("-") || after.isWord() && after.capitalised()));
    }

    /** The owner's chamber of the one kind (upper or lower) every same-named chamber elsewhere is; else null. */
    private static Gazetteer.OrgInfo sameChamber(List<Gazetteer.OrgInfo> candidates, String country) {
        String chamber = candidates.getFirst().chamber();
        if (country == null || chamber.isEmpty() || !candidates.stream().allMatch(o -> chamber.equalsIgnoreCase(o.chamber()))) {
            return null;
        }
        return Gazetteer.get().orgsOf(country, "legislature").stream()
                .filter(o -> chamber.equalsIgnoreCase(o.chamber())).findFirst().orElse(null);
    }

    /** A one-word city right after an office and before another capitalised word opens a person's name. */
    private static boolean givenName(List<Token> tokens, int from, int to) {
        if (to != from + 1 || to >= tokens.size() || !tokens.get(to).isWord() || !tokens.get(to).capitalised()
                || People.NOT_NAMES.contains(tokens.get(to).text()) || Gazetteer.get().longest(tokens, to) != null) {
            return false;
        }
        for (int start = from - 1; start >= 0 && start >= from - 4; start--) {
            PhraseTrie.Match<String> role = Lexicon.get().role(tokens, start);
            if (role != null && start + role.length() == from) {
                return true;
            }
        }
        return false;
    }

    private static Mention country(List<Gazetteer.Entry> entries, int from, int to, List<Token> tokens, ArticleModel model) {
        String iso = null;
        Gazetteer.Form form = null;
        java.util.Set<String> known = new java.util.HashSet<>();
        java.util.Set<String> expected = new java.util.HashSet<>(); // named by the headline or the dateline
        boolean ambiguous = false;
        for (Gazetteer.Entry e : entries) {
            if (e.kind() != Gazetteer.Kind.COUNTRY) {
                continue;
            }
            ambiguous |= iso != null && !iso.equals(e.id());
            if (model.node(e.id()) != null) {
                known.add(e.id());
            }
            if (model.headlineCountries.contains(e.id()) || e.id().equals(model.dateline)) {
                expected.add(e.id());
            }
            iso = iso == null ? e.id() : iso;
            form = form == null || e.form() == Gazetteer.Form.NAME ? e.form() : form;
        }
        if (ambiguous && known.isEmpty()) {
            known = expected; // "the Congolese army" under a headline about Congo, before the body names it
        }
        if (ambiguous) { // "Congolese", "Korean": the one of them the article already named, else none
            boolean partOfName = to < tokens.size() && tokens.get(to).capitalised() && tokens.get(to).isWord()
                    && Lexicon.get().role(tokens, to) == null; // "Congolese Foreign Minister X" is an office
            if (known.size() != 1 || partOfName) { // "Korean Central News Agency" is a body's name
                return null;
            }
            iso = known.iterator().next();
        }
        if (iso == null || waterBody(tokens, from, to) || breakaway(iso) && form != Gazetteer.Form.NAME) {
            return null; // "Transnistrian deputies": a region's people, not a state in the graph
        }
        if (form == Gazetteer.Form.METONYM && givenName(tokens, from, to)) {
            return null; // "Defence Cabinet Secretary Aden Duale": a given name, not Yemen's city
        }
        model.country(iso);
        String next = to < tokens.size() ? tokens.get(to).lower() : "";
        String after = to + 1 < tokens.size() ? tokens.get(to + 1).lower() : "";
        if (next.equals("'s") && to + 2 < tokens.size() && !ACTOR_NOUNS.contains(after) && (ACTOR_QUALIFIERS.contains(after)
                || after.endsWith("-led") || after.endsWith("-backed") || after.endsWith("-run"))) {
            after = tokens.get(to + 2).lower(); // "Mali's transitional government", "Sudan's army-led government"
        }
        Mention.Use use = switch (form) {
            case ADJECTIVE -> ACTOR_NOUNS.contains(next) || from > 0 && tokens.get(from - 1).lower().equals("the")
                    && officeAfter(tokens, to) ? Mention.Use.NAME : Mention.Use.MODIFIER; // not "a former Estonian prime minister"
            case METONYM -> next.equals("'s") && !ACTOR_NOUNS.contains(after) ? Mention.Use.MODIFIER : Mention.Use.METONYM;
            case NAME -> next.equals("'s") && !ACTOR_NOUNS.contains(after) && !officeAfter(tokens, to + 1) ? Mention.Use.MODIFIER : Mention.Use.NAME;
        };
        return new Mention(Mention.Kind.COUNTRY, iso, from, to, use);
    }

    /** "Cuba's deputy foreign minister said", "the Colombian president accused": an unnamed office-holder speaks for the state. */
    private static boolean officeAfter(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && Set.of("deputy", "top", "chief", "senior", "acting").contains(tokens.get(k).lower())) {
            k++;
        }
        PhraseTrie.Match<String> role = k < tokens.size() ? Lexicon.get().role(tokens, k) : null;
        return role != null && (k + role.length() >= tokens.size() || !tokens.get(k + role.length()).capitalised());
    }

    /** Partly recognised entities with a user-assigned X-code other than Kosovo: regions in the graph. */
    private static boolean breakaway(String iso) {
        return iso.startsWith("X") && !iso.equals("XKX");
    }

    /**
     * The body a name shared by several countries' bodies ("Senate", "National Assembly") means
     * here: the dateline's country's, else that of the country named most recently.
     */
    private static Gazetteer.OrgInfo inContext(List<Gazetteer.OrgInfo> candidates, ArticleModel model) {
        java.util.Set<String> countries = new java.util.HashSet<>();
        candidates.forEach(o -> countries.add(o.country()));
        if (countries.size() == 1) {
            return candidates.getFirst();
        }
        String c = model.dateline != null && countries.contains(model.dateline) ? model.dateline : model.mostRecentAmong(countries);
        return c == null ? null : candidates.stream().filter(o -> o.country().equals(c)).findFirst().orElse(null);
    }

    private static final Set<String> WATERS = Set.of("Gulf", "Sea", "Bay", "Strait", "Straits", "Ocean");
    private static final Set<String> FEATURES_AFTER = Set.of("River", "Delta", "Basin", "Falls");
    private static final Set<String> FEATURES_BEFORE = Set.of("Lake", "River", "Mount");

    /**
     * "the Gulf of Thailand", "the South China Sea", "the Taiwan Strait", "Lake Victoria", "Lake Chad",
     * "the Niger Delta": a sea, lake or river, not the state or the capital.
     */
    private static boolean waterBody(List<Token> tokens, int from, int to) {
        boolean before = from >= 2 && tokens.get(from - 1).lower().equals("of") && WATERS.contains(tokens.get(from - 2).text())
                || from >= 1 && FEATURES_BEFORE.contains(tokens.get(from - 1).text());
        boolean after = to < tokens.size() && (WATERS.contains(tokens.get(to).text()) || FEATURES_AFTER.contains(tokens.get(to).text()));
        return before || after;
    }

    /** Whether the tokens before {@code from} read "house of [the]" or "chamber of [the]". */
    private static boolean chamberOf(Sentence s, int from) {
        int k = from - 1;
        if (s.lower(k).equals("the")) {
            k--;
        }
        return s.lower(k).equals("of") && (s.lower(k - 1).equals("house") || s.lower(k - 1).equals("chamber"));
    }

    private static Mention org(List<Gazetteer.Entry> entries, int from, int to, SentenceMentions sm, ArticleModel model) {
        List<Gazetteer.OrgInfo> candidates = entries.stream().filter(e -> e.kind() == Gazetteer.Kind.ORG)
                .map(e -> Gazetteer.get().org(e.id())).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        Gazetteer.OrgInfo whole = candidates.getFirst();
        if (chamberOf(sm.sentence, from) && whole.kind().equals("legislature") && whole.chamber().isEmpty()
                && !whole.country().isEmpty()) { // "the lower house of Russia's parliament" names a chamber, not the whole
            model.country(whole.country());
            return new Mention(Mention.Kind.COUNTRY, whole.country(), from, to, Mention.Use.MODIFIER);
        }
        Mention owner = Bodies.ownerBefore(sm, from);
        if (owner != null && candidates.stream().allMatch(o -> o.country().isEmpty())) {
            owner = null; // "Sweden's NATO bid": an international body has no owner state
        }
        String country = owner == null ? null : owner.key();
        Gazetteer.OrgInfo chosen = null;
        for (Gazetteer.OrgInfo o : candidates) {
            if (country != null && o.country().equals(country)) {
                chosen = o;
            }
        }
        if (country == null) {
            chosen = inContext(candidates, model);
            if (chosen == null) {
                return null; // "the Senate" of a country the article never names: which one is unknown
            }
        }
        int start = owner == null ? from : owner.from();
        int end = Bodies.acronymEnd(sm.sentence, to);
        String surface = Bodies.surface(sm.sentence, from, to);
        Node node;
        if (chosen == null) {
            chosen = sameChamber(candidates, country); // "Paraguay's Senate": its upper chamber, the Chamber of Senators
        }
        if (chosen == null) { // "Japan's Ministry of Defense" when only other countries' ministries are known
            node = BodyNodes.adHoc(model, surface, candidates.getFirst().kind(), country);
        } else {
            node = BodyNodes.known(model, chosen);
            node.alias(surface);
        }
        if (end > to) {
            node.alias(sm.sentence.token(to + 1).text());
        }
        return new Mention(Mention.Kind.ORG, node.key, start, end, Mention.Use.NAME);
    }
}
