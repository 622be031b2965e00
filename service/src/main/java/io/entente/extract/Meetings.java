package io.entente.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MET_WITH between people: "met", "held talks with", "after talks with", "X, who hosted the two
 * leaders", "the two men spoke face to face", "where he had met Y".
 */
final class Meetings {

    private static final Set<String> ONE_WAY = Set.of("visited", "visits", "hosted", "hosts",
            "hosting", "received", "courtesy", "paid", "welcomed");

    private static final Set<String> BREAKS = Set.of(",", ";", "and");
    private static final Set<String> TITLE_LINKS = Set.of("the", "of", "his", "her", "'s");

    private static final Set<String> BRING = Set.of("brought", "brings", "bring", "bringing");

    private Meetings() {
    }

    static void find(Reading r) {
        for (Triggers.Hit hit : r.triggers.of("MEET")) {
            if (!Clauses.modal(r.sentence, hit.at())) {
                meet(r, hit);
            }
        }
        for (int k = 1; k + 1 < r.sentence.size(); k++) { // "made Beijing his first stop, meeting President Xi Jinping"
            int at = k;
            if (r.sentence.lower(k).equals("meeting") && r.sentence.lower(k - 1).equals(",") && r.triggers.of("MEET").stream()
                    .noneMatch(h -> h.at() <= at && at < h.at() + h.length())) {
                meet(r, new Triggers.Hit(at, 1, List.of("MEET")));
            }
        }
        broughtTogether(r);
    }

    /** "the emir brought X and Y together in Doha": the host and both guests met. */
    private static void broughtTogether(Reading r) {
        Sentence s = r.sentence;
        for (int i = 0; i < s.size(); i++) {
            if (!BRING.contains(s.lower(i))) {
                continue;
            }
            List<String> guests = new java.util.ArrayList<>();
            for (int k = i + 1; k < s.size() && k < i + 16 && !s.lower(k).equals("together"); k++) {
                Mention m = r.mentions.at(k);
                if (m != null && m.kind() == Mention.Kind.PERSON && !guests.contains(m.key())) {
                    guests.add(m.key());
                }
                if (s.lower(k + 1).equals("together") && guests.size() >= 2) {
                    Mention host = Clauses.subjectBefore(r.mentions, i);
                    if (host == null || host.kind() != Mention.Kind.PERSON) {
                        host = firstPerson(r, i);
                    }
                    if (host != null && !guests.contains(host.key())) {
                        guests.addFirst(host.key());
                    }
                    for (int a = 0; a < guests.size(); a++) {
                        for (int b = a + 1; b < guests.size(); b++) {
                            r.add("MET_WITH", guests.get(a), guests.get(b), i, Map.of(), ClaimStatus.ASSERTED, 0.65);
                        }
                    }
                }
            }
        }
    }

    private static void meet(Reading r, Triggers.Hit hit) {
        Mention other = Clauses.after(r.mentions, hit.end(), 8, m -> m.kind() == Mention.Kind.PERSON);
        if (other == null && leadersPair(r, hit)) {
            return;
        }
        if (other == null || !r.sentence.lower(hit.end() - 1).equals("with") && other.from() > hit.end() + 1
                && !withBefore(r.sentence, hit.end(), other.from()) && !titleBetween(r, hit.end(), other.from())
                && !describedBetween(r.sentence, hit.end(), other.from())) {
            if (ONE_WAY.contains(r.sentence.lower(hit.at()))) {
                return; // "X and Y visited Berlin" is no meeting between X and Y
            }
            List<Mention> pair = SubjectLists.subjectsBefore(r.mentions, hit.at()); // "Starmer and Macron held talks"
            if (pair.size() == 2 && pair.stream().allMatch(m -> m.kind() == Mention.Kind.PERSON)) {
                r.add("MET_WITH", pair.get(0).key(), pair.get(1).key(), hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.7);
            }
            return;
        }
        Mention subject = Clauses.subjectBefore(r.mentions, hit.at());
        if (subject == null || subject.kind() != Mention.Kind.PERSON) {
            subject = null;
            for (Mention m : r.mentions.all()) { // "X called it ..., after talks with Y": the nearest person before
                if (m.kind() == Mention.Kind.PERSON && m.to() <= hit.at() && !Clauses.preposed(r.sentence, m.from())
                        && !m.key().equals(other.key())) {
                    subject = m;
                }
            }
        }
        if (subject == null) {
            subject = pronounPerson(r, hit.at(), other);
        }
        if (subject == null) { // "Speaking after talks with X, Y said"
            subject = Clauses.after(r.mentions, other.to(), 12, m -> m.kind() == Mention.Kind.PERSON);
        }
        if (subject != null && !subject.key().equals(other.key())) {
            r.add("MET_WITH", subject.key(), other.key(), hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.7);
            for (Mention next = other; r.sentence.lower(next.to()).equals("and"); ) { // "met X and Y"
                next = Clauses.after(r.mentions, next.to() + 1, 1, m -> m.kind() == Mention.Kind.PERSON);
                if (next == null) {
                    break;
                }
                r.add("MET_WITH", subject.key(), next.key(), hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.65);
            }
            for (Mention also : SubjectLists.subjectsBefore(r.mentions, hit.at())) { // "X and Y paid a call on Z"
                if (also.kind() == Mention.Kind.PERSON && !also.key().equals(subject.key()) && !also.key().equals(other.key())) {
                    r.add("MET_WITH", also.key(), other.key(), hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.65);
                }
            }
        }
    }

