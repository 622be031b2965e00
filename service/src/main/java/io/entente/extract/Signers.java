package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The agents of a passive signing: "signed in Tokyo on Dec. 14 by X, Y and Z, as W looked on". */
final class Signers {

    private static final Set<String> BEFORE_BY = Set.of("in", "at", "on", "last", "this", "earlier", "the", ",", "for",
            "year", "month", "week", "spring", "summer", "autumn", "winter", "late", "early", "ceremony", "a", ".", "ago",
            "behalf", "of", "island", "sidelines", "margins", "summit", "city", "town", "port", "headquarters", "palace",
            "resort", "residence", "border", "capital", "coastal", "village", "northern", "southern", "eastern", "western",
            "presence", "following", "next", "same", "previous", "day", "later",
            "two", "three", "steps", "stages", "phases", ":", // "signed in two steps: by X in Lome, and by Y in Moscow"
            "first", "second", "annual", "inaugural", "states", "countries", "nations"); // "at the first summit of the three states by"
    /** Group nouns for the people a list after the comma names: "by their heads of state, X, Y and Z". */
    private static final Set<String> LEADERS = Set.of("leaders", "heads", "presidents", "ministers", "premiers");
    /** Words that open a new clause after a comma: "signed by X and Y, as Z looked on". */
    private static final Set<String> CLAUSE_AFTER_COMMA = Set.of("and", "but", "while", "as", "where", "when", "after",
            "before", "during", "with", "calling", "saying", "at", "in", "on", "following", "under", "ending", "which");

    private Signers() {
    }

    /** The agents after "by" in "signed in Moscow by X and his Russian counterpart, Y". */
    static List<Mention> agents(Reading r, int from) {
        List<Mention> out = new ArrayList<>();
        int by = byAfter(r, from);
        if (by < 0) {
            return out;
        }
        for (int k = by + 1; k < r.sentence.size(); k++) {
            Mention m = r.mentions.at(k);
            if (m != null) {
                boolean first = m.from() == by + 1 || m.from() == by + 2 && r.sentence.lower(by + 1).equals("the")
                        || r.sentence.lower(m.from() - 1).equals("by"); // "for Britain by X, and for Mauritius by Y"
                boolean ownerOfNext = m.kind() != Mention.Kind.PERSON ? ownsNextPerson(r, m)
                        : r.sentence.lower(m.to()).equals("'s"); // "by X, Starmer's national security adviser"

                if (m.isActor() && !ownerOfNext && (first || !Clauses.preposed(r.sentence, m.from()))) {
                    out.add(m); // "signed by X and Y": X follows "by" itself; "U.S. Treasury Secretary Y" is Y
                }
                k = m.to() - 1;
                continue;
            }
            String w = r.sentence.lower(k);
            Token t = r.sentence.token(k);
            int close = w.equals(",") && r.sentence.lower(k + 1).equals("as") ? r.sentence.indexOf(",", k + 2, k + 12) : -1;
            if (close > 0 && r.sentence.lower(close + 1).equals("and") && r.sentence.lower(close + 2).equals("by")) {
                k = close + 1; // "by Iraq's parliament, as Law No. 42, and by Kuwait's": the aside ends, the agents go on
                continue;
            }
            List<Mention> listed = w.equals(",") && out.isEmpty() && r.sentence.indexOfAny(LEADERS, by + 1, k) > 0
                    ? namedPeople(r, k + 1) : List.of();
            if (!listed.isEmpty()) {
                out.addAll(listed); // "by their heads of state, Captain X, Colonel Y and General Z"
                break;
            }
            if (w.equals(",") && out.isEmpty() && pairSince(r.sentence, by + 1, k)) {
                out.addAll(namedPeople(r, k + 1)); // "by the ministers of the two countries, Iraq's X and Turkey's Y"
                break; // "by representatives of both governments, within the framework of a Nicaraguan visit": the pair signs
            }
            if (w.equals(",") && !out.isEmpty() && !listContinues(r, k + 1)) {
                break; // "signed by Moscow and Yerevan on the status of border troops, Russian units still patrol"
            }
            if (t.isWord() && !t.capitalised() && w.endsWith("ed")) {
                break; // "..., after talks mediated by Qatar": the mediators did not sign
            }
            if (w.equals(";") || w.equals(".") || w.equals("which") || w.equals("who") || w.equals("that") || w.equals("said")
                    || w.equals("says") || w.equals("while") || w.equals(",") && CLAUSE_AFTER_COMMA.contains(r.sentence.lower(k + 1))
                    && !(r.sentence.lower(k + 1).equals("and") && SignerLists.goesOn(r, k + 2))) {
                break; // "signed by Moscow and Chisinau in 1992 ..., and Russia says": the agents end with the clause
            }
        }
        return out;
    }

