package io.entente.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** The countries a treaty phrase names around it: "a treaty with X", "between X and Y", or a clause of other states. */
final class TreatyParties {

    private TreatyParties() {
    }

    /** The countries named before the treaty in its clause when none is a party of the current treaty, else empty. */
    static Set<String> disjointCountries(SentenceMentions sm, ArticleModel model, int start) {
        String current = model.currentTreaty();
        int clause = 0;
        for (int k = 0; k < start; k++) {
            clause = sm.sentence.lower(k).equals(";") || sm.sentence.lower(k).equals(":") ? k + 1 : clause;
        }
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : sm.all()) {
            if (m.kind() == Mention.Kind.COUNTRY && m.from() >= clause && m.to() <= start) {
                named.add(m.key());
            }
        }
        Set<String> existing = current == null ? Set.of() : ArticleModel.parties(model.node(current));
        return existing.isEmpty() || named.stream().anyMatch(existing::contains) ? Set.of() : named;
    }

    /** "the memorandum that Turkey signed in November with the Tripoli government": both signers. */
    static Set<String> relativeSigners(SentenceMentions sm, ArticleModel model, int end) {
        Sentence s = sm.sentence;
        Set<String> out = new LinkedHashSet<>();
        int at = Set.of("that", "which").contains(s.lower(end)) ? end + 1 : end; // "the treaty Putin signed with Kim"
        if (s.lower(at).equals("the") && s.lower(at + 1).equals("two") && PAIR_NOUNS.contains(s.lower(at + 2))) {
            PhraseTrie.Match<String> signed = Lexicon.get().trigger(s.tokens(), at + 3);
            return signed != null && signed.values().contains("SIGN") ? lastTwoStates(sm, model, at) : out;
        }
        Mention signer = sm.at(at);
        String first = signer == null || !signer.isActor() ? null : Clauses.countryOf(signer, model);
        if (first == null || signer.from() != at) {
            return out;
        }
        PhraseTrie.Match<String> verb = Lexicon.get().trigger(s.tokens(), signer.to());
        if (verb == null || !verb.values().contains("SIGN")) {
            return out;
        }
        for (int k = signer.to() + verb.length(); k < s.size() && k < signer.to() + 8; k++) {
            if (s.lower(k).equals("with")) {
                Mention other = Clauses.after(sm, k + 1, 10, m -> m.isActor() && Clauses.countryOf(m, model) != null
                        && !s.lower(m.from() - 1).equals("and")); // "with the Tripoli-based government in Libya"
                String second = other == null ? null : Clauses.countryOf(other, model);
                if (second != null && !second.equals(first)) {
                    out.add(first);
                    out.add(second);
                }
                break;
            }
        }
        return out;
    }

    private static final Set<String> PAIR_NOUNS = Set.of("governments", "countries", "sides", "states", "nations", "neighbours", "neighbors");

    /** "Britain ... Rwanda, and a treaty the two governments signed": the last two states the sentence named before. */
    private static Set<String> lastTwoStates(SentenceMentions sm, ArticleModel model, int before) {
        java.util.List<String> named = new java.util.ArrayList<>();
        for (Mention m : sm.all()) {
            String c = m.to() <= before && m.kind() == Mention.Kind.COUNTRY ? m.key() : null;
            if (c != null) {
                named.remove(c);
                named.add(c);
            }
        }
        return named.size() < 2 ? new LinkedHashSet<>() : new LinkedHashSet<>(named.subList(named.size() - 2, named.size()));
    }

    private static final Set<String> HAVE = Set.of("have", "has", "had");
    private static final Set<String> STILL = Set.of("already", "also", "still");

    /** "X and Y already have a ... agreement": the article before the treaty follows a verb of having. */
    static boolean heldBy(Sentence s, int article) {
        int k = article - 1;
        while (k > 0 && STILL.contains(s.lower(k))) {
            k--;
        }
        return k >= 0 && HAVE.contains(s.lower(k));
    }

    /** The countries that are the subject of the having verb before {@code article}. */
    private static Set<String> holders(SentenceMentions sm, ArticleModel model, int article) {
        int verb = article - 1;
        while (verb > 0 && !HAVE.contains(sm.sentence.lower(verb))) {
            verb--;
        }
        return subjectStates(sm, model, verb);
    }

    /**
     * The parties an indefinite treaty's clause gives it: its holders' states ("Britain and Ukraine
     * already have a ... agreement"), or at least two signers' states ("Niger, Mali and Burkina Faso
     * signed a treaty"), which keeps it apart from an accord the story told of before.
     */
    static Set<String> subjectParties(SentenceMentions sm, ArticleModel model, int article, boolean held) {
        if (held) {
            return holders(sm, model, article);
        }
        for (int k = article - 1; k >= 0 && k >= article - 3; k--) {
            PhraseTrie.Match<String> m = Lexicon.get().trigger(sm.sentence.tokens(), k);
            if (m != null && m.values().contains("SIGN") && !Clauses.modal(sm.sentence, k)) {
                Set<String> signers = subjectStates(sm, model, k);
                return signers.size() >= 2 ? signers : Set.of();
            }
        }
        return Set.of();
    }

    private static Set<String> subjectStates(SentenceMentions sm, ArticleModel model, int verb) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : SubjectLists.subjectsBefore(sm, verb)) {
            String c = Clauses.countryOf(m, model);
            boolean international = m.kind() == Mention.Kind.PERSON && model.node(m.key()).attrs.containsKey("_international");
            if (c != null && !international) { // the IAEA's director general signs for the agency, not for Argentina
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "Canada's first new alliance in 70 years, since the North Atlantic Treaty with ...", "Australia's only
     * defence commitment was the ANZUS treaty with ...": Canada, Australia, a party of that treaty too.
     */
    static String firstSince(SentenceMentions sm, int start) {
        Sentence s = sm.sentence;
        Set<String> linking = Set.of("since", "was", "is", "remains", "remained");
        int since = linking.contains(s.lower(start - 1)) ? start - 1 : linking.contains(s.lower(start - 2)) ? start - 2 : -1;
        for (int k = since - 1; since > 0 && k > 1 && k >= since - 12; k--) {
            if ((s.lower(k).equals("first") || s.lower(k).equals("only")) && s.lower(k - 1).equals("'s")) {
                Mention owner = sm.endingAt(k - 1);
                return owner != null && owner.kind() == Mention.Kind.COUNTRY ? owner.key() : null;
            }
        }
        return null;
    }

    /** Two or more parties, none of them a party of the story's current treaty (itself of two or more): another treaty. */
    static boolean othersOnly(ArticleModel model, Set<String> explicit) {
        String current = model.currentTreaty();
        Set<String> parties = current == null ? Set.of() : ArticleModel.parties(model.node(current));
        return explicit.size() >= 2 && parties.size() >= 2 && explicit.stream().noneMatch(parties::contains);
    }

    /** ", signed by Kim Jong-un and Vladimir Putin": signers from none of the states of the story's current treaty. */
    static boolean signedByOthers(SentenceMentions sm, ArticleModel model, int end) {
        Sentence s = sm.sentence;
        int by = s.lower(end).equals(",") ? end + 2 : end + 1;
        String current = model.currentTreaty();
        Set<String> parties = current == null ? Set.of() : ArticleModel.parties(model.node(current));
        if (parties.size() < 2 || !s.lower(by - 1).equals("signed") || !s.lower(by).equals("by")) {
            return false;
        }
        Set<String> states = new LinkedHashSet<>();
        for (int k = by + 1; k < s.size() && k < by + 14 && !s.lower(k).equals(";"); k++) {
            Mention m = sm.at(k);
            String c = m == null || !m.isActor() ? null : Clauses.countryOf(m, model);
            if (c != null) {
                states.add(c);
            }
        }
        return !states.isEmpty() && states.stream().noneMatch(parties::contains);
    }

    /** "with North Korea", "between Japan and the Philippines": countries after the head. */
    static Set<String> partiesAfter(SentenceMentions sm, ArticleModel model, int end) {
        Set<String> out = new LinkedHashSet<>();
        if (Set.of("signed", "concluded", "struck").contains(sm.sentence.lower(end)) && sm.sentence.lower(end + 1).equals("with")) {
            end++; // "a defence agreement signed with Bangui in 2019"
        }
        String prep = sm.sentence.lower(end);
        if (!prep.equals("with") && !prep.equals("between")) {
            return out;
        }
        for (int k = end + 1; k < sm.sentence.size() && k < end + 8; k++) {
            Mention m = sm.at(k);
            String c = m == null || m.kind() == Mention.Kind.LOCATION ? null : Clauses.countryOf(m, model); // "with Somaliland": a region
            if (c != null) {
                out.add(c);
                k = m.to() - 1;
                if (!prep.equals("between") && !sm.sentence.lower(m.to()).equals("and")) {
                    break;
                }
            } else if (!Set.of("the", "and", ",", "its", "neighbouring", "neighboring").contains(sm.sentence.lower(k))) {
                break;
            }
        }
        return out;
    }
}
