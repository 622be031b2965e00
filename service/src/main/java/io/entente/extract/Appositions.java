package io.entente.extract;

import java.util.Set;

/**
 * People named before their office: "[Name], [the] [owner's] [office]" ("Ali Akbar Velayati, an
 * adviser to Supreme Leader Ali Khamenei"; "General X, the chief of the UPDF").
 */
final class Appositions {

    private Appositions() {
    }

    /** The "'s" up to two lowercase qualifiers before token {@code k + 1}; else {@code k} itself. */
    private static int qualifiedOwner(Sentence s, int k) {
        for (int j = k; j >= 0 && j >= k - 2; j--) {
            if (s.token(j).text().equals("'s")) {
                return j;
            }
            if (!s.token(j).isWord() || s.token(j).capitalised() || Treaties.isFunctionWord(s.lower(j)) && !s.lower(j).equals("new")) {
                return k;
            }
        }
        return k;
    }

    /** "[Name], [the] [owner's] [office]" with the office at {@code i}. */
    static void nameThenRole(SentenceMentions sm, ArticleModel model, int i, PhraseTrie.Match<String> role) {
        Sentence s = sm.sentence;
        int k = qualifiedOwner(s, i - 1); // "Mali's transitional president", "the EU's foreign policy chief"
        Mention owner = null;
        if (k >= 0 && s.token(k).text().equals("'s")) {
            k--;
        }
        boolean possessive = k < i - 1;
        Mention m = sm.at(k);
        String via = null;
        if (m != null && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.ORG)) {
            owner = m;
            k = m.from() - 1;
        } else if (possessive && k >= 0) { // "X, Starmer's national security adviser" serves Starmer's state
            String boss = m != null && m.kind() == Mention.Kind.PERSON ? m.key() : model.personByShortForm(s.token(k).text());
            via = boss == null ? null : model.node(boss).attr("country");
            k = via == null ? k : m != null ? m.from() - 1 : k - 1;
        }
        for (int words = 0; owner == null && via == null && words < 2 && k > 0 && s.token(k).isWord() && !s.token(k).capitalised()
                && !Treaties.isFunctionWord(s.lower(k)) && !s.lower(k).endsWith("ed"); words++) {
            k--; // "X, communications director for ...", "Y, deputy governor of ..."
        }
        while (k >= 0 && Set.of("the", "a", "an", "then").contains(s.lower(k))) {
            k--; // "X, then the business and trade secretary,": the office held at the time
        }
        if (k < 1 || !s.token(k).text().equals(",")) {
            return;
        }
        Mention named = sm.endingAt(k);
        if (named != null && named.kind() == Mention.Kind.PERSON) { // "General X, the chief of the UPDF"
            Mention of = owner != null ? owner : ownerAfter(sm, i + role.length());
            if (of != null) {
                OfficeOwners.office(model, model.node(named.key()), role.values().getFirst(), of, s);
            }
            return;
        }
        int end = k;
        int start = end;
        while (start > 0 && end - start < 6 && sm.free(start - 1, start) && Names.nameToken(s, start - 1)) {
            start--;
        }
        while (start < end && !s.token(start).capitalised()) {
            start++;
        }
        if (start == end || !s.token(start).capitalised() || People.NOT_NAMES.contains(s.token(start).text())) {
            return;
        }
        int roleEnd = i + role.length();
        if (owner == null && Set.of("of", "to", "for").contains(s.lower(roleEnd))) {
            Mention after = sm.at(s.lower(roleEnd + 1).equals("the") ? roleEnd + 2 : roleEnd + 1); // "Under-Secretary of the UAE Ministry"
            if (after != null && (after.kind() == Mention.Kind.COUNTRY || after.kind() == Mention.Kind.ORG)) {
                owner = after;
            } else if (after != null && after.kind() == Mention.Kind.PERSON) {
                via = model.node(after.key()).attr("country"); // "an adviser to Supreme Leader X" serves X's state
            }
        }
        Mention side = start > 1 && s.lower(start - 1).equals("by") ? sm.endingAt(start - 1) : null;
        if (owner == null && via == null && side != null && side.kind() == Mention.Kind.COUNTRY
                && s.lower(side.from() - 1).equals("for")) {
            owner = side; // "signed for Mauritius by Gavin Glover, the attorney general"
        }
        Node p = People.register(model, Bodies.surface(s, start, end), role.values().getFirst(), owner, null, s);
        if (via != null && p.officeSentence == s && p.attr("country") == null) {
            p.attrs.put("country", via);
        }
        sm.put(new Mention(Mention.Kind.PERSON, p.key, start, end, Mention.Use.NAME));
    }

    /** "chief of the Uganda People's Defence Forces": the body or state after "of"/"for"/"at". */
    static Mention ownerAfter(SentenceMentions sm, int roleEnd) {
        Sentence s = sm.sentence;
        if (!Set.of("of", "for", "at").contains(s.lower(roleEnd))) {
            return null;
        }
        Mention after = sm.at(s.lower(roleEnd + 1).equals("the") ? roleEnd + 2 : roleEnd + 1);
        return after != null && (after.kind() == Mention.Kind.COUNTRY || after.kind() == Mention.Kind.ORG) ? after : null;
    }

    private static final java.util.Map<String, String> CHAIRING = java.util.Map.of("chairs", "Chair", "chaired", "Chair",
            "heads", "Head", "headed", "Head", "leads", "Leader", "led", "Leader");

    /** "Leonid Slutsky, who chairs the Duma's international affairs committee,": the body he chairs is his office. */
    static void whoChairs(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        for (int k = 2; k + 2 < s.size(); k++) {
            String role = CHAIRING.get(s.lower(k + 1));
            if (role == null || !s.lower(k).equals("who") || !s.lower(k - 1).equals(",")) {
                continue;
            }
            Mention person = sm.endingAt(k - 1);
            Mention body = Clauses.after(sm, k + 2, 6, m -> m.kind() == Mention.Kind.ORG);
            if (person != null && person.kind() == Mention.Kind.PERSON && body != null
                    && s.indexOf(",", k + 2, body.from()) < 0) {
                OfficeOwners.office(model, model.node(person.key()), role, body, s);
            }
        }
    }
}
