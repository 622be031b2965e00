package io.entente.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Organisations named by pattern rather than by the gazetteer: a country's chambers
 * ("the lower house of Russia's parliament"), ministries ("Japan's defence ministry") and
 * capitalised bodies ending in an institutional head word ("Korean Central News Agency").
 */
final class Bodies {

    private static final Map<String, String> HEAD_KINDS = Map.ofEntries(
            Map.entry("ministry", "executive"), Map.entry("department", "executive"), Map.entry("office", "executive"),
            Map.entry("cabinet", "executive"), Map.entry("government", "executive"), Map.entry("presidency", "executive"),
            Map.entry("council", "other"), Map.entry("assembly", "legislature"), Map.entry("parliament", "legislature"),
            Map.entry("senate", "legislature"), Map.entry("congress", "legislature"), Map.entry("duma", "legislature"),
            Map.entry("knesset", "legislature"), Map.entry("service", "other"), Map.entry("agency", "other"),
            Map.entry("command", "military"), Map.entry("forces", "military"), Map.entry("force", "military"), Map.entry("army", "military"),
            Map.entry("navy", "military"), Map.entry("guard", "military"), Map.entry("corps", "military"),
            Map.entry("staff", "military"), Map.entry("committee", "other"), Map.entry("commission", "other"),
            Map.entry("organization", "international"), Map.entry("organisation", "international"),
            Map.entry("bureau", "other"), Map.entry("court", "other"), Map.entry("party", "other"), Map.entry("movement", "other"),
            Map.entry("front", "other"), Map.entry("alliance", "other"), Map.entry("institute", "other"), Map.entry("centre", "other"),
            Map.entry("center", "other"), Map.entry("mission", "other"), Map.entry("foundation", "other"), Map.entry("observatory", "other"));
    /** Heads of "The Parliament of Armenia", "the Assembly of Albania": the state's legislature. */
    private static final Set<String> LEGISLATURE_HEADS = Set.of("parliament", "legislature", "assembly", "congress");
    /** What a legislature does when it is named by its seat: "lawmakers in Kyiv voted to ratify". */
    private static final Set<String> VOTES = Set.of("voted", "votes", "approved", "ratified", "passed", "backed", "endorsed");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "&", "-");
    private static final Set<String> MINISTRY_TOPICS = Set.of("defence", "defense", "foreign", "interior",
            "finance", "justice", "economy", "trade", "energy", "health", "unification", "emergencies", "intelligence");

    private Bodies() {
    }

    /** A country named just before a body: "Seoul's", "Russia's", "the Russian". */
    static Mention ownerBefore(SentenceMentions sm, int from) {
        int i = from;
        if (i > 0 && sm.sentence.token(i - 1).text().equals("'s")) {
            i--;
        }
        Mention m = sm.endingAt(i);
        return m != null && m.kind() == Mention.Kind.COUNTRY ? m : null;
    }

    /** After a body's name, "(NIS)" extends the mention; returns the new end. */
    static int acronymEnd(Sentence s, int to) {
        if (to + 2 < s.size() && s.token(to).text().equals("(") && s.token(to + 2).text().equals(")")) {
            String a = s.token(to + 1).text();
            if (a.length() >= 2 && a.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
                return to + 3;
            }
        }
        return to;
    }

    static String surface(Sentence s, int from, int to) {
        return s.text().substring(s.token(from).start() - s.start(), s.token(to - 1).end() - s.start());
    }

    static void find(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        for (int i = 0; i < s.size(); i++) {
            if (!sm.free(i, i + 1)) {
                continue;
            }
            String w = s.lower(i);
            if ((w.equals("lower") || w.equals("upper")) && (s.lower(i + 1).equals("house") || s.lower(i + 1).equals("chamber"))) {
                i = chamber(sm, model, i, w) - 1;
            } else if (w.equals("parliament") || w.equals("legislature") || w.equals("lawmakers") || w.equals("mps")) {
                legislature(sm, model, i);
            } else if (w.equals("ministry") && i > 0 && MINISTRY_TOPICS.contains(s.lower(i - 1))) {
                Ministries.ministry(sm, model, i - 1, i + 1);
            } else if (w.equals("ministry") && s.lower(i + 1).equals("of") && MINISTRY_TOPICS.contains(s.lower(i + 2))) {
                Ministries.ministry(sm, model, i, s.lower(i + 3).equals("affairs") ? i + 4 : i + 3);
            } else if (w.equals("agency") && s.lower(i - 1).equals("news") && i + 1 < s.size() && s.token(i + 1).capitalised()
                    && s.token(i + 1).isWord() && sm.free(i + 1, i + 2)) {
                i = newsAgency(sm, model, i);
            } else if (s.token(i).capitalised()) {
                i = capitalisedBody(sm, model, i) - 1;
            }
        }
    }

    /** "Syrian state news agency SANA": the outlet named after its description, owned by the state before it. */
    private static int newsAgency(SentenceMentions sm, ArticleModel model, int agency) {
        Sentence s = sm.sentence;
        int end = agency + 1;
        while (end < s.size() && end < agency + 4 && s.token(end).capitalised() && s.token(end).isWord() && sm.free(end, end + 1)) {
            end++;
        }
        Mention owner = null;
        for (int k = agency - 2; k >= 0 && k >= agency - 4 && owner == null; k--) {
            owner = sm.at(k) != null && sm.at(k).kind() == Mention.Kind.COUNTRY ? sm.at(k) : null;
        }
        Node n = BodyNodes.adHoc(model, surface(s, agency + 1, end), "media", owner == null ? null : owner.key());
        sm.put(new Mention(Mention.Kind.ORG, n.key, agency + 1, end, Mention.Use.NAME));
        return end - 1;
    }

    /** "the lower house of Russia's parliament", "Russia's upper house". Returns the token after. */
    private static int chamber(SentenceMentions sm, ArticleModel model, int i, String which) {
        Sentence s = sm.sentence;
        int end = i + 2;
        Mention owner = ownerBefore(sm, i);
        if (owner == null && s.lower(end).equals("of")) {
            int j = end + 1;
            if (s.lower(j).equals("the")) {
                j++;
            }
            Mention m = sm.at(j);
            if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                owner = m;
                j = m.to();
                if (s.lower(j).equals("'s")) {
                    j++;
                }
                if (s.lower(j).equals("parliament") || s.lower(j).equals("legislature")) {
                    end = j + 1;
                } else {
                    end = Math.max(end, m.to()); // "of Russia's parliament" read as one country mention
                }
            }
        }
        if (owner == null) {
            return i + 1;
        }
        int start = owner.to() <= i ? owner.from() : (i > 0 && s.lower(i - 1).equals("the") ? i - 1 : i);
        for (Gazetteer.OrgInfo o : Gazetteer.get().orgsOf(owner.key(), "legislature")) {
            if (o.chamber().equalsIgnoreCase(which)) {
                sm.put(new Mention(Mention.Kind.ORG, BodyNodes.known(model, o).key, start, end, Mention.Use.NAME));
                return end;
            }
        }
        Mention m = named(sm, model, new Mention(Mention.Kind.COUNTRY, owner.key(), start, end, Mention.Use.NAME));
        sm.put(m);
        return m.to();
    }

    /**
     * "Hungary's parliament", "Turkish lawmakers", "the parliament of Georgia": the single
     * legislature if it is unicameral, else the country.
     */
    private static void legislature(SentenceMentions sm, ArticleModel model, int i) {
        Mention owner = ownerBefore(sm, Set.of("top", "national", "federal").contains(sm.sentence.lower(i - 1)) ? i - 1 : i); // "China's top legislature"
        int from = owner == null ? -1 : owner.from();
        int to = i + 1;
        boolean votingIn = sm.sentence.lower(i + 1).equals("in") // "lawmakers in Kyiv voted to ratify"
                && sm.sentence.indexOfAny(VOTES, i + 2, Math.min(sm.sentence.size(), i + 7)) >= 0;
        if (owner == null && (sm.sentence.lower(i + 1).equals("of") || votingIn) && sm.at(i + 2) != null
                && sm.at(i + 2).kind() == Mention.Kind.COUNTRY) { // "the parliament of Georgia"
            owner = sm.at(i + 2);
            from = i > 0 && sm.sentence.lower(i - 1).equals("the") ? i - 1 : i;
            to = owner.to();
        }
        if (owner == null) {
            return;
        }
        List<Gazetteer.OrgInfo> bodies = Gazetteer.get().orgsOf(owner.key(), "legislature");
        Gazetteer.OrgInfo single = null;
        for (Gazetteer.OrgInfo o : bodies) {
            String ch = o.chamber().toLowerCase(Locale.ROOT);
            if (ch.equals("lower") || ch.equals("upper")) {
                single = null;
                break;
            }
            single = single == null ? o : single;
        }
        Mention m = single == null
                ? named(sm, model, new Mention(Mention.Kind.COUNTRY, owner.key(), from, to, Mention.Use.NAME))
                : new Mention(Mention.Kind.ORG, BodyNodes.known(model, single).key, from, to, Mention.Use.NAME);
        sm.put(m);
    }

    /**
     * "Kyrgyzstan's parliament, the Jogorku Kenesh, approved": a legislature the gazetteer lacks,
     * named in apposition, becomes that body; otherwise the country stands for it.
     */
    private static Mention named(SentenceMentions sm, ArticleModel model, Mention country) {
        Sentence s = sm.sentence;
        int k = country.to();
        if (!s.lower(k).equals(",") || !s.lower(k + 1).equals("the")) {
            return country;
        }
        int j = k + 2;
        while (j < s.size() && j < k + 7 && s.token(j).capitalised() && s.token(j).isWord() && sm.free(j, j + 1)) {
            j++;
        }
        if (j == k + 2 || !(s.lower(j).equals(",") || s.lower(j).equals(".") || j == s.size())) {
            return country;
        }
        Node n = BodyNodes.adHoc(model, surface(s, k + 2, j), "legislature", country.key());
        return new Mention(Mention.Kind.ORG, n.key, country.from(), j, Mention.Use.NAME);
    }

    private static boolean hasOf(Sentence s, int from, int to) {
        return s.indexOf("of", from, to) >= 0 || s.indexOf("on", from, to) >= 0; // "Committee on Treaties" is a body
    }

    /** "Said Chengriha" right after a body's head: two name words, neither a head, then the run ends. */
    private static boolean personNameAt(Sentence s, int j) {
        return j + 1 < s.size() && s.token(j).capitalised() && s.token(j).isWord() && s.token(j + 1).capitalised()
                && !HEAD_KINDS.containsKey(s.lower(j))
                && !HEAD_KINDS.containsKey(s.lower(j + 1)) && s.token(j + 1).isWord()
                && (j + 2 >= s.size() || !s.token(j + 2).capitalised() || !s.token(j + 2).isWord());
    }

    /** A capitalised run with an institutional head word: "Korean Central News Agency (KCNA)". */
    private static int capitalisedBody(SentenceMentions sm, ArticleModel model, int i) {
        Sentence s = sm.sentence;
        int j = i;
        String kind = null;
        int kindAt = -1;
        boolean intelligence = false;
        while (j < s.size() && sm.free(j, j + 1)) {
            Token t = s.token(j);
            String w = t.lower();
            if (Lexicon.get().role(s.tokens(), j) != null && !(j == i && s.lower(j).equals("the"))) {
                break; // "ECOWAS Commission President X": the office starts a person
            }
            if (t.capitalised() && t.isWord()) {
                if (kindAt >= 0 && kindAt == j - 1 && j - 1 > i && personNameAt(s, j)) {
                    break; // "the General of the Army Corps Said Chengriha": the body ends at its head, a name follows
                }
                if (HEAD_KINDS.containsKey(w)) {
                    kind = HEAD_KINDS.get(w);
                    kindAt = j;
                }
                intelligence |= w.equals("intelligence");
            } else if (!((CONNECTORS.contains(w) || w.equals("on") && kind != null) && j + 1 < s.size() && s.token(j + 1).capitalised()
                    && !GazetteerMentions.CALENDAR.contains(s.token(j + 1).text()))) { // "Committee on Treaties", not "Council on Monday"
                break;
            }
            j++;
        }
        int start = s.lower(i).equals("the") ? i + 1 : i;
        if (s.lower(start).matches("[a-z]+-(based|backed|led|run|funded)") && start + 1 < j) {
            start++; // "the Tripoli-based Government of National Accord": the place is no part of the name
        }
        boolean ofThe = j - start == 1 && s.lower(j).equals("of") && s.lower(j + 1).equals("the");
        Mention state = sm.at(ofThe ? j + 2 : j); // "the Government of the United States of America"
        int g = Set.of("federal", "transitional", "interim", "national", "royal").contains(s.lower(start)) ? start + 1 : start;
        boolean governmentOf = s.lower(g).equals("government") && (ofThe || j - g == 2 && s.lower(j - 1).equals("of")); // "the Federal Government of Somalia"
        if (governmentOf && state != null && state.kind() == Mention.Kind.COUNTRY) { // "The Government of Sudan": the state itself
            sm.put(new Mention(Mention.Kind.COUNTRY, state.key(), start, state.to(), Mention.Use.NAME));
            return state.to();
        }
        if (j - start == 2 && LEGISLATURE_HEADS.contains(s.lower(start)) && s.lower(j - 1).equals("of")
                && state != null && state.kind() == Mention.Kind.COUNTRY) { // "The Parliament of Armenia"
            legislature(sm, model, start);
            return state.to();
        }
        if (j - start == 2 && s.lower(start).equals("senate") && s.lower(j - 1).equals("of") && state != null
                && state.kind() == Mention.Kind.COUNTRY) { // "The Senate of Paraguay": its upper chamber, whatever its name
            for (Gazetteer.OrgInfo o : Gazetteer.get().orgsOf(state.key(), "legislature")) {
                if (o.chamber().equalsIgnoreCase("upper")) {
                    sm.put(new Mention(Mention.Kind.ORG, BodyNodes.known(model, o).key, start, state.to(), Mention.Use.NAME));
                    return state.to();
                }
            }
        }
        if (kind == null || j - start < 2 || TreatyHeads.headClass(s, j - 1) != null && !hasOf(s, kindAt, j)) {
            // "(Status of) Visiting Forces Agreement" is a treaty; the "Government of National Accord" a body
            return Math.max(i + 1, j);
        }
        Mention owner = ownerBefore(sm, start);
        String ofState = null;
        if (s.lower(j - 1).equals("of") && state != null && state.kind() == Mention.Kind.COUNTRY && state.from() == j) {
            ofState = state.key(); // "the Court of Bosnia and Herzegovina": the state ends the body's name
            j = state.to();
            boolean possessor = start >= 2 && s.lower(start - 1).equals("'s") && s.token(start - 2).capitalised() && sm.free(start - 2, start - 1);
            start = possessor ? start - 2 : start; // "the Prosecutor's Office of Bosnia and Herzegovina"
            owner = null;
        }
        String name = surface(s, start, j);
        Node n = BodyNodes.adHoc(model, name, intelligence ? "intelligence" : kind, owner != null ? owner.key() : ofState);
        if (Set.of("party", "movement", "front", "alliance").contains(s.lower(kindAt))) {
            n.standalone = false; // a party counts only when it acts or is acted on ("condemned the Democratic Progressive Party")
        }
        if (owner != null) {
            n.alias(surface(s, owner.from(), j)); // "Ethiopian Human Rights Commission"
            int before = owner.from() - 1;
            if (before > 0 && s.token(before).capitalised() && s.token(before).isWord() && sm.free(before, before + 1)) {
                n.alias(surface(s, before, j)); // "Royal Solomon Islands Police Force"
            }
        }
        int end = acronymEnd(s, j);
        if (end > j) {
            n.alias(s.token(j + 1).text());
        }
        sm.put(new Mention(Mention.Kind.ORG, n.key, owner == null ? start : owner.from(), end, Mention.Use.NAME));
        return end;
    }
}
