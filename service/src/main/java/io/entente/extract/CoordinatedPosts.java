package io.entente.extract;

import java.util.Set;

/** A second post coordinated after a first deployment: "... in South Korea and roughly 54,000 in Japan". */
final class CoordinatedPosts {

    /** Nouns of a second body of troops in a coordination: "and a reduced detachment in Gabon". */
    static final Set<String> CONTINGENTS = Set.of("detachment", "contingent", "garrison", "battalion", "unit",
            "force", "presence", "squadron", "team");

    /**
     * "and roughly 54,000 in Japan", "and a reduced detachment in Gabon" after a first deployment:
     * the country token of the second, else -1.
     */
    static int next(Reading r, int from) {
        Sentence s = r.sentence;
        for (int k = from; k < s.size() - 3 && k < from + 14; k++) {
            if (!s.lower(k).equals("and")) {
                continue;
            }
            int j = k + 1;
            while (j < s.size() && Set.of("about", "roughly", "some", "around", "nearly", "almost", "another", "over").contains(s.lower(j))) {
                j++;
            }
            Mention first = r.mentions.endingAt(k);
            if (s.lower(j).equals("in") && k > from && first != null && first.kind() == Mention.Kind.COUNTRY) { // "based in Burkina Faso and in Niger"
                Mention m = r.mentions.at(j + 1);
                return m != null && m.kind() == Mention.Kind.COUNTRY && m.from() == j + 1 ? j + 1 : -1;
            }
            int unit = j;
            if (Set.of("a", "an", "its", "their").contains(s.lower(unit))) { // "and a reduced detachment in Gabon"
                unit++;
                while (unit < j + 3 && unit < s.size() && s.token(unit).isWord() && !s.token(unit).capitalised()
                        && !CONTINGENTS.contains(s.lower(unit))) {
                    unit++;
                }
                if (CONTINGENTS.contains(s.lower(unit)) && s.lower(unit + 1).equals("in")) {
                    Mention m = r.mentions.at(unit + 2);
                    return m != null && m.kind() == Mention.Kind.COUNTRY && m.from() == unit + 2 ? unit + 2 : -1;
                }
            }
            if (j < s.size() && Character.isDigit(s.token(j).text().charAt(0)) && s.lower(j + 1).equals("in")) {
                int place = Set.of("neighbouring", "neighboring", "nearby", "adjacent").contains(s.lower(j + 2)) ? j + 3 : j + 2;
                Mention m = r.mentions.at(place);
                return m != null && m.kind() == Mention.Kind.COUNTRY ? place : -1;
            }
            return -1;
        }
        return -1;
    }

    /**
     * The figures for the second post at country token {@code place}: its own bare number ("and 900
     * in Syria", which no troop noun follows) when it has one, else the sentence's figures.
     */
    static java.util.List<io.entente.extract.quantity.TroopCount> countsFor(Reading r, int place,
                                                                         java.util.List<io.entente.extract.quantity.TroopCount> counts) {
        Sentence s = r.sentence;
        int in = s.lower(place - 1).equals("in") ? place - 1 : s.lower(place - 2).equals("in") ? place - 2 : -1;
        Token number = in > 0 ? s.token(in - 1) : null;
        if (number == null || !number.text().matches("\\d{1,3}(,\\d{3})*|\\d+")) {
            return counts;
        }
        int value = Integer.parseInt(number.text().replace(",", ""));
        return java.util.List.of(new io.entente.extract.quantity.TroopCount(number.start(), number.start() + number.text().length(),
                value, true, number.text()));
    }

    private CoordinatedPosts() {
    }
}
