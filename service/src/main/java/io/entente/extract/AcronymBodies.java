package io.entente.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Bodies the gazetteer does not know but the text defines: a capitalised name followed by its
 * acronym in brackets ("the South Sudan People's Defence Forces (SSPDF)"). The name is claimed
 * before country names inside it ("Sudan") are read, and later bare uses of the acronym find
 * the same body. Runs before {@link GazetteerMentions}.
 */
final class AcronymBodies {

    private static final Set<String> INNER = Set.of("of", "for", "and", "the", "'s", "-", "on", "&");
    private static final int MAX_NAME_TOKENS = 10;

    private AcronymBodies() {
    }

    static void find(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        for (int i = 1; i < s.size(); i++) {
            if (s.token(i).text().equals("(")) {
                int close = close(s, i);
                String acronym = close < 0 ? null : acronym(s, i + 1, close);
                if (acronym != null) {
                    define(sm, model, i, close, acronym);
                }
            }
        }
        reuse(sm, model);
    }

    private static int close(Sentence s, int open) {
        for (int k = open + 1; k < s.size() && k <= open + 4; k++) {
            if (s.token(k).text().equals(")")) {
                return k > open + 1 ? k : -1;
            }
        }
        return -1;
    }

    /** "SPLM-IO", "UPDF": two or more capitals, no lower-case run, no spaces inside. */
    private static String acronym(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.token(k).start() != s.token(k - 1).end()) {
                return null;
            }
        }
        String a = s.text().substring(s.token(from).start() - s.start(), s.token(to - 1).end() - s.start());
        long capitals = a.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && a.length() <= 12 && a.matches("[A-Z][A-Za-z0-9.-]*[A-Z0-9]") ? a : null;
    }

    private static void define(SentenceMentions sm, ArticleModel model, int open, int close, String acronym) {
        Sentence s = sm.sentence;
        int start = open;
        int capitals = 0;
        for (int k = open - 1; k >= 0 && open - k <= MAX_NAME_TOKENS; k--) {
            Token t = s.token(k);
            if (t.capitalised() && t.isWord() && !(k == 0 && t.lower().equals("the"))) {
                capitals++;
                start = k;
            } else if (!INNER.contains(t.lower()) || k == 0) {
                break;
            }
        }
        if (capitals < 2 || !sm.free(start, open) && whollyKnown(sm, start, open)) {
            return;
        }
        if (titledName(s, start, open)) {
            return; // "Senator Rafael Filizzola (PDP)": a person and the acronym of their party
        }
        String name = Bodies.surface(s, start, open);
        PhraseTrie.Match<Gazetteer.Entry> known = Gazetteer.get().longest(s.tokens(), start);
        if (known != null && known.length() == open - start) {
            return; // the gazetteer knows this body: its own stage reads it
        }
        String head = s.lower(open - 1);
        PhraseTrie.Match<String> treaty = Lexicon.get().trigger(s.tokens(), open - 1);
        if (treaty != null && (treaty.values().contains("TREATY") || treaty.values().contains("TREATY_WEAK"))) {
            return; // "the Reciprocal Access Agreement (RAA)" is a treaty, read by its own stage
        }
        String country = countryAt(model, s, start);
        Node n = BodyNodes.adHoc(model, name, kind(head), country);
        n.alias(acronym);
        model.articleAcronyms.put(acronym, n.key);
        sm.put(new Mention(Mention.Kind.ORG, n.key, start, close + 1, Mention.Use.NAME));
    }

    /** An office title, then two or three capitalised words and nothing else: a person's name. */
    private static boolean titledName(Sentence s, int start, int open) {
        PhraseTrie.Match<String> role = Lexicon.get().role(s.tokens(), start);
        int name = role == null ? -1 : start + role.length();
        if (name < 0 || open - name < 2 || open - name > 3) {
            return false;
        }
        for (int k = name; k < open; k++) {
            if (!s.token(k).capitalised() || !s.token(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    private static boolean whollyKnown(SentenceMentions sm, int from, int to) {
        Mention m = sm.at(from);
        return m != null && m.from() == from && m.to() >= to;
    }

    /** "South Sudan People's Defence Forces": the state named at the start of the body's name. */
    private static String countryAt(ArticleModel model, Sentence s, int start) {
        PhraseTrie.Match<Gazetteer.Entry> m = Gazetteer.get().longest(s.tokens(), start);
        if (m == null) {
            return null;
        }
        return m.values().stream().filter(e -> e.kind() == Gazetteer.Kind.COUNTRY).map(Gazetteer.Entry::id).findFirst().orElse(null);
    }

    private static String kind(String head) {
        return switch (head.toLowerCase(Locale.ROOT)) {
            case "forces", "force", "army", "command", "guard", "corps", "brigade" -> "military";
            case "ministry", "government", "office", "presidency" -> "executive";
            case "parliament", "assembly", "congress", "senate" -> "legislature";
            case "service", "agency", "directorate" -> "intelligence";
            default -> "other";
        };
    }

    /** Later bare uses of an acronym the article defined ("the SSPDF said"). */
    private static void reuse(SentenceMentions sm, ArticleModel model) {
        if (model.articleAcronyms.isEmpty()) {
            return;
        }
        Sentence s = sm.sentence;
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).capitalised() || !sm.free(i, i + 1)) {
                continue;
            }
            for (int len = Math.min(3, s.size() - i); len >= 1; len--) {
                String text = s.text().substring(s.token(i).start() - s.start(), s.token(i + len - 1).end() - s.start());
                String key = model.articleAcronyms.get(text);
                if (key != null && sm.free(i, i + len)) {
                    sm.put(new Mention(Mention.Kind.ORG, key, i, i + len, Mention.Use.NAME));
                    i += len - 1;
                    break;
                }
            }
        }
    }
}