    /** "Iraq's X, Qatar's Y and the UAE's Z": two or more people listed from {@code k}, each maybe after its state; else none. */
    private static List<Mention> namedPeople(Reading r, int k) {
        List<Mention> people = new ArrayList<>();
        while (k < r.sentence.size()) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY && r.sentence.lower(m.to()).equals("'s")) {
                m = r.mentions.at(m.to() + 1);
            }
            if (m == null || m.kind() != Mention.Kind.PERSON) {
                break;
            }
            people.add(m);
            k = m.to();
            Mention of = r.sentence.lower(k).equals("of") ? r.mentions.at(k + 1) : null;
            k = of != null && of.kind() == Mention.Kind.COUNTRY && of.from() == k + 1 ? of.to() : k; // "General X of Mali, ..."
            k += r.sentence.lower(k).equals(",") && r.sentence.lower(k + 1).equals("and") ? 2
                    : Set.of(",", "and").contains(r.sentence.lower(k)) ? 1 : r.sentence.size();
            k += r.sentence.lower(k).equals("the") ? 1 : 0; // "and the UAE's Z"
        }
        return people.size() >= 2 ? people : List.of();
    }

    /**
     * Whether the agents may go on after a comma at {@code k - 1}: not when a country's adjective
     * before a common noun opens a new clause ("..., Russian units still patrol"); "..., Iranian
     * Foreign Minister X" goes on.
     */
    private static boolean listContinues(Reading r, int k) {
        Mention next = r.mentions.at(k);
        if (next == null || next.use() != Mention.Use.MODIFIER || next.from() != k) {
            return true;
        }
        Token noun = r.sentence.token(next.to());
        return noun.capitalised() || noun.text().equals("'s") // "by X, Kenya's defence cabinet secretary, and ...": an apposition
                || Lexicon.get().role(r.sentence.tokens(), next.to()) != null;
    }

    /** The "by" of a passive verb ending at {@code from}, past its place and time ("signed in Jakarta last week by"); else -1. */
    private static int byAfter(Reading r, int from) {
        for (int k = from; k < r.sentence.size() && k < from + 18; k++) {
            String w = r.sentence.lower(k);
            if (w.equals("by")) {
                return k;
            }
            Token t = r.sentence.token(k);
            if (!(t.capitalised() || Character.isDigit(t.text().charAt(0)) || BEFORE_BY.contains(w))) {
                return afterAside(r, k); // "signed during a visit by X": X is not the signer
            }
        }
        return -1;
    }

    /** "signed in Washington, during a visit by then-President X, by Defence Minister Y": the agents after the aside. */
    private static int afterAside(Reading r, int k) {
        if (!r.sentence.lower(k - 1).equals(",") || !Set.of("during", "on", "at", "amid", "after").contains(r.sentence.lower(k))) {
            return -1;
        }
        int comma = r.sentence.indexOf(",", k + 1, Math.min(r.sentence.size(), k + 14));
        return comma > 0 && r.sentence.lower(comma + 1).equals("by") ? comma + 1 : -1;
    }

    /** Whether a pair phrase starts in tokens [from, to). */
    private static boolean pairSince(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CountryAnaphora.pairAt(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** Who signs for the two sides: "by representatives of both governments". */
    private static final Set<String> DELEGATES = Set.of("representatives", "officials", "delegations", "delegates", "envoys", "plenipotentiaries");

    /**
     * "concluded and signed by the two governments", "inked in Jakarta by the two countries' defence
     * ministers": the pair's states sign; whether it was such a pair.
     */
    static boolean pairAgents(Reading r, int from, Mention treaty) {
        int by = byAfter(r, from);
        int pair = by + 1;
        if (by >= 0 && DELEGATES.contains(r.sentence.lower(pair)) && r.sentence.lower(pair + 1).equals("of")) {
            pair += 2; // "by representatives of both governments"
        }
        if (by < 0 || !CountryAnaphora.pairAt(r.sentence, pair)) {
            return false;
        }
        for (String c : CountryAnaphora.pairIn(r.mentions, r.model, by + 1)) {
            r.add("SIGNED", c, treaty.key(), by - 1, java.util.Map.of(), ClaimStatus.ASSERTED, 0.7);
            ArticleModel.parties(r.model.node(treaty.key())).add(c);
        }
        return true;
    }

    /**
     * "X and Y signed the pact on Friday, with Dutch Prime Minister A and Ukrainian President B putting
     * pen to paper": the treaty of the clause before ", with", whose signers stand between "with" and the verb.
     */
    static Mention withClauseTreaty(Reading r, Triggers.Hit hit) {
        int with = withBefore(r, hit);
        if (with < 0 || withClauseSigners(r, hit).isEmpty()) {
            return null;
        }
        Mention treaty = null;
        for (Mention m : r.mentions.all()) {
            if (m.kind() == Mention.Kind.TREATY && m.to() <= with - 1) {
                treaty = m;
            }
        }
        return treaty;
    }

    /** The actors between ", with" and the signing verb; empty when the verb has no such clause. */
    static List<Mention> withClauseSigners(Reading r, Triggers.Hit hit) {
        int with = withBefore(r, hit);
        List<Mention> out = new ArrayList<>();
        for (Mention m : with < 0 ? List.<Mention>of() : r.mentions.all()) {
            if (m.from() > with && m.to() <= hit.at() && m.isActor()) {
                out.add(m);
            }
        }
        return out;
    }

    private static int withBefore(Reading r, Triggers.Hit hit) {
        for (int k = hit.at() - 1; k > 1 && k >= hit.at() - 14; k--) {
            if (r.sentence.lower(k).equals("with") && r.sentence.lower(k - 1).equals(",")) {
                return k;
            }
            if (r.sentence.lower(k).equals(",") || r.triggers.is(k, "SIGN")) {
                return -1;
            }
        }
        return -1;
    }

    /** "U.S. Treasury Secretary Scott Bessent": the body is the office of the person right after it. */
    private static boolean ownsNextPerson(Reading r, Mention m) {
        for (int k = m.to(); k < r.sentence.size() && k <= m.to() + 3; k++) {
            Mention n = r.mentions.at(k);
            if (n != null && n.kind() == Mention.Kind.PERSON && n != m) {
                return true;
            }
            if (r.sentence.lower(k).equals("and") || r.sentence.lower(k).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** The actors of the same kind coordinated after {@code first}: "with Putin and Azerbaijan's President Ilham Aliyev". */
    static List<Mention> coordinatedAfter(Reading r, Mention first) {
        List<Mention> more = new java.util.ArrayList<>();
        Mention last = first;
        while (Set.of("and", ",").contains(r.sentence.lower(last.to()))) {
            Mention next = Clauses.after(r.mentions, last.to() + 1, 5, Mention::isActor);
            if (next == null || next.kind() != first.kind() || r.sentence.indexOf(",", last.to() + 1, next.from()) >= 0) {
                break;
            }
            more.add(next);
            last = next;
        }
        return more;
    }

    /** The rest of a list that starts with {@code first}: "Mali and Niger", "Chad, Niger and Mali", each item right after its comma or "and". */
    static List<Mention> listedAfter(Reading r, Mention first) {
        List<Mention> more = new java.util.ArrayList<>();
        Mention last = first;
        while (Set.of("and", ",").contains(r.sentence.lower(last.to()))) {
            int at = last.to() + 1 + (r.sentence.lower(last.to() + 1).equals("the") ? 1 : 0);
            Mention next = r.mentions.at(at);
            if (next == null || next.from() != at || next.kind() != first.kind()) {
                break;
            }
            more.add(next);
            last = next;
        }
        return more;
    }

    /** "signed at the White House a day earlier with Azerbaijani President Ilham Aliyev": the other signer. */
    static Mention withPartner(Reading r, int from) {
        for (int k = from; k < r.sentence.size() && k < from + 10; k++) {
            String w = r.sentence.lower(k);
            if (w.equals("with")) {
                return Clauses.after(r.mentions, k + 1, 4, Mention::isActor);
            }
            if (Set.of(",", ";", "which", "that", "and", "but", "after").contains(w) || r.mentions.at(k) != null
                    && r.mentions.at(k).kind() == Mention.Kind.PERSON) {
                return null;
            }
        }
        return null;
    }

    /** "a senior Chinese officer, Major General X": the person the description is followed by, else the description's actor. */
    static Mention namedInApposition(Reading r, Mention described) {
        if (described == null || described.kind() == Mention.Kind.PERSON) {
            return described;
        }
        int comma = r.sentence.indexOf(",", described.to(), described.to() + 4);
        Mention person = comma < 0 ? null : Clauses.after(r.mentions, comma + 1, 4, m -> m.kind() == Mention.Kind.PERSON);
        return person != null ? person : described;
    }

    /** "signed on 1 January between X and Y": the two sides after "between", past the signing's time and place. */
    static List<Mention> between(Reading r, int from) {
        Sentence s = r.sentence;
        int between = -1;
        for (int k = from; k < s.size() && k < from + 10 && between < 0; k++) {
            if (s.lower(k).equals("between")) {
                between = k;
            } else if (!(s.token(k).capitalised() || Character.isDigit(s.token(k).text().charAt(0)) || BEFORE_BY.contains(s.lower(k)))) {
                return List.of();
            }
        }
        Mention first = between < 0 ? null : Clauses.after(r.mentions, between + 1, 5, Mention::isActor);
        int and = first == null ? -1 : s.indexOf("and", first.to(), Math.min(s.size(), first.to() + 2));
        Mention second = and < 0 ? null : Clauses.after(r.mentions, and + 1, 6, Mention::isActor);
        return and < 0 ? List.of() : second == null ? List.of(first) : List.of(first, second); // "between Ethiopia and the breakaway region"
    }
}
