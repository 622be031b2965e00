package io.entente.extract;

import java.util.Set;

/**
 * Whose office a title names, coordinated holders and counterparts, and where a title-like run is
 * no person: "Panama's Public Security Minister", "the U.S. ambassador ... Ambassador X", "Prince
 * Sultan Air Base".
 */
final class OfficeOwners {

    /** Offices that say little about whose they are: a later, owned office replaces them. */
    private static final Set<String> RANKS = Set.of("General", "Lawmaker", "Senator");

    static final Set<String> VESSELS = Set.of("frigate", "destroyer", "submarine", "cruiser", "carrier", "corvette",
            "ship", "warship", "vessel", "icebreaker", "tanker");
    private static final Set<String> FACILITIES = Set.of("Base", "Airbase", "Airport", "Airfield", "Barracks", "Palace",
            "Port", "Bridge", "Stadium", "Hospital", "University", "Mosque", "Hotel", "Square", "Street", "Road", "Avenue",
            "Hall", "Centre", "Center", "Academy", "College", "Museum", "Camp", "Station", "Canal", "Dam");

    private OfficeOwners() {
    }

    /** "Prince Sultan Air Base", "King Khalid Airport": a place named after someone, not a person. */
    static boolean facility(Sentence s, int from, int end) {
        for (int k = from; k <= end && k < s.size(); k++) {
            if (FACILITIES.contains(s.token(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The state or body before capitalised words that qualify an office: "Panama's [Public Security] Minister". */
    static Mention titleCaseOwner(SentenceMentions sm, int before) {
        Sentence s = sm.sentence;
        int k = before;
        while (k > 1 && before - k < 3 && s.token(k - 1).isWord() && s.token(k - 1).capitalised() && sm.at(k - 1) == null
                && !Treaties.isFunctionWord(s.lower(k - 1))) {
            k--;
        }
        if (k == before) {
            return null;
        }
        Mention m = s.token(k - 1).text().equals("'s") ? sm.endingAt(k - 1) : sm.endingAt(k);
        return m != null && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.ORG) ? m : null;
    }

    /** The state or body that headed the sentence before, as a mention at {@code at}, or null. */
    static Mention previousHead(ArticleModel model, int at) {
        Node head = model.lastHeadActor == null ? null : model.node(model.lastHeadActor);
        if (head == null || !head.type.equals("Country") && !head.type.equals("Organization")) {
            return null;
        }
        Mention.Kind kind = head.type.equals("Country") ? Mention.Kind.COUNTRY : Mention.Kind.ORG;
        return new Mention(kind, head.key, at, at + 1, Mention.Use.ANAPHOR);
    }

    /** "the U.S. ambassador criticised ...": a later bare "Ambassador X" is that state's. */
    static void unnamedOffice(SentenceMentions sm, ArticleModel model, int i, String role) {
        Sentence s = sm.sentence;
        int k = i > 0 && s.lower(i - 1).equals("'s") ? i - 1 : i;
        Mention owner = sm.endingAt(k);
        boolean article = Set.of("the", "a", "an").contains(s.lower(owner == null ? -1 : owner.from() - 1));
        // "the U.S. ambassador" needs its article; "Washington's ambassador" has none
        if (owner != null && owner.kind() == Mention.Kind.COUNTRY && owner.use() != Mention.Use.ANAPHOR && article == (k == i)) {
            model.unnamedOffices.putIfAbsent(role, owner.key());
        }
    }

    /** After "for Defence Affairs," when capitalised words of a portfolio and a comma lead to a name, else {@code k}. */
    static int afterPortfolio(SentenceMentions sm, int k) {
        Sentence s = sm.sentence;
        int j = k + 1;
        while (j < s.size() && j < k + 6 && (s.token(j).capitalised() && s.token(j).isWord() && sm.at(j) == null
                || s.lower(j).equals("and") && j > k + 1)) {
            j++;
        }
        if (j == k + 1 || !s.lower(j).equals(",")) {
            return k;
        }
        int styled = Names.afterStyle(s, j + 1);
        int name = styled < s.size() && People.HONORIFICS.contains(s.token(styled).text()) ? styled + 1 : styled;
        Mention known = sm.at(name);
        boolean person = known != null && known.kind() == Mention.Kind.PERSON || Names.nameEnd(sm, name) - name >= 2;
        return person ? name : k;
    }

    /** "Minister of Foreign Affairs and International Cooperation[ of Guyana], X": past the second half of the portfolio. */
    static int afterSecondPortfolio(SentenceMentions sm, int and) {
        Sentence s = sm.sentence;
        int j = and + 1;
        while (j < s.size() && j < and + 5 && s.token(j).capitalised() && s.token(j).isWord() && sm.at(j) == null) {
            j++;
        }
        return j > and + 1 && s.lower(j).equals("of") ? j : afterPortfolio(sm, and);
    }

    /** Further names after a plural office: "Presidents X, Y and Z" all hold it. */
    static int coordinated(SentenceMentions sm, ArticleModel model, int end, String title, Sentence s) {
        while (s.lower(end).equals("and") || s.lower(end).equals(",")) {
            int j = s.lower(end).equals(",") && s.lower(end + 1).equals("and") ? end + 2 : end + 1;
            Mention known = sm.at(j);
            int e = known != null && known.kind() == Mention.Kind.PERSON && known.from() == j ? known.to() : Names.nameEnd(sm, j);
            if (e - j < 2 && known == null) {
                return end; // a single capitalised word is not safely a name
            }
            Node p = known != null ? office(model, model.node(known.key()), title, null, s)
                    : People.register(model, Bodies.surface(s, j, e), title, null, null, s);
            if (known == null) {
                sm.put(new Mention(Mention.Kind.PERSON, p.key, j, e, Mention.Use.NAME));
            }
            end = e;
        }
        return end;
    }

    /** "his Lithuanian counterpart X" holds the office of the person he is the counterpart of. */
    static String counterpartTitle(SentenceMentions sm, ArticleModel model, int i, String role) {
        if (!role.equals("Counterpart")) {
            return role;
        }
        for (int k = i - 1; k >= 0; k--) {
            Mention m = sm.at(k);
            if (m != null && m.kind() == Mention.Kind.PERSON) {
                String other = model.node(m.key()).attr("role");
                return other != null && !other.equals("Counterpart") ? other : role;
            }
        }
        return role;
    }

    /** "In Kampala, ..." and "At the United Nations, ...": the state or body a sentence opens in, for bare titles in it. */
    static void noteScene(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        String scene = IndirectHosts.sceneAt(sm, 0);
        if (scene != null) {
            model.sceneCountry = scene;
            model.sceneSentence = s.index();
        }
        Mention at = s.lower(0).equals("at") ? sm.at(s.lower(1).equals("the") ? 2 : 1) : null;
        model.sceneBody = at != null && at.kind() == Mention.Kind.ORG && s.lower(at.to()).equals(",") ? at.key() : null;
    }

    /** Records the office the text gives a person (the first one wins). */
    static Node office(ArticleModel model, Node p, String role, Mention owner, Sentence s) {
        if (owner == null && model.sceneBody != null) {
            owner = new Mention(Mention.Kind.ORG, model.sceneBody, 0, 1, Mention.Use.ANAPHOR); // "At the United Nations, spokesman X"
        }
        if (owner != null && owner.kind() == Mention.Kind.ORG && !model.node(owner.key()).standalone
                && Set.of("Lawmaker", "Senator").contains(role)) {
            owner = null; // "Left Alliance MP X": a member of parliament for a party; the party holds no seat
        }
        boolean rankOnly = p.officeSentence != null && RANKS.contains(p.attr("role")) && p.officeOrg == null;
        if (role != null && (p.officeSentence == null || rankOnly && owner != null && !RANKS.contains(role))) {
            p.attrs.remove("_context"); // a rank says little; "the chief of the UPDF" says whose office it is
            p.attrs.put("role", role);
            p.officeSentence = s;
            if (owner != null && owner.kind() == Mention.Kind.ORG) {
                p.officeOrg = owner.key();
                Object c = model.node(owner.key()).attrs.get("country");
                if (c != null) {
                    p.attrs.put("country", c);
                }
            } else if (owner != null) {
                p.attrs.put("country", owner.key());
            } else if (model.unnamedOffices.containsKey(role)) {
                p.attrs.put("country", model.unnamedOffices.get(role)); // "the U.S. ambassador ... Ambassador Laura Dogu"
            } else if (model.sceneCountry != null && model.sceneSentence == s.index()) {
                p.attrs.put("_context", model.sceneCountry); // "In Kampala, opposition lawmaker X said"
            } else if (model.lastSubjectCountry != null && model.lastSubjectSentence >= s.index() - 1) {
                p.attrs.put("_context", model.lastSubjectCountry); // "Venezuela condemned ... Defense Minister X said"
            }
        }
        return p;
    }
}
