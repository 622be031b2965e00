package io.entente.extract;

import java.util.Set;

/** Pronouns that head a clause: "He condemned ...", "In February he ... accused". */
final class Pronouns {

    private Pronouns() {
    }

    /** "He condemned ...", "She accused ...": a sentence-opening pronoun is the person the story named last. */
    static Mention opening(SentenceMentions sm, ArticleModel model, int trigger) {
        Sentence s = sm.sentence;
        int k = 0;
        if (s.lower(0).equals("the") && DOCUMENTS.contains(s.lower(1)) && trigger <= 4 && model.lastHeadActor != null
                && model.lastSubjectSentence == s.index() - 1) { // its author headed the sentence just before
            return author(model); // "The statement also accused the United States Southern Command of ..."
        }
        if (!(s.lower(k).equals("he") || s.lower(k).equals("she")) || trigger > 4 || model.recentPeople.isEmpty()) {
            return preposed(sm, model, trigger);
        }
        return new Mention(Mention.Kind.PERSON, model.recentPeople.getLast(), 0, 1, Mention.Use.ANAPHOR);
    }

    private static final Set<String> DOCUMENTS = Set.of("statement", "communique", "communiqué", "letter", "note", "text",
            "declaration");

    /** Whoever headed the story's last clause: the author of "the statement" that goes on. */
    private static Mention author(ArticleModel model) {
        Node head = model.node(model.lastHeadActor);
        Mention.Kind kind = head == null ? null : switch (head.type) {
            case "Person" -> Mention.Kind.PERSON;
            case "Country" -> Mention.Kind.COUNTRY;
            case "Organization" -> Mention.Kind.ORG;
            default -> null;
        };
        return kind == null ? null : new Mention(kind, head.key, 0, 2, Mention.Use.ANAPHOR);
    }

    /**
     * "In February he survived a no-confidence motion and accused Wellington of ...": after a
     * preposed time phrase, "he" heads the clause, and no other actor stands before the trigger.
     */
    private static Mention preposed(SentenceMentions sm, ArticleModel model, int trigger) {
        Sentence s = sm.sentence;
        if (model.recentPeople.isEmpty() || !Set.of("in", "on", "at", "after", "later", "earlier", "last").contains(s.lower(0))) {
            return null;
        }
        for (int k = 1; k < 6 && k < trigger; k++) {
            if (sm.at(k) != null) {
                return null;
            }
            if (s.lower(k).equals("he") || s.lower(k).equals("she")) {
                for (Mention m : sm.all()) {
                    if (m.from() > k && m.from() < trigger && m.isActor() && m.use() != Mention.Use.MODIFIER
                            && !Clauses.preposed(s, m.from())) { // "over the China deal" is no subject
                        return null;
                    }
                }
                return new Mention(Mention.Kind.PERSON, model.recentPeople.getLast(), k, k + 1, Mention.Use.ANAPHOR);
            }
        }
        return null;
    }
}
