package io.entente.extract;

import io.entente.extract.time.DateResolver;
import java.util.Set;

/**
 * Shallow clause reading without a parser: who acts before a trigger (the nearest actor that
 * is not the object of a preposition, within the clause) and whether the trigger is negated,
 * conditional or only planned.
 */
final class Clauses {

    static final Set<String> PREPOSITIONS = Set.of("with", "to", "of", "in", "into", "from", "for", "against", "on",
            "over", "about", "between", "by", "at", "toward", "towards", "under", "among", "after", "before", "during",
            "across", "near", "despite", "like", "than", "via", "including", "amid", "beyond", "within", "without", "besides");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "that", "which", "who", "whom", "whose", "where",
            "while", "as", "but", "because", "although", "though", "when", "since", "after", "before", "if", ":");
    static final Set<String> SAY_WORDS = Set.of("said", "says", "say", "told", "stated", "insisted", "warned", "added", "noted");
    static final Set<String> SAY = Set.of("said", "says", "say", "claimed", "claims", "told", "stated",
            "announced", "confirmed", "reported", "alleged", "insisted", "warned", "added", "noted", "stressed", "recalled",
            "argued", "explained", "acknowledged", "admitted", "emphasised", "emphasized", "pointed", "repeated", "repeats",
            "reiterated", "reiterates", "insists");

    private Clauses() {
    }

    static String countryOf(Mention m, ArticleModel model) {
        return switch (m.kind()) {
            case COUNTRY -> m.key();
            case PERSON, ORG, LOCATION -> model.node(m.key()).attr("country");
            default -> null;
        };
    }

    /** The acting country of the clause before token {@code before}, or null. */
    static String actorCountry(SentenceMentions sm, ArticleModel model, int before) {
        Mention m = subjectBefore(sm, before);
        return m == null ? null : countryOf(m, model);
    }

    /**
     * The nearest actor before the trigger that heads the clause: prepositional objects are
     * skipped, and the search stops at a clause break or a verb of saying (whose own subject
     * belongs to the outer clause).
     */
    static Mention subjectBefore(SentenceMentions sm, int trigger) {
        Sentence s = sm.sentence;
        int verb = trigger; // where the subject's clause goes on: before an aside that was skipped
        for (int k = trigger - 1; k >= 0; k--) {
            Mention m = sm.at(k);
            if (m != null) {
                if (m.isActor() && !preposed(s, m.from()) && !coordinatedObject(sm, m)) {
                    return m;
                }
                if (m.isActor() && (Asides.subordinateSubject(s, m, verb) || Asides.subordinatePair(sm, m, verb))) {
                    return m; // "after the Diet approved it", "after Egypt and Somalia signed": a clause's subject
                }
                if (m.isActor() && s.lower(m.from() - 1).equals("for") && SPOKES.contains(s.lower(m.from() - 2))) {
                    return m; // "a spokesperson for China's foreign ministry denounced": the ministry speaks
                }
                if (m.isActor() && s.lower(m.from() - 1).equals("of") && GazetteerMentions.ACTOR_NOUNS.contains(s.lower(m.from() - 2))
                        && !preposed(s, m.from() - 2)) {
                    return m; // "the government of President Traore denounced": the government's head acts for it
                }
                k = m.from();
                continue;
            }
            String w = s.lower(k);
            int aside = w.equals(",") ? Asides.start(s, k) : -1;
            if (aside >= 0) {
                k = aside; // "the DPR, as the House is known, also ratified"
                verb = aside; // "after X and Y, the leader of Somaliland, signed"
                continue;
            }
            if ((w.equals("which") || w.equals("who")) && k >= 2 && s.lower(k - 1).equals(",")) {
                Mention antecedent = sm.endingAt(k - 1); // "X, who held talks" / "X, which ..., condemned"
                return antecedent != null && antecedent.isActor() ? antecedent : null;
            }
            if (CLAUSE_BREAKS.contains(w) || (SAY.contains(w) && k < trigger - 1)) {
                return null;
            }
        }
        return null;
    }

    /** ", accusing Washington of", ", recalling its ambassador": a participle after a comma has the sentence's first actor. */
    static Mention participleSubject(SentenceMentions sm, int verb) {
        Sentence s = sm.sentence;
        int comma = s.lower(verb - 1).endsWith("ly") && s.token(verb - 1).isWord() ? verb - 2 : verb - 1; // ", repeatedly accusing"
        return s.lower(comma).equals(",") && s.lower(verb).endsWith("ing") ? firstActor(sm, verb) : null;
    }

    /** Whether a new clause (";" or a comma before one of {@code openers}) starts in [from, to). */
    static boolean clauseBreak(Sentence s, int from, int to, Set<String> openers) {
        for (int k = from; k < to; k++) {
            if (s.lower(k).equals(";") || s.lower(k).equals(",") && openers.contains(s.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Tokyo said it was concerned": the speaker a subject pronoun after a verb of saying stands for. */
    static Mention pronounSpeaker(SentenceMentions sm, int trigger) {
        Sentence s = sm.sentence;
        for (int k = trigger - 1; k >= 1 && k >= trigger - 5; k--) {
            if (!Set.of("it", "he", "she", "they").contains(s.lower(k))) {
                continue;
            }
            if (s.lower(k - 1).equals("what") && !s.lower(k).equals("it")) {
                return firstActor(sm, k); // "X said he would back a plan that ended what he called Y's genocide"
            }
            int say = s.lower(k - 1).equals("that") ? k - 2 : k - 1;
            say -= s.lower(say).equals("out") && s.lower(say - 1).equals("pointed") ? 1 : 0; // "pointed out that he had signed"
            for (int j = say; s.lower(k - 1).equals("that") && j >= 0 && j >= say - 4 && !SAY.contains(s.lower(j)); j--) {
                if (sm.at(j) != null || s.lower(j).equals(",")) {
                    break;
                }
                if (SAY.contains(s.lower(j - 1))) {
                    say = j - 1; // "said on Wednesday that it had": a time phrase between
                }
            }
            if (SAY.contains(s.lower(say))) {
                return subjectBefore(sm, say);
            }
            if (s.lower(k - 1).equals("that") && CLAIMS.contains(s.lower(say))) {
                return subjectBefore(sm, preposedVerdict(sm, say)); // "Pakistan dismissed reports that it had sent troops": the claim is about the denier
            }
            return null;
        }
        return null;
    }

    /** "dismissed as fabricated (the) reports that": the verdict set before the claim, where the denier's clause goes on. */
    private static int preposedVerdict(SentenceMentions sm, int claim) {
        for (int k = claim - 1; k >= 1 && k >= claim - 4; k--) {
            if (sm.at(k) != null || sm.sentence.lower(k).equals(",")) {
                return claim;
            }
            if (sm.sentence.lower(k).equals("as")) {
                return k;
            }
        }
        return claim;
    }

    private static final Set<String> SPOKES = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen");
    private static final Set<String> CLAIMS = Set.of("reports", "report", "claims", "claim", "allegations", "accusations", "suggestions");

    /** "treaties to both Seoul and Tokyo": Tokyo is joined to a prepositional object. */
    private static boolean coordinatedObject(SentenceMentions sm, Mention m) {
        int k = m.from() - 1;
        if (k < 1 || !(sm.sentence.lower(k).equals("and") || sm.sentence.lower(k).equals("or"))) {
            return false;
        }
        Mention prev = sm.endingAt(k);
        return prev != null && prev.kind() == m.kind() && preposed(sm.sentence, prev.from());
    }

    static boolean preposed(Sentence s, int from) {
        int k = from - 1;
        while (k >= 0 && Set.of("the", "its", "their", "both", "either").contains(s.lower(k))) {
            k--;
        }
        if (k >= 1 && s.lower(k).equals("of") && GROUPS.contains(s.lower(k - 1))) {
            return false; // "a group of UN experts said": the experts speak
        }
        if (k >= 1 && s.lower(k).equals("in") && SEATED.contains(s.lower(k - 1))) {
            return false; // "officials in Addis Ababa denied": the government there speaks
        }
        if (k >= 1 && s.lower(k).equals("by") && STATEMENTS.contains(s.lower(k - 1))) {
            return false; // "a joint statement by the United States and the EU accuses": its authors speak
        }
        if (k == 0 && s.lower(0).length() > 5 && s.lower(0).endsWith("ing") && s.token(0).capitalised()
                && from > 1 && !s.token(1).capitalised()) {
            return true; // "Addressing the National Assembly later, the premier said": the participle's object
        }
        return k >= 0 && PREPOSITIONS.contains(s.lower(k));
    }

    private static final Set<String> SEATED = Set.of("officials", "authorities", "government", "diplomats", "leaders", "leadership");
    private static final Set<String> STATEMENTS = Set.of("statement", "declaration", "communique", "communiqué", "letter");
    private static final Set<String> GROUPS = Set.of("group", "panel", "team", "delegation", "coalition", "number");

    /** The first mention after {@code from} (within {@code span} tokens) satisfying the filter. */
    static Mention after(SentenceMentions sm, int from, int span, java.util.function.Predicate<Mention> ok) {
        for (int k = from; k < sm.sentence.size() && k < from + span; k++) {
            Mention m = sm.at(k);
            if (m != null) {
                if (ok.test(m)) {
                    return m;
                }
                k = m.to() - 1;
            } else if (sm.sentence.lower(k).equals(";")) {
                return null;
            }
        }
        return null;
    }

    /** "continue to serve in": what goes on is a fact, not a plan. */
    private static final Set<String> CONTINUING = Set.of("continue", "continues", "continued", "continuing");

    /**
     * Whether the trigger is negated, conditional, planned or asked: looks at up to five tokens
     * before it within the clause ("did not deny", "plans to sign", "would be ... if") and at a
     * question mark.
     */
    static boolean modal(Sentence s, int trigger) {
        if (s.isQuestion() || Set.of("no", "nothing", "neither").contains(s.lower(trigger + 1))) {
            return true; // "has signed no comparable accord with Ankara"
        }
        for (int k = trigger - 1; k >= 0 && k >= trigger - 5; k--) {
            String w = s.lower(k);
            if (w.equals("and") && k == trigger - 1) {
                int first = coordinatedVerb(s, k);
                return first >= 0 && modal(s, first); // "must still be approved by the Senate, and signed into law": both planned
            }
            if (w.equals(",") || w.equals(";") || w.equals("that") || w.equals("said")) {
                break; // "... was not a terrorist group and condemned": the negation ends with its clause
            }
            PhraseTrie.Match<String> m = Lexicon.get().trigger(s.tokens(), k);
            if (m != null && k + m.length() <= trigger && (m.values().contains("NEG") || m.values().contains("MODAL"))) {
                if (m.values().contains("MODAL") || !notUntil(s, trigger)) {
                    return true;
                }
            }
            if (w.equals("to") && k == trigger - 1 && !DoneInfinitives.votedBefore(s, k) && !CONTINUING.contains(s.lower(k - 1))) {
                return true; // infinitive: "to sign" is a plan unless "voted to endorse"
            }
        }
        return false;
    }

    /** The signing or ratifying verb of the conjunct before the "and" at {@code and}, or -1. */
    private static int coordinatedVerb(Sentence s, int and) {
        for (int k = and - 1; k >= 0 && k >= and - 12; k--) {
            if (s.lower(k).equals(";") || s.lower(k).equals("said")) {
                return -1;
            }
            if (TreatyHeads.eventVerb(s, k)) {
                return k;
            }
        }
        return -1;
    }

    /** "did not ratify it until 2012": the act happened, at the time after "until". */
    private static boolean notUntil(Sentence s, int trigger) {
        int until = s.indexOf("until", trigger + 1, Math.min(s.size(), trigger + 6));
        String when = s.lower(until + 1);
        return until > 0 && !when.isEmpty() && (Character.isDigit(when.charAt(0)) || DateResolver.fullMonth(when) > 0);
    }

    /** The first actor of the sentence before token {@code limit} that no preposition governs. */
    static Mention firstActor(SentenceMentions sm, int limit) {
        for (Mention m : sm.all()) {
            if (m.from() < limit && m.isActor() && !preposed(sm.sentence, m.from())) {
                return m;
            }
        }
        return null;
    }

    static Mention headActor(SentenceMentions sm, int limit) {
        for (Mention m : sm.all()) {
            if (m.from() < limit && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.ORG) && m.isActor()
                    && !Clauses.preposed(sm.sentence, m.from())) {
                return m;
            }
        }
        return null;
    }

    /** The state this sentence named first before {@code to}, as a name or a capital, other than {@code except}; or null. */
    static String firstState(SentenceMentions sm, int to, String except) {
        for (Mention m : sm.all()) {
            if (m.from() >= to) {
                break;
            }
            if (m.kind() == Mention.Kind.COUNTRY && m.use() != Mention.Use.MODIFIER && !m.key().equals(except)) {
                return m.key();
            }
        }
        return null;
    }
}
