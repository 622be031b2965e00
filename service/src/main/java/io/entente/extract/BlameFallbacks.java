package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Readings of a condemnation when its plain subject or object is missing. */
final class BlameFallbacks {

    private static final Set<String> PAIR = Set.of("governments", "countries", "sides", "states", "capitals");

    /** People a sentence may name by post alone, whom a later "him" or "her" means rather than someone named before. */
    private static final Set<String> UNNAMED_PEOPLE = Set.of("secretary", "diplomat", "ambassador", "envoy", "attache",
            "consul", "counsellor", "counselor");

    private BlameFallbacks() {
    }

    /** "X said A was doing B and condemned ...": the one who spoke condemns, not A. */
    static Mention speakerOfCoordinatedVerb(Reading r, int trigger) {
        Sentence s = r.sentence;
        int and = Set.of("it", "they").contains(s.lower(trigger - 1)) ? trigger - 2 : trigger - 1; // "..., and it condemned"
        while (and > 0 && (Set.of("also", "again", "later", "then").contains(s.lower(and)) || s.lower(and).endsWith("ly"))) {
            and--; // "accused Azerbaijan of ... and again criticised the Russian force"
        }
        if (!s.lower(and).equals("and")) {
            return null;
        }
        for (int k = and - 1; k > 0; k--) {
            if (Clauses.SAY_WORDS.contains(s.lower(k))) {
                Mention speaker = Clauses.subjectBefore(r.mentions, k);
                return speaker != null && speaker.isActor() ? speaker : null;
            }
        }
        for (Mention m : r.mentions.all()) { // "Erdogan repeated his view that ... and condemned"
            if (m.to() <= trigger && m.isActor() && !Clauses.preposed(s, m.from())) {
                return m; // past a fronted place: "In Yerevan, Prime Minister X accused ... and again criticised"
            }
        }
        return null;
    }

    /** "condemned both governments": the last two states the sentence named before the verb. */
    static List<String> pairObject(Reading r, int from, int trigger) {
        Sentence s = r.sentence;
        boolean pair = s.lower(from).equals("both") && PAIR.contains(s.lower(from + 1))
                || s.lower(from).equals("the") && s.lower(from + 1).equals("two") && PAIR.contains(s.lower(from + 2));
        if (!pair) {
            return List.of();
        }
        List<String> named = new ArrayList<>();
        for (Mention m : r.mentions.all()) {
            String c = m.to() <= trigger && m.kind() == Mention.Kind.COUNTRY ? m.key() : null;
            if (c != null) {
                named.remove(c);
                named.add(c);
            }
        }
        return named.size() >= 2 ? named.subList(named.size() - 2, named.size()) : CountryAnaphora.pair(r.model);
    }

    private static final Set<String> BODY_NOUNS = Set.of("bloc", "alliance", "organisation", "organization", "grouping");

    /**
     * "the bloc" at {@code at}, before "of": the international body the sentence named last before
     * it ("froze its participation in the CSTO, accusing the bloc of failing to defend it").
     */
    static Mention bodyAnaphor(Reading r, int at) {
        Sentence s = r.sentence;
        if (!s.lower(at).equals("the") || !BODY_NOUNS.contains(s.lower(at + 1)) || !s.lower(at + 2).equals("of")) {
            return null;
        }
        for (int k = at - 1; k >= 0; k--) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.ORG) {
                return new Mention(Mention.Kind.ORG, m.key(), at, at + 2, Mention.Use.ANAPHOR);
            }
        }
        return null;
    }

    /** The person "him" or "her" at {@code limit} means: one named in this sentence, else the story's last, unless a post named the person. */
    static Mention lastPerson(Reading r, int limit) {
        Mention last = Accusations.personInSentence(r, limit);
        if (last == null && r.sentence.indexOfAny(UNNAMED_PEOPLE, 0, limit) >= 0) {
            return null; // "declared the first secretary of the Russian embassy persona non grata, accusing him of"
        }
        if (last == null && !r.model.recentPeople.isEmpty()) {
            last = new Mention(Mention.Kind.PERSON, r.model.recentPeople.getLast(), 0, 0, Mention.Use.ANAPHOR);
        }
        return last;
    }
}
