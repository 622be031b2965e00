package io.entente.extract;

import io.entente.extract.time.DateResolver;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whether a treaty's name can be another name of the story's treaty, or names a different one. */
final class TreatyNames {

    private TreatyNames() {
    }

    /** Nouns any treaty may be called before its name is given: "the deal" may be the "Abraham Accords". */
    private static final Set<String> ANY_KIND = Set.of("deal", "pact", "accord", "agreement", "treaty", "text", "document",
            "ceasefire", "truce", "arrangement", "framework", "memorandum", "mou", "roadmap", "plan", "understanding", "compact");

    /**
     * Whether a name can be the name of a treaty so far called {@code generic}: "a joint declaration"
     * is a "Washington Declaration", not the "Abraham Accords" it is said to be part of.
     */
    static boolean sameKind(String generic, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : generic.toLowerCase(Locale.ROOT).split("\\s+")) {
            String noun = word.replaceFirst("s$", "");
            if (ANY_KIND.contains(noun) || noun.length() > 3 && lower.contains(noun)) {
                return true; // "defence agreement with Greece", "the declaration" and the "Washington Declaration"
            }
        }
        return false;
    }

    /**
     * The end of a lower-case treaty phrase with its "of" complement: "a declaration of principles",
     * "a treaty of friendship and cooperation"; just past the head {@code h} when none follows.
     */
    static int ofWhat(Sentence s, int h) {
        if (!s.token(h).capitalised() && FOUNDING.contains(s.lower(h + 1))) {
            return founding(s, h + 1);
        }
        if (s.token(h).capitalised() || !s.lower(h + 1).equals("of")) {
            return h + 1;
        }
        int end = h + 1;
        for (int k = h + 2; k < s.size() && k <= h + 6; k++) {
            Token t = s.token(k);
            String w = s.lower(k);
            if (w.equals("and") && end > h + 1) {
                continue; // "of friendship and cooperation"
            }
            if (!t.isWord() || t.capitalised() || TreatyWords.FUNCTION.contains(w) || w.endsWith("ing") || w.endsWith("ed")) {
                break; // "the agreement of the two sides", "a declaration of principles in Doha"
            }
            end = k + 1;
        }
        return end == h + 1 ? h + 1 : s.lower(end - 1).equals("and") ? end - 1 : end;
    }

    /** "grew out of the X Charter", "replaces the Y Treaty": a treaty named as another one's forerunner. */
    static boolean predecessor(Sentence s, int start) {
        int k = s.lower(start - 1).equals("the") ? start - 2 : start - 1;
        return s.lower(k).equals("of") && s.lower(k - 1).equals("out")
                || Set.of("replaces", "replaced", "supersedes", "superseded", "succeeds", "succeeded").contains(s.lower(k))
                || s.lower(k).equals("on") && Set.of("builds", "built", "based").contains(s.lower(k - 1))
                || s.lower(k).equals("since"); // "its first new alliance since the ANZUS treaty": an older one
    }

    private static final Set<String> FOUNDING = Set.of("establishing", "creating", "founding", "forming");

    /** "a treaty establishing a confederation[ at their first summit]": the founding phrase up to a place, time or clause. */
    private static int founding(Sentence s, int verb) {
        int end = verb + 1;
        for (int k = verb + 1; k < s.size() && k <= verb + 7; k++) {
            String w = s.lower(k);
            if (!s.token(k).isWord() || !Set.of("a", "an", "the", "of").contains(w) && TreatyWords.FUNCTION.contains(w)
                    || Set.of("at", "last", "this", "during").contains(w) || TreatyWords.MONTHS.contains(w) || TreatyWords.DAYS.contains(w)) {
                break;
            }
            end = Set.of("a", "an", "the", "of").contains(w) ? end : k + 1;
        }
        return end > verb + 1 ? end : verb; // nothing founded: the head alone
    }

    /** Whether a treaty's name or an alias holds {@code noun}: "the memorandum" for the "memorandum of understanding". */
    static boolean namedWith(Node t, String noun) {
        return t.name.toLowerCase(Locale.ROOT).contains(noun) || t.aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(noun));
    }

    /** The same head noun: the headline's "ICC statute" and the body's "Rome Statute". */
    static boolean sameHead(String a, String b) {
        String[] x = a.toLowerCase(Locale.ROOT).split("\\s+");
        String[] y = b.toLowerCase(Locale.ROOT).split("\\s+");
        return x[x.length - 1].equals(y[y.length - 1]);
    }

    /**
     * Whether a year written just before a treaty's name ("formed the alliance in September 2023 under the
     * X Charter") is another year than the one {@code current} was signed in: another instrument.
     */
    static boolean otherYear(Node current, Sentence s, int start, int end) {
        Object signed = current.attrs.get("signedDate");
        if (!(signed instanceof String d) || d.length() < 4) {
            return false;
        }
        for (int k = start - 1; k >= 0 && k >= start - 8; k--) { // not after: "ratified the Declaration on 1 February 2022"
            String w = s.token(k).text();
            if (s.lower(k).equals(";") || s.lower(k).equals(",")) {
                return false;
            }
            if (TreatyHeads.isYear(w)) {
                return !d.startsWith(w);
            }
        }
        return false;
    }

    /** Whether a treaty named by a month ("the March 10 agreement") was signed in another month than {@code current}. */
    static boolean otherMonth(Node current, String word) {
        int month = DateResolver.fullMonth(word);
        Object signed = current.attrs.get("signedDate");
        return month > 0 && signed instanceof String d && d.length() >= 7 && !d.substring(5, 7).equals(String.format("%02d", month));
    }

    /**
     * A treaty the story already has under this name: the same name or alias ("a visiting forces
     * agreement with the United States" is not the one just signed with New Zealand), else, when
     * {@code prefix} allows, one whose full name begins with it (the headline's "Memorandum of
     * Understanding" is the body's "... on Border Security"; of two "Declaration on ..." treaties,
     * "the Declaration" is the one the story is on). Null if none.
     */
    static Node known(ArticleModel model, String norm, Set<String> parties, boolean prefix) {
        for (Node t : model.treaties()) {
            if ((t.name.equalsIgnoreCase(norm) || t.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(norm)))
                    && (parties.size() < 2 || compatible(ArticleModel.parties(t), parties))) {
                return t;
            }
        }
        if (prefix && cityAndKind(norm)) { // "the Washington deal" and "the Washington Accords"
            String city = norm.split(" ")[0];
            for (Node t : model.treaties()) {
                String name = t.name.toLowerCase(Locale.ROOT);
                if (cityAndKind(name) && name.split(" ")[0].equals(city) && compatible(ArticleModel.parties(t), parties)) {
                    return t;
                }
            }
        }
        Node shared = prefix ? sharedRareWord(model, norm, parties) : null;
        if (shared != null) {
            return shared;
        }
        Node begun = null;
        for (Node t : model.treaties()) {
            if (prefix && begins(t.name.toLowerCase(Locale.ROOT), norm) && compatible(ArticleModel.parties(t), parties)
                    && (begun == null || t.key.equals(model.currentTreaty()))) {
                begun = t;
            }
        }
        return begun;
    }

    /** Words many treaty names share; a name's other words ("Pukpuk", "Nakamal") tell one treaty from another. */
    private static final Set<String> COMMON = Set.of("mutual", "defence", "defense", "security", "strategic", "partnership",
            "cooperation", "co-operation", "comprehensive", "agreement", "agreements", "treaty", "treaties", "pact", "accord",
            "accords", "deal", "memorandum", "understanding", "declaration", "joint", "framework", "peace", "trade", "free",
            "military", "bilateral", "status", "forces", "force", "visiting", "reciprocal", "access", "protocol", "charter",
            "convention", "union", "alliance", "economic", "nuclear", "friendship", "assistance", "relations", "border",
            "maritime", "arms", "control", "reduction", "enhanced", "implementation", "plan", "action", "roadmap", "program",
            "programme", "initiative", "principles", "statement", "final", "interim", "general", "basic", "global",
            "regional", "national", "international", "technical", "exchange", "north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "atlantic", "pacific", "indian", "ocean", "central", "new", "first", "second",
            "third", "fourth", "additional", "supplementary", "extension", "renewal", "long-term", "five-year", "ten-year",
            "non-aggression", "non-proliferation", "ceasefire", "truce", "armistice", "settlement", "normalisation",
            "normalization", "association", "integration", "community", "investment", "energy", "nations",
            "united", "states", "republic", "kingdom", "federation", "islamic", "democratic", "people's", "between");

    /**
     * A named treaty the story already has under another name that opens with the same rarer word
     * (the headline's "Pukpuk treaty" is the body's "Pukpuk Mutual Defence Treaty"); never a
     * place's name, which several treaties can share ("the Minsk protocol", "the Minsk agreements"),
     * nor a word inside a name ("Declaration on Allied Interaction" is not the "Shusha Declaration
     * on Allied Relations").
     */
    private static Node sharedRareWord(ArticleModel model, String norm, Set<String> parties) {
        String w = firstWord(norm);
        if (w.length() < 4 || COMMON.contains(w) || !w.chars().allMatch(Character::isLetter) || place(w)) {
            return null;
        }
        for (Node t : model.treaties()) {
            if ((firstWord(t.name).equals(w) || t.aliases.stream().anyMatch(a -> firstWord(a).equals(w)))
                    && compatible(ArticleModel.parties(t), parties)) {
                return t;
            }
        }
        return null;
    }

    private static String firstWord(String name) {
        return withoutArticle(name).toLowerCase(Locale.ROOT).split("\\s+")[0];
    }

    /** "the Pukpuk Treaty" -> "Pukpuk Treaty": the name a treaty is stored under. */
    static String withoutArticle(String surface) {
        return surface.replaceFirst("^(?i)the\\s+", "");
    }

    private static boolean place(String word) {
        List<Token> one = List.of(new Token(Character.toUpperCase(word.charAt(0)) + word.substring(1), 0, word.length()));
        return Gazetteer.get().longest(one, 0) != null || Lexicon.get().place(one, 0) != null
                || Lexicon.get().region(one, 0) != null;
    }

    private static final Set<String> BINDING = Set.of("deal", "agreement", "accord", "pact", "treaty", "ceasefire", "truce");

    /** A bare "the deal" (or "the first phase of the deal") is not a declaration the story has: a declaration is no deal. */
    static boolean declarationCalledADeal(Node current, String norm) {
        String head = norm.substring(norm.lastIndexOf(' ') + 1);
        String name = current.name.toLowerCase(Locale.ROOT);
        return BINDING.contains(head) && (name.equals("declaration") || name.endsWith(" declaration"))
                && current.aliases.stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).endsWith(head));
    }

    /** "The Washington deal", then "the Washington Accords": a capitalised head names the treaty better. */
    static Node properName(Node known, String surface) {
        if (Character.isUpperCase(surface.charAt(surface.lastIndexOf(' ') + 1))
                && Character.isLowerCase(known.name.charAt(known.name.lastIndexOf(' ') + 1))) {
            known.alias(known.name);
            known.name = surface.replaceFirst("^(?i)the\\s+", "");
        }
        return known;
    }

    /** A name of two words, the second a kind of treaty: "washington deal", "washington accords". */
    private static boolean cityAndKind(String norm) {
        String[] words = norm.split(" ");
        return words.length == 2 && ANY_KIND.contains(words[1].replaceFirst("s$", ""));
    }

    /** A treaty the story already named after this city: "the Washington deal" after "the Washington Accords". */
    static boolean namedAfter(ArticleModel model, String city) {
        String prefix = city.toLowerCase(Locale.ROOT) + " ";
        return model.treaties().stream().anyMatch(t -> t.name.toLowerCase(Locale.ROOT).startsWith(prefix));
    }

    /** "declaration on allied relations" and "shusha declaration on allied relations" (a place's name first) begin "declaration". */
    private static boolean begins(String name, String norm) {
        int space = name.indexOf(' ');
        return name.startsWith(norm + " ") || space > 0 && name.startsWith(norm + " ", space + 1);
    }

    static boolean compatible(Set<String> existing, Set<String> mentioned) {
        return existing.isEmpty() || mentioned.isEmpty() || existing.containsAll(mentioned) || mentioned.containsAll(existing);
    }

    /**
     * "the Rome Statute" after "a 1992 agreement signed by Moscow and Yerevan": a treaty named
     * after a city of a state that is no party to the story's current treaty, which is years old,
     * is another treaty, not a name for that one.
     */
    static boolean otherCityTreaty(ArticleModel model, String cityState, boolean named) {
        String current = model.currentTreaty();
        if (!named || cityState == null || current == null || model.published == null) {
            return false;
        }
        Node cur = model.node(current);
        Set<String> parties = ArticleModel.parties(cur);
        Object signed = cur.attrs.get("signedDate");
        return !parties.isEmpty() && !parties.contains(cityState) && signed instanceof String date && date.length() >= 4
                && Integer.parseInt(date.substring(0, 4)) < model.published.getYear() - 1;
    }
}
