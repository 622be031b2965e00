package io.entente.extract;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** People the text names without a title, where the syntax says they are people. */
final class UntitledPeople {

    private static final Set<String> MET = Set.of("met", "meets", "meeting", "talks", "spoke");
    private static final Set<String> SPEAK = Set.of("said", "told", "says", "added", "wrote", "insisted", "warned", "stressed");
    /** Verbs after ", Name," that make the name a person: "The editor-in-chief of RT, Margarita Simonyan, accused". */
    private static final Set<String> APPOSED = Stream.concat(SPEAK.stream(), Stream.of("accused",
            "condemned", "denounced", "criticised", "criticized", "slammed", "blamed", "rejected", "dismissed", "urged",
            "described", "praised", "welcomed", "called", "denied", "claimed")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> BODY_HEADS = Set.of("Fleet", "Group", "Movement", "Front", "News", "Times", "Post",
            "Press", "Media", "Bank", "Company", "Corporation", "Institute", "University", "Organisation", "Organization",
            "Federation", "Alliance", "Coalition", "Brigade", "Brigades", "Network", "Review", "Journal", "Herald", "Daily");

    /** First words of a capitalised run that is a group or a quantity, not a person: "Jaish al-Adl", "Both Ministers". */
    private static final Set<String> GROUP_STARTS = Set.of("Both", "All", "Two", "Three", "Several", "Many", "Some", "The",
            "Jaish", "Jabhat", "Harakat", "Ansar", "Lashkar", "Jamaat", "Tehrik", "Kataib", "Liwa", "Saraya", "Ahrar",
            "Hayat", "Hay'at", "Islamic", "National", "People's", "Popular", "Democratic", "United", "Union");

    /** What may follow a full name paired with a person's: the end of the pair. */
    private static final Set<String> PAIR_ENDS = Set.of(",", ".", "", "when", "who", "in", "on", "at", "signed", "met",
            "said", "have", "had", "were", "are", "agreed", "held", "to", "during", "after", "as", ";");

    private UntitledPeople() {
    }

    /**
     * "Austin met Carlito Galvez Jr., ...": a full name right after a meeting verb is a person,
     * title or not; so is one that opens a sentence and speaks ("Aslan Bzhania told Izvestia") or
     * takes a "who" clause ("Pelle Dragsted, who leads the Red-Green Alliance,").
     */
    static void find(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        int opening = Names.nameEnd(sm, 0);
        boolean who = s.lower(opening).equals(",") && s.lower(opening + 1).equals("who"); // "Pelle Dragsted, who leads ..., called"
        if (opening >= 2 && opening <= 4 && (SPEAK.contains(s.lower(opening)) || who)
                && !BODY_HEADS.contains(s.token(opening - 1).text()) && !GROUP_STARTS.contains(s.token(0).text())) {
            Node p = People.register(model, Bodies.surface(s, 0, opening), null, null, null, s);
            sm.put(new Mention(Mention.Kind.PERSON, p.key, 0, opening, Mention.Use.NAME));
        }
        for (int i = 2; i + 3 < s.size(); i++) { // "The editor-in-chief of RT, Margarita Simonyan, accused ..."
            if (!s.lower(i - 1).equals(",") || sm.at(i) != null) {
                continue;
            }
            int end = Names.nameEnd(sm, i);
            if (end - i >= 2 && end - i <= 4 && s.lower(end).equals(",") && APPOSED.contains(s.lower(end + 1))
                    && !BODY_HEADS.contains(s.token(end - 1).text()) && !OfficeOwners.facility(s, i, end - 1)
                    && !GROUP_STARTS.contains(s.token(i).text())) {
                Node p = People.register(model, Bodies.surface(s, i, end), null, null, null, s);
                sm.put(new Mention(Mention.Kind.PERSON, p.key, i, end, Mention.Use.NAME));
            }
        }
        for (int i = 2; i + 1 < s.size(); i++) { // "signed by David Cameron and Nicolas Sarkozy": paired with a person
            Mention before = sm.endingAt(i - 1);
            if (s.lower(i - 1).equals("and") && before != null && before.kind() == Mention.Kind.PERSON && sm.at(i) == null) {
                int end = Names.nameEnd(sm, i);
                if (end - i >= 2 && end - i <= 3 && PAIR_ENDS.contains(s.lower(end)) && !BODY_HEADS.contains(s.token(end - 1).text())
                        && !OfficeOwners.facility(s, i, end - 1) && !GROUP_STARTS.contains(s.token(i).text())) {
                    Node p = People.register(model, Bodies.surface(s, i, end), null, null, null, s);
                    sm.put(new Mention(Mention.Kind.PERSON, p.key, i, end, Mention.Use.NAME));
                }
            }
        }
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!MET.contains(s.lower(i))) {
                continue;
            }
            int j = Set.of("with", "between").contains(s.lower(i + 1)) ? i + 2 : i + 1;
            int end = Names.nameEnd(sm, j);
            if (end - j >= 2 && Set.of(",", ".", "and", "in", "on", "at", "").contains(s.lower(end))) {
                Node p = People.register(model, Bodies.surface(s, j, end), null, null, null, s);
                sm.put(new Mention(Mention.Kind.PERSON, p.key, j, end, Mention.Use.NAME));
            }
        }
    }
}