    /** "received the Ambassador of Azerbaijan Rahman Mustafayev": only the guest's title stands between. */
    private static boolean titleBetween(Reading r, int from, int to) {
        Sentence s = r.sentence;
        for (int k = from; k < to; k++) {
            Mention m = r.mentions.at(k);
            boolean titleWord = s.token(k).isWord() && s.token(k).capitalised() || TITLE_LINKS.contains(s.lower(k));
            if (!titleWord && (m == null || m.kind() != Mention.Kind.COUNTRY)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> OFFICE_NOUNS = Set.of("president", "leader", "counterpart", "premier", "chancellor",
            "minister", "king", "emir", "envoy", "ambassador", "governor", "chief", "commander");

    /** "met the region's president, Nechirvan Barzani": a short description of the guest, then a comma. */
    private static boolean describedBetween(Sentence s, int from, int to) {
        boolean described = s.lower(to - 1).equals(",") && OFFICE_NOUNS.contains(s.lower(to - 2))
                || OFFICE_NOUNS.contains(s.lower(to)); // the name's mention may start at its title
        if (to - from > 7 || !described || !Set.of("the", "his", "her", "their", "its").contains(s.lower(from))) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            if (!s.token(k).isWord() && !s.lower(k).equals("'s")) {
                return false;
            }
        }
        return true;
    }

    /** "held talks in Berlin on Tuesday with X": the "with" comes after the place or time. */
    private static boolean withBefore(Sentence s, int from, int other) {
        int with = s.indexOf("with", from, other);
        return with >= 0 && s.indexOfAny(BREAKS, from, with) < 0;
    }

    /**
     * "after the two leaders held talks" / "X, who hosted the two leaders": the two people the
     * story named last (besides the host) met.
     */
    private static boolean leadersPair(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        boolean objectPair = PeoplePairs.twoPeople(s, hit.end()) > 0;
        boolean subjectPair = !objectPair && PeoplePairs.before(s, hit.at());
        if (!objectPair && !subjectPair) {
            return false;
        }
        Mention host = objectPair ? Clauses.subjectBefore(r.mentions, hit.at()) : null;
        if (host == null && objectPair) {
            host = firstPerson(r, hit.at());
        }
        String hostKey = host != null && host.kind() == Mention.Kind.PERSON ? host.key() : null;
        List<String> two = PeoplePairs.lastTwo(r, objectPair ? hit.end() : hit.at() - 3, hostKey);
        if (two.isEmpty()) {
            return true;
        }
        String a = two.get(0);
        String b = two.get(1);
        if (hostKey != null) {
            r.add("MET_WITH", hostKey, a, hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.6);
            r.add("MET_WITH", hostKey, b, hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.6);
        } else {
            r.add("MET_WITH", a, b, hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.6);
        }
        return true;
    }

    /** "after X left Chad, where he had met Y": "he" is the nearest person before, else the story's last one. */
    private static Mention pronounPerson(Reading r, int trigger, Mention other) {
        Sentence s = r.sentence;
        boolean pronoun = false;
        for (int k = trigger - 1; k >= 0 && k >= trigger - 4; k--) {
            pronoun |= s.lower(k).equals("he") || s.lower(k).equals("she");
        }
        if (!pronoun) {
            return null;
        }
        Mention nearest = null;
        for (Mention m : r.mentions.all()) {
            if (m.kind() == Mention.Kind.PERSON && m.to() <= trigger && !m.key().equals(other.key())) {
                nearest = m;
            }
        }
        if (nearest == null) {
            List<String> recent = r.model.recentPeople;
            for (int i = recent.size() - 1; i >= 0 && nearest == null; i--) {
                if (!recent.get(i).equals(other.key())) {
                    nearest = new Mention(Mention.Kind.PERSON, recent.get(i), 0, 0, Mention.Use.ANAPHOR);
                }
            }
        }
        return nearest;
    }

    private static Mention firstPerson(Reading r, int before) {
        for (Mention m : r.mentions.all()) {
            if (m.kind() == Mention.Kind.PERSON && m.to() <= before && !Clauses.preposed(r.sentence, m.from())) {
                return m;
            }
        }
        return null;
    }

}
