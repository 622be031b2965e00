package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "Zakharova accused Berlin of ...": the accused is condemned. */
final class Accusations {

    private static final Set<String> ADVERBIALS = Set.of("on", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "again", "repeatedly", "publicly", "openly", "last", "this", "week", "month");

    private static final Set<String> FIGHTERS = Set.of("fighters", "militants", "rebels", "militia", "militias", "gunmen",
            "troops", "soldiers", "insurgents", "jihadists");

    private Accusations() {
    }

    /** "Zakharova accused Berlin of dragging Moldova into the conflict": the accused is condemned. */
    static void accuse(Reading r, Triggers.Hit hit, Set<String> done) {
        if (RelativeAccusations.find(r, hit, done)) {
            return; // "Belarus, which Riga accuses of pushing migrants"
        }
        Sentence s = r.sentence;
        List<Mention> accused = new ArrayList<>();
        int of;
        int speakerLimit = hit.at() - 1;
        String next = s.lower(hit.end());
        if (Set.of("it", "them", "him", "her").contains(next) && s.lower(hit.end() + 1).equals("of")) {
            Mention m = next.startsWith("h") ? BlameFallbacks.lastPerson(r, hit.at()) : objectBefore(r, hit.at()); // "accusing it of", "accusing him of"
            if (m != null) {
                accused.add(m);
            }
            of = hit.end() + 1;
        } else if (Set.of("which", "whom", "who").contains(s.lower(hit.at() - 2)) && Set.of("he", "she").contains(s.lower(hit.at() - 1))) {
            Mention m = antecedent(r, hit.at() - 2); // "the CSTO, which he accused of", "fighters whom he accused of"
            if (m != null) {
                accused.add(m);
                speakerLimit = m.from(); // "Ruto met Museveni, whom he accused of": he is Ruto
            }
            of = hit.end();
        } else {
            Mention m = BlameFallbacks.bodyAnaphor(r, hit.end()); // "froze its part in the CSTO, accusing the bloc of"
            if (m == null) {
                m = Clauses.after(r.mentions, hit.end(), 6, Mention::isActor); // "the government of Prime Minister X of"
            }
            if (m == null) {
                m = unnamedGovernment(r, hit);
            }

            int charge = m == null ? chargeOf(s, hit.end()) : -1;
            if (m == null && charge > 0) {
                m = stateInPhrase(r, hit.end(), charge); // "accused the crew of the Russian research ship Yantar of shining"
            }
            if (m == null) {
                return;
            }
            if (charge > 0) {
                accused.add(m);
                of = charge;
            } else {
                of = named(r, m, accused);
            }
        }
        if (accused.isEmpty() || !s.lower(of).equals("of") || Clauses.modal(s, hit.at())) {
            return;
        }
        Mention subject = Set.of("he", "she").contains(s.lower(hit.at() - 1)) // "Erdogan said ..., and he accused Armenia of"
                ? personInSentence(r, speakerLimit) : Clauses.subjectBefore(r.mentions, hit.at());
        if (subject == null) {
            subject = Pronouns.opening(r.mentions, r.model, hit.at());
        }
        if (subject == null) {
            subject = Clauses.participleSubject(r.mentions, hit.at()); // "The Chinese embassy hit back in a statement, accusing Washington of"
        }
        if (subject == null && s.lower(hit.at() - 1).equals("and")) {
            subject = speakerBefore(r, hit.at()); // "Misri said the attack had cross-border links and accused Pakistan of"
            Mention first = Clauses.firstActor(r.mentions, hit.at());
            if (subject == null && first != null && !Clauses.PREPOSITIONS.contains(s.lower(first.from() - 1)) && !accused.contains(first)) {
                subject = first; // "Lin Jian defended the drills as lawful and accused the United States of"
            }
        }
        boolean secondVerb = s.lower(hit.at() - 1).equals("and"); // "condemned them as X and accused Washington of": a charge of its own
        if (subject == null || done.contains(subject.key()) && !secondVerb) {
            return;
        }
        for (Mention accuser : coSubjects(r, subject)) { // "Britain, France and Germany accused Tehran of"
            if (!done.add(accuser.key()) && accuser != subject && !secondVerb) {
                continue;
            }
            for (Mention m : accused) {
                if (!accuser.key().equals(m.key())) {
                    r.add("CONDEMNED", accuser.key(), m.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
                }
                AccusedTroops.invasion(r, accuser, m, of + 1);
            }
        }
    }

    /** The subject with the actors of its kind joined to it by commas and "and", before or after it. */
    private static List<Mention> coSubjects(Reading r, Mention subject) {
        List<Mention> out = new ArrayList<>(List.of(subject));
        if (subject.kind() != Mention.Kind.COUNTRY) {
            return out;
        }
        for (Mention m : SubjectLists.subjectsBefore(r.mentions, subject.to())) {
            if (m.kind() == Mention.Kind.COUNTRY && !out.contains(m)) {
                out.add(m);
            }
        }
        int k = subject.to();
        while (Set.of(",", "and").contains(r.sentence.lower(k))) {
            int next = r.sentence.lower(k).equals(",") && r.sentence.lower(k + 1).equals("and") ? k + 2 : k + 1;
            Mention m = r.mentions.at(next);
            if (m == null || m.from() != next || m.kind() != Mention.Kind.COUNTRY || !m.isActor()) {
                break;
            }
            out.add(m);
            k = m.to();
        }
        return out;
    }

    /** What a relative pronoun at {@code relative} stands for: "the CSTO, which", "Islamic State fighters whom". */
    private static Mention antecedent(Reading r, int relative) {
        int k = r.sentence.lower(relative - 1).equals(",") ? relative - 1 : relative;
        for (int skipped = 0; skipped <= 2 && k > 0; skipped++, k--) {
            Mention m = r.mentions.endingAt(k);
            if (m != null) {
                return m.isActor() ? m : null;
            }
            String w = r.sentence.lower(k - 1);
            if (!GazetteerMentions.ACTOR_NOUNS.contains(w) && !FIGHTERS.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /** "the President of Kenya, William Ruto, of": the person named between commas after an office. */
    private static Mention apposedPerson(Reading r, int from) {
        int comma = r.sentence.indexOf(",", from, from + 4);
        Mention person = comma < 0 ? null : r.mentions.at(comma + 1);
        return person != null && person.kind() == Mention.Kind.PERSON && person.from() == comma + 1
                && r.sentence.lower(person.to()).equals(",") && r.sentence.lower(person.to() + 1).equals("of") ? person : null;
    }

    /** Past a body the accused state stands behind: "the Rwandan army", "President Lukashenko's government". */
    private static int pastBody(Sentence s, int of) {
        if (GazetteerMentions.ACTOR_NOUNS.contains(s.lower(of))) {
            of++;
        }
        if (s.lower(of).equals("'s") && GazetteerMentions.ACTOR_NOUNS.contains(s.lower(of + 1))) {
            of += 2;
        }
        return of;
    }

    /** After "on Tuesday", "again" or "in a televised address": where the "of" of the charge should be. */
    private static int afterAdverbials(Sentence s, int of) {
        int start = of;
        while (of < start + 4 && ADVERBIALS.contains(s.lower(of))) {
            of++; // "accused the United States on Tuesday of ..."
        }
        if (Set.of("in", "during", "at").contains(s.lower(of))) {
            for (int k = of + 1; k < s.size() && k <= of + 5 && !s.lower(k).equals(","); k++) {
                if (s.lower(k).equals("of")) {
                    return k;
                }
            }
        }
        return of;
    }

    /** The person named last before {@code limit} in this sentence, or null. */
    static Mention personInSentence(Reading r, int limit) {
        Mention last = null;
        for (Mention m : r.mentions.all()) {
            if (m.to() <= limit && m.kind() == Mention.Kind.PERSON) {
                last = m;
            }
        }
        return last;
    }

    /** Adds the named accused from {@code m} on (an apposed person, coordinated others); returns the charge's "of". */
    private static int named(Reading r, Mention m, List<Mention> accused) {
        Sentence s = r.sentence;
        Mention apposed = apposedPerson(r, m.to());
        accused.add(apposed != null ? apposed : m); // "accused the Kenyan President, William Ruto, of": the person
        int of = apposed != null ? apposed.to() + 1 : pastBody(s, m.to());
        if (m.kind() == Mention.Kind.PERSON && s.lower(of).equals(",") && s.lower(of + 1).equals("of")
                && s.indexOf(",", m.from(), m.to()) >= 0) {
            of++; // the mention is the whole apposition "the Kenyan President, William Ruto", then its closing comma
        }
        while (s.lower(of).equals("and")) { // "the leadership of Poland and of Lithuania of"
            int k = s.lower(of + 1).equals("of") ? of + 2 : of + 1;
            k += s.lower(k).equals("the") && r.mentions.at(k + 1) != null ? 1 : 0; // "Israel and the United States of"
            Mention more = r.mentions.at(k);
            if (more == null && s.token(k).capitalised()) {
                while (k < s.size() && s.token(k).capitalised() && r.mentions.at(k) == null) {
                    k++; // "the Rwandan army and M23 of": a group the gazetteer does not know
                }
                of = k;
                continue;
            }
            int ofAhead = more == null ? s.indexOf("of", k, Math.min(s.size(), k + 6)) : -1;
            if (ofAhead > 0 && s.indexOf(",", k, ofAhead) < 0 && !s.token(k).capitalised()) {
                of = ofAhead; // "Washington and the three European capitals of"
                break;
            }
            if (more == null || more.from() != k || !more.isActor()) {
                break;
            }
            accused.add(more);
            of = pastBody(s, more.to()); // "the Congolese army and Burundi's forces of"
        }
        of = afterAdverbials(s, of);
        return of;
    }

    /** The "of" of the charge ("of shining", "of having ...") within a dozen tokens of the verb, else -1. */
    private static int chargeOf(Sentence s, int from) {
        for (int k = from + 1; k < s.size() && k < from + 12; k++) {
            if (s.lower(k).equals("of") && (s.lower(k + 1).endsWith("ing") || s.lower(k + 1).equals("trying"))) {
                return k;
            }
            if (Set.of(",", ";", "and", "that").contains(s.lower(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** The state a noun phrase belongs to by its adjective: "the crew of the Russian research ship". */
    private static Mention stateInPhrase(Reading r, int from, int to) {
        Mention found = null;
        for (int k = from; k < to; k++) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                if (found != null && !found.key().equals(m.key())) {
                    return null; // two states in the phrase: whose is unclear
                }
                found = m;
                k = m.to() - 1;
            }
        }
        return found == null ? null : new Mention(Mention.Kind.COUNTRY, found.key(), found.from(), found.to(), Mention.Use.ANAPHOR);
    }

    /**
     * "The opposition alliance accused the government of ...": a government a body accuses without
     * naming it is the body's own state's, else the state the story is filed from.
     */
    private static Mention unnamedGovernment(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        int at = hit.end();
        if (!(s.lower(at).equals("the") && Set.of("government", "authorities").contains(s.lower(at + 1)) && s.lower(at + 2).equals("of"))) {
            return null;
        }
        Mention speaker = Clauses.subjectBefore(r.mentions, hit.at());
        if (speaker == null || speaker.kind() != Mention.Kind.ORG) {
            return null; // a body's charge is on record; a politician's jab at his own cabinet is domestic sparring
        }
        String own = Clauses.countryOf(speaker, r.model);
        String state = own != null ? own : r.model.datelineOrHome();
        return state == null ? null : new Mention(Mention.Kind.COUNTRY, state, at, at + 2, Mention.Use.ANAPHOR);
    }

    /** The last actor before the verb that is not its clause's subject: the "it" of "accusing it of". */
    private static Mention objectBefore(Reading r, int verb) {
        Mention subject = Clauses.subjectBefore(r.mentions, verb);
        Mention last = null;
        for (Mention m : r.mentions.all()) {
            if (m.to() <= verb && m.isActor() && m.kind() != Mention.Kind.PERSON && (subject == null || m.from() > subject.to())) {
                last = m;
            }
        }
        return last;
    }

    /** The subject of the verb of saying whose reported clause an "and"-joined verb follows. */
    private static Mention speakerBefore(Reading r, int verb) {
        for (int k = verb - 2; k > 0; k--) {
            if (Clauses.SAY_WORDS.contains(r.sentence.lower(k))) {
                return Clauses.subjectBefore(r.mentions, k);
            }
        }
        return null;
    }
}
