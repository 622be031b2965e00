package io.entente.extract;

import java.util.Set;

/**
 * Parties named by their standing rather than the gazetteer: "the opposition Conservatives", "the
 * ruling Justice and Development Party". They act in a story (condemn a deal, back a vote) like any
 * body, belonging to the story's own state.
 */
final class PoliticalParties {

    private static final Set<String> STANDINGS = Set.of("opposition", "ruling", "governing");
    private static final Set<String> MEMBERS = Set.of("mps", "lawmakers", "legislators", "senators", "deputies", "members",
            "parties", "leaders", "politicians", "figures", "groups", "coalition");

    private PoliticalParties() {
    }

    static void find(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!STANDINGS.contains(s.lower(i)) || s.token(i).capitalised() && i > 0) {
                continue;
            }
            int end = i + 1;
            while (end < s.size() && end < i + 5 && (s.token(end).isWord() && s.token(end).capitalised()
                    || Set.of("and", "'", "'s").contains(s.lower(end)) && s.token(end + 1).capitalised()) && sm.free(end, end + 1)) {
                end++; // "the opposition Workers' Party"
            }
            if (end == i + 1 || MEMBERS.contains(s.lower(i + 1)) || Lexicon.get().role(s.tokens(), i + 1) != null) {
                continue; // "opposition MPs", "opposition leader X": people, not a party
            }
            Node party = BodyNodes.adHoc(model, Bodies.surface(s, i + 1, end), "party", model.datelineOrHome());
            party.standalone = false; // named in passing, a party is no entity of the story: only what it does makes it one
            sm.put(new Mention(Mention.Kind.ORG, party.key, i + 1, end, Mention.Use.NAME));
            i = end - 1;
        }
    }
}
