package io.entente.extract;

import java.util.Set;

/** Phrases after a troop verb that decide the destination: a side of a border, exercises with a partner, "on" an island. */
final class DestinationPhrases {

    private DestinationPhrases() {
    }

    private static final Set<String> BORDERS = Set.of("border", "borders", "frontier");

    /** "its border with Belarus", "the southern border with Mexico": a side of the line, not the neighbour. */
    static boolean ownBorder(Sentence s, int k) {
        if (!Set.of("its", "their", "the").contains(s.lower(k))) {
            return false;
        }
        for (int j = k + 1; j <= k + 3; j++) { // past the sentence's end, a blank token ends the search
            if (BORDERS.contains(s.lower(j))) {
                return s.lower(j + 1).equals("with");
            }
            if (s.token(j).capitalised() || !Character.isLetter(s.token(j).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> EXERCISES = Set.of("exercises", "exercise", "drills", "drill", "manoeuvres", "maneuvers", "wargames");

    /** "to the annual joint exercises with the Philippines": with no place named, the partner state hosts them. */
    static Mention exercisePartner(Reading r, int from) {
        Sentence s = r.sentence;
        for (int j = from; j < s.size() && j < from + 6 && s.token(j).isWord(); j++) {
            if (EXERCISES.contains(s.lower(j)) && s.lower(j + 1).equals("with")) {
                int at = s.lower(j + 2).equals("the") ? j + 3 : j + 2;
                Mention m = r.mentions.at(at);
                if (m == null || m.kind() != Mention.Kind.COUNTRY || m.from() != at) {
                    return null;
                }
                int place = m.to() + (s.lower(m.to() + 1).equals("the") ? 2 : 1);
                boolean placeAfter = Set.of("in", "off", "near", "at").contains(s.lower(m.to())) && r.mentions.at(place) != null;
                return placeAfter ? null : m; // "... with Japan in the Baltic": the place says
            }
        }
        return null;
    }

    /** A place named right after "on": an island or a state standing alone, not "on Russia's border" or "on Monday". */
    static boolean onPlace(Reading r, int at) {
        Mention m = r.mentions.at(at);
        if (m == null || m.from() != at) {
            return false;
        }
        String next = r.sentence.lower(m.to());
        return m.kind() == Mention.Kind.LOCATION
                || m.kind() == Mention.Kind.COUNTRY && !next.equals("'s") && !BORDERS.contains(next) && !Set.of("soil", "territory").contains(next);
    }
}
