package io.entente.extract;

import java.util.Set;

/** The words that head a treaty phrase ("pact", "agreement", "statement of intent") and the verbs around them. */
final class TreatyHeads {

    private static final Set<String> KNOWN = Set.of("known", "referred");
    private static final Set<String> NAMING = Set.of("dubbed", "named", "called", "titled", "entitled");

    private TreatyHeads() {
    }

    static String headClass(Sentence s, int i) {
        if (i < 0 || i >= s.size()) {
            return null;
        }
        if (Set.of("statement", "letter").contains(s.lower(i)) && s.lower(i + 1).equals("of") && s.lower(i + 2).equals("intent")) {
            return "TREATY_WEAK"; // "a statement of intent on defence cooperation"
        }
        if (TRUCES.contains(s.lower(i))) {
            return signedAfter(s, i) ? "TREATY_WEAK" : null; // "the ceasefire that X signed"; "agreed to a ceasefire" is no instrument
        }
        PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), i);
        if (m == null || m.length() != 1 || s.lower(i).startsWith("communiqu") && !tiesCommunique(s, i) && !signVerbBefore(s, i - 1)) {
            return null; // "an AU communique issued this month": a statement, not an instrument; "signed a joint communique" is one
        }
        return m.values().contains("TREATY") ? "TREATY" : m.values().contains("TREATY_WEAK") ? "TREATY_WEAK" : null;
    }

    /** A truce is an instrument only where the story signs it; elsewhere "the ceasefire" is a state of affairs. */
    private static final Set<String> TRUCES = Set.of("ceasefire", "cease-fire", "truce", "armistice");

    /** Whether a treaty's surface is a truce: "the ceasefire" is never the story's defence pact told again. */
    static boolean truce(String surface) {
        for (String w : surface.toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
            if (TRUCES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NOT_TRUCES = Set.of("treaty", "pact", "statute", "convention", "protocol", "charter",
            "partnership", "alliance", "compact");

    /** A treaty named as something no truce is called ("the Rome Statute", "the defence pact"); an "agreement" may be the truce. */
    static boolean otherThanTruce(String name) {
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
            if (NOT_TRUCES.contains(w)) {
                return !truce(name);
            }
        }
        return false;
    }

    /** "the ceasefire that Pashinyan signed", "a truce signed in Doha": "signed" shortly after the head. */
    private static boolean signedAfter(Sentence s, int head) {
        // a relative clause may list its signers with commas: "a ceasefire that Putin, Aliyev and Pashinyan signed"
        boolean relative = Set.of("that", "which").contains(s.lower(head + 1)) || s.lower(head + 1).equals("agreement")
                && Set.of("that", "which").contains(s.lower(head + 2));
        for (int k = head + 1; k < s.size() && k <= head + (relative ? 16 : 8) && !s.lower(k).equals(";")
                && (relative || !s.lower(k).equals(",")); k++) {
            if (s.lower(k).equals("signed")) {
                return true;
            }
        }
        int article = head - 1;
        while (article > 0 && article >= head - 3 && !Set.of("a", "an", "the").contains(s.lower(article))) {
            article--; // "signed a humanitarian ceasefire"
        }
        return article > 0 && Set.of("a", "an", "the").contains(s.lower(article)) && signVerbBefore(s, article);
    }

    /** "signed a deal", "also inked an agreement": a signing verb just before the article. */
    static boolean signVerbBefore(Sentence s, int article) {
        for (int k = article - 1; k >= 0 && k >= article - 3; k--) {
            PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), k);
            if (m != null && m.values().contains("SIGN")) {
                return true;
            }
        }
        return false;
    }

    /** A verb of signing or ratifying at {@code k} ("Ratify", "Signs"), not its noun ("Ratification"). */
    static boolean eventVerb(Sentence s, int k) {
        PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), k);
        return m != null && (m.values().contains("SIGN") || m.values().contains("RATIFY")) && !s.lower(k).endsWith("ion");
    }

    static boolean hasClass(Sentence s, String cls) {
        for (int i = 0; i < s.size(); i++) {
            PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), i);
            if (m != null && m.values().contains(cls)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the 2015 Algiers peace agreement": a dated city-named treaty in lower case is another treaty;
     * "the Paris document" is the story's own one, signed there, whose party the city stands for.
     */
    static boolean datedCityName(Sentence s, int city) {
        String year = s.lower(city - 1);
        return year.length() == 4 && Character.isDigit(year.charAt(0)) && s.lower(city - 2).equals("the");
    }

    private static final Set<String> CITY_NAMED = Set.of("agreement", "agreements", "accord", "accords", "pact", "treaty", "deal",
            "understanding", "protocol", "declaration", "memorandum", "charter", "convention");

    /** "the Cairo agreement": a city right before a strong lower-case head names one treaty ("the Paris document" does not). */
    static boolean cityName(Sentence s, Mention city, int head) {
        return datedCityName(s, city.from()) || s.lower(city.from() - 1).equals("the") && city.to() == head
                && CITY_NAMED.contains(s.lower(head));
    }

    /** "known as the X", "dubbed the X": a name given to the treaty the story already has. */
    static boolean namedAs(Sentence s, int start) {
        int k = s.lower(start - 1).equals("the") ? start - 2 : start - 1;
        return s.lower(k).equals("as") && KNOWN.contains(s.lower(k - 1)) || NAMING.contains(s.lower(k));
    }

    /** Not "violating the accord": a story's own treaty is often the one said to be broken. */
    private static final Set<String> NORM_CUES = Set.of("compatible", "incompatible", "contrary", "accordance", "conformity");

    /** "compatible with the EU treaties", "in accordance with the UN Charter": a norm the story measures its treaty by. */
    static boolean normCited(Sentence s, int start) {
        for (int k = start - 1; k >= 0 && k >= start - 7; k--) {
            if (NORM_CUES.contains(s.lower(k))) {
                return true;
            }
            if (s.lower(k).equals(",") || s.lower(k).equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** A four-digit year of the last two centuries: "2019", "1999". */
    static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    /**
     * "a border security agreement that Baghdad and Tehran signed in March 2023", "a continental
     * shelf agreement signed in 2003": a year before the story's, another treaty.
     */
    static boolean earlierInRelative(Sentence s, int end, java.time.LocalDate published) {
        if (published == null || !Set.of("that", "which", "signed", "concluded").contains(s.lower(end))) {
            return false;
        }
        for (int k = end + 1; k < s.size() && k < end + 10 && !s.lower(k).equals(","); k++) {
            String w = s.token(k).text();
            if (isYear(w)) {
                return Integer.parseInt(w) < published.getYear();
            }
        }
        return false;
    }

    /**
     * Where the clause of a treaty starting at {@code start} begins its actor search: for a second object
     * ("signed the Aachen Treaty with X and the Quirinal Treaty with Y"), at the signing verb; else at the treaty.
     */
    static int coordinatedVerb(Sentence s, int start) {
        int and = Set.of("the", "a", "an").contains(s.lower(start - 1)) ? start - 2 : start - 1;
        if (!s.lower(and).equals("and")) {
            return start;
        }
        for (int k = and - 1; k >= 0 && k >= and - 16; k--) {
            PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), k);
            if (m != null && m.values().contains("SIGN")) {
                return k;
            }
        }
        return start;
    }

    private static final Set<String> EVENT_CLASSES = Set.of("SIGN", "RATIFY", "DEPLOY", "CONDEMN", "DENY", "REPORT",
            "MEET", "AID_VERB", "VOTE", "CALL");

    /** "ratifies defence treaty": an event verb or participle before a head is no part of its name. */
    static boolean isVerbLike(Sentence s, int k) {
        PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), k);
        if (m != null && m.values().stream().anyMatch(EVENT_CLASSES::contains)) {
            return true; // "ratifies defence treaty": the verb is no part of the name
        }
        String w = s.lower(k);
        return (w.endsWith("ed") && !w.equals("armed")) || w.endsWith("ing") && !w.equals("binding") && !w.equals("visiting");
    }

    private static final Set<String> TIES = Set.of("relations", "ties", "recognition");

    /**
     * "a joint communique establishing diplomatic relations": the one kind of communique that is
     * an instrument between states (a recognition); other communiques are statements.
     */
    private static boolean tiesCommunique(Sentence s, int h) {
        for (int k = h + 1; k < s.size() && k <= h + 8; k++) {
            if (TIES.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "agreements", "memoranda" in lower case: several treaties, not one. */
    static boolean plural(Sentence s, int h) {
        return !s.token(h).capitalised() && (s.lower(h).endsWith("s") || s.lower(h).equals("memoranda"));
    }
}
