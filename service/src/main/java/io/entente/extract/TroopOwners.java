package io.entente.extract;

import java.util.Set;

/** Whose troops a troop noun names: "Nigerian troops", "Rwanda, whose forces", "Wagner fighters", "troops from Chad". */
final class TroopOwners {

    private static final Set<String> MODIFIER_STOPS = Set.of("the", "that", "which", "who", "a", "an", "has", "have", "had",
            "keeps", "keep", "kept", "also", "still", "is", "are", "was", "were");

    private TroopOwners() {
    }

    /** Armed services named by their state before the troops noun they qualify. */
    private static final Set<String> SERVICES = Set.of("navy", "army", "air", "coast", "marine");

    /** The country in "North Korean troops", "Russia's forces", "troops from Belarus". */
    static String modifierCountry(Reading r, int troop) {
        int whose = r.sentence.lower(troop - 1).equals("whose") ? troop - 1 : r.sentence.lower(troop - 2).equals("whose") ? troop - 2 : -1;
        Mention antecedent = whose > 1 && r.sentence.lower(whose - 1).equals(",") ? r.mentions.endingAt(whose - 1) : null;
        if (antecedent != null && antecedent.kind() == Mention.Kind.COUNTRY) {
            return antecedent.key(); // "thanked Rwanda, whose forces remain deployed in Cabo Delgado"
        }
        for (int k = troop - 1; k >= 0 && k >= troop - 6; k--) { // "Nigerian fighter jets and ground troops"
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                boolean named = m.use() != Mention.Use.MODIFIER && m.to() < troop && !r.sentence.lower(m.to()).equals("'s")
                        && !SERVICES.contains(r.sentence.lower(m.to())); // "a French Navy patrol vessel": the navy's state
                return named ? null : m.key(); // "Bangladesh and Zambia contribute large contingents": subjects, not modifiers
            }
            if (k < troop - 3 && !r.sentence.lower(k).equals("and") && !r.sentence.token(k).isWord()
                    || MODIFIER_STOPS.contains(r.sentence.lower(k))) {
                break; // "... on Thai soil and that the troops": not Thai troops
            }
            if (m != null && m.kind() == Mention.Kind.ORG && "military".equals(r.model.node(m.key()).attr("kind"))) {
                return r.model.node(m.key()).attr("country"); // "Wagner fighters": the force's state sends them
            }
            if (m != null || Clauses.PREPOSITIONS.contains(r.sentence.lower(k))) {
                break;
            }
        }
        if (r.sentence.lower(troop + 1).equals("from")) {
            Mention m = r.mentions.at(troop + 2);
            String force = m != null && m.kind() == Mention.Kind.ORG ? r.model.node(m.key()).attr("country") : null;
            return m != null && m.kind() == Mention.Kind.COUNTRY ? m.key() : force; // "fighters from Russia's Wagner group"
        }
        String speakers = speakersCountry(r, troop);
        return speakers != null ? speakers : ArmyPhrases.armyOf(r, troop + 1);
    }

    /** "his country's troops": the state of the person the clause is about. */
    private static String speakersCountry(Reading r, int troop) {
        Sentence s = r.sentence;
        int k = troop - 1;
        while (k > 0 && Set.of("own", "military", "armed").contains(s.lower(k))) {
            k--;
        }
        if (!(s.lower(k).equals("'s") && s.lower(k - 1).equals("country") && Set.of("his", "her", "their").contains(s.lower(k - 2)))) {
            return null;
        }
        for (int j = k - 3; j >= 0; j--) {
            Mention m = r.mentions.at(j);
            if (m != null && m.kind() == Mention.Kind.PERSON) {
                return Clauses.countryOf(m, r.model);
            }
        }
        return r.model.recentPeople.isEmpty() ? null : r.model.node(r.model.recentPeople.getLast()).attr("country");
    }

    private static final java.util.regex.Pattern DEFENCE = java.util.regex.Pattern.compile(
            "(?i).*\\b(defen[cs]e|armed forces|army|military)\\b.*");

    /** A defence ministry or armed force telling of soldiers ("the UK Ministry of Defence confirms that 200 soldiers ..."): its own. */
    static String defenceSpeaker(Reading r, int troop) {
        int say = -1;
        for (int k = troop - 1; k >= 0 && k >= troop - 7 && say < 0; k--) {
            say = r.triggers.is(k, "REPORT") ? k : -1;
        }
        Mention speaker = say < 0 ? null : Clauses.subjectBefore(r.mentions, say);
        Node body = speaker == null || speaker.kind() != Mention.Kind.ORG ? null : r.model.node(speaker.key());
        return body != null && DEFENCE.matcher(body.name + " " + String.join(" ", body.aliases)).matches() ? body.attr("country") : null;
    }
}
