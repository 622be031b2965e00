package io.entente.extract;

import java.util.List;
import java.util.Set;

/** People from the gazetteer: who a name means on the article's date, and the short forms that find them again. */
final class KnownPeople {

    private KnownPeople() {
    }

    /** The gazetteer key of a person named exactly so (name or alias), else null. */
    static String known(String name, ArticleModel model) {
        List<Token> tokens = Tokenizer.tokens(name, 0, name.length());
        PhraseTrie.Match<Gazetteer.Entry> m = Gazetteer.get().longest(tokens, 0);
        if (m == null || m.length() != tokens.size()) {
            return null;
        }
        return Gazetteer.get().personOn(m.values(), model.published);
    }

    /** Adds a gazetteer person to the article once, with country, role and every alias as a short form. */
    static void register(ArticleModel model, String key) {
        if (model.node(key) != null) {
            return;
        }
        Gazetteer.PersonInfo info = Gazetteer.get().person(key);
        Node p = model.person(key, info.name());
        info.aliases().forEach(p::alias);
        if (!info.country().isEmpty()) {
            p.attrs.put("country", info.country());
        }
        if (!info.role().isEmpty()) {
            p.attrs.put("role", info.role());
        }
        Gazetteer.OrgInfo body = info.organization().isEmpty() ? null : Gazetteer.get().org(info.organization());
        if (body != null && body.country().isEmpty()) {
            p.attrs.put("_international", body.key()); // signs for that body, not for the state of which they are a national
        }
        shortFormsOf(model, p, info.name());
        info.aliases().forEach(a -> model.personShortForm(a, key));
    }

    private static final java.util.regex.Pattern ARABIC_ARTICLE =
            java.util.regex.Pattern.compile("(?:[Aa]l|[Ee]l|ad|an|ar|as|ash|at|az)-(\\p{Lu}[\\p{L}'-]+)");

    static void shortFormsOf(ArticleModel model, Node p, String name) {
        String[] parts = name.replaceAll("(?:,?\\s+(?:Jr|Sr|II|III|IV)\\.?)$", "").split("\\s+");
        model.personShortForm(name, p.key);
        model.personShortForm(parts[parts.length - 1], p.key);
        java.util.regex.Matcher article = ARABIC_ARTICLE.matcher(parts[parts.length - 1]);
        if (article.matches()) {
            model.personShortForm(article.group(1), p.key); // "Araji" for Qassem al-Araji
        }
        if (parts.length > 1) {
            model.personShortForm(parts[0], p.key);
        }
        if (parts.length > 2 && Character.isUpperCase(parts[1].charAt(0))) {
            model.personShortForm(parts[0] + " " + parts[1], p.key); // "Hassan Sheikh" for Hassan Sheikh Mohamud
        }
    }

    private static final Set<String> PLURAL_TITLES = Set.of("Presidents", "Ministers", "Premiers", "Chancellors", "Kings", "Leaders");

    /** "President Putin", "Presidents Pezeshkian and Putin": a title names the office-holder the gazetteer knows. */
    static boolean titled(List<Token> tokens, int from) {
        Token next = from + 1 < tokens.size() ? tokens.get(from + 1) : null;
        if (next != null && (next.capitalised() || next.text().startsWith("-"))) {
            return false; // "President Francis Escudero", "Minister Yunus-Bek Yevkurov": a longer name, someone else
        }
        for (int j = Math.max(0, from - 3); j < from; j++) {
            PhraseTrie.Match<String> role = Lexicon.get().role(tokens, j);
            if (role != null && j + role.length() == from && tokens.get(j).capitalised()) {
                return true;
            }
        }
        if (from < 2 || !tokens.get(from - 1).lower().equals("and")) {
            return false;
        }
        for (int j = Math.max(0, from - 6); j < from - 2; j++) {
            if (PLURAL_TITLES.contains(tokens.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** A gazetteer person holding a national office on the article's date, named in the text without a title. */
    static boolean inOffice(Node p, java.time.LocalDate published) {
        Gazetteer.PersonInfo info = p.knownSentence == null ? null : Gazetteer.get().person(p.key);
        return info != null && info.organization().isEmpty() && !info.country().isEmpty() && !info.role().isEmpty()
                && published != null && info.heldOn(published) && info.country().equals(p.attr("country"));
    }

    /** The known person right after one more capitalised given name at {@code k} ("Muhammad Shehbaz Sharif"), or null. */
    static Mention afterGivenName(SentenceMentions sm, int k) {
        Mention next = sm.at(k + 1); // null past the sentence's end
        Token t = sm.sentence.token(k);
        return next != null && next.kind() == Mention.Kind.PERSON && next.from() == k + 1 && t.isWord() && t.capitalised()
                && !People.NOT_NAMES.contains(t.text()) ? next : null;
    }

    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "Al", "al", "El");

    /**
     * "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani" for a gazetteer person known by a
     * shorter form: the article's fuller form, honorific and patronymics included, becomes an alias.
     */
    static void fullSurface(Sentence s, Node person, Mention m) {
        int start = m.from() > 0 && People.HONORIFICS.contains(s.token(m.from() - 1).text()) ? m.from() - 1 : m.from();
        int end = m.to();
        while (end + 1 < s.size() && NAME_PARTICLES.contains(s.token(end).text()) && s.token(end + 1).capitalised()) {
            end += 2;
        }
        if (person != null && end - start > 2) {
            person.alias(Bodies.surface(s, start, end));
        }
    }
}
