package io.entente.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AIDED between
 * countries ("is considering sending military aid to Ukraine") and ALLIED_WITH ("the alliance
 * between the two countries", "allied relations with North Korea", a mutual defence pact).
 */
final class OtherEvents {

    private OtherEvents() {
    }

    static void find(Reading r) {
        Meetings.find(r);
        for (Triggers.Hit hit : r.triggers.of("AID_VERB")) {
            aid(r, hit);
        }
        TrainingAid.find(r);
        HelpAid.find(r);
        for (Triggers.Hit hit : r.triggers.of("ALLY")) {
            ally(r, hit);
        }
    }

    private static void aid(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        Mention with = Clauses.after(r.mentions, hit.end(), 2, x -> x.kind() == Mention.Kind.COUNTRY);
        int withAt = with == null ? -1 : GazetteerMentions.ACTOR_NOUNS.contains(s.lower(with.to())) ? with.to() + 1 : with.to();
        if (with != null && s.lower(withAt).equals("'s") && GazetteerMentions.ACTOR_NOUNS.contains(s.lower(withAt + 1))) {
            withAt += 2; // "provided Chad's army with training"
        }
        int withNoun = with != null && s.lower(withAt).equals("with") ? r.triggers.find("AID_NOUN", withAt + 1, withAt + 8) : -1;
        int noun = withNoun >= 0 ? withNoun : r.triggers.find("AID_NOUN", hit.end(), hit.end() + 12);
        if (noun < 0 && r.triggers.is(hit.at(), "AID_PLEDGE") && s.lower(hit.end()).equals("to") && s.lower(hit.end() + 1).equals("help")) {
            noun = hit.end() - 1; // "pledged to help Moldova": the help itself is the aid
        }
        Mention agent = s.lower(hit.end()).equals("by") ? Clauses.after(r.mentions, hit.end() + 1, 4, x -> x.kind() == Mention.Kind.COUNTRY) : null;
        boolean passive = agent != null || Set.of("be", "been", "was", "were", "is", "are").contains(s.lower(hit.at() - 1));
        if (noun < 0 && passive) { // "a further battery would be handed to Kyiv"
            noun = r.triggers.find("AID_NOUN", Math.max(0, hit.at() - 7), hit.at());
            noun = noun < 0 ? -1 : hit.end() - 1;
        }
        if (noun < 0 || r.triggers.find("TROOP", hit.end(), noun) >= 0 || r.triggers.find("MODAL", 0, s.size()) >= 0 && hasIf(s)) {
            return;
        }
        String to = withNoun >= 0 ? with.key() : null; // "provide Ukraine with air defence systems"
        if (to == null && with != null && noun > with.from() && (with.from() == hit.end()
                || with.from() == hit.end() + 1 && s.lower(hit.end()).equals("the"))) { // "has given the Cook Islands ... in aid"
            to = with.key(); // "has given Ukraine more than $60 billion in military aid"
        }
        for (int k = noun + 1; to == null && k < s.size() && k < noun + 10; k++) {
            if ((s.lower(k).equals("to") || s.lower(k).equals("for")) && !s.lower(k - 1).equals("according")) {
                Mention m = Clauses.after(r.mentions, k + 1, 3, x -> x.kind() == Mention.Kind.COUNTRY
                        || x.kind() != Mention.Kind.PERSON && x.kind() != Mention.Kind.TREATY && r.model.node(x.key()).attr("country") != null);
                int in = m == null ? s.indexOf("in", k + 1, Math.min(s.size(), k + 7)) : -1; // "for refugees and host communities in Chad"
                Mention place = in > 0 ? Clauses.after(r.mentions, in + 1, 2, x -> x.kind() == Mention.Kind.COUNTRY) : null;
                m = place != null ? place : m; // "... in south-eastern Mauritania"
                to = m == null ? null : Clauses.countryOf(m, r.model); // aid "to Gaza" goes to its state
                if (to != null) {
                    r.model.country(to);
                }
                break;
            }
        }
        to = to != null ? to : AidRecipients.named(r, noun); // "pledged funding to train and equip the Royal Papua New Guinea Constabulary"
        String owner = decisionOwner(r, hit.at());
        List<Mention> givers = passive || owner != null ? List.of() : SubjectLists.subjectsBefore(r.mentions, hit.at());
        String from = owner != null ? owner : agent != null ? agent.key() // "equipment delivered by Egypt to the Somali army"
                : passive ? speakerCountry(r) : Clauses.actorCountry(r.mentions, r.model, hit.at());
        if (from == null && !passive) { // "Estonia said it would send razor wire to Lithuania"
            Mention speaker = Clauses.pronounSpeaker(r.mentions, hit.at());
            from = speaker == null ? null : Clauses.countryOf(speaker, r.model);
        }
        to = to != null ? to : AidRecipients.storys(r, hit, noun, from); // "has provided more than $600 million in support" in a story on Haiti
        if (to == null || from == null || from.equals(to)) {
            return;
        }
        for (Mention g : givers.size() > 1 ? givers.subList(1, givers.size()) : List.<Mention>of()) {
            String other = Clauses.countryOf(g, r.model); // "the United States, Germany and Romania would provide"
            if (other != null && !other.equals(to)) {
                aided(r, hit, other, to);
            }
        }
        aided(r, hit, from, to);
    }

    private static final Set<String> RESOLVES = Set.of("decision", "plan", "plans", "move", "offer", "pledge", "promise",
            "commitment", "bid");

    /** "condemned Egypt's decision to send weapons": the state whose decision it is gives, not the condemner. */
    private static String decisionOwner(Reading r, int verb) {
        Sentence s = r.sentence;
        if (!s.lower(verb - 1).equals("to") || !RESOLVES.contains(s.lower(verb - 2))
                || !(s.lower(verb - 3).equals("'s") || s.lower(verb - 3).equals("'"))) {
            return null;
        }
        Mention m = r.mentions.endingAt(verb - 3);
        return m == null || !m.isActor() && m.kind() != Mention.Kind.COUNTRY ? null : Clauses.countryOf(m, r.model);
    }

    /** Whether the aid verb sits in a denied claim: a denial shortly before it, or "a claim X denied" right after. */
    private static boolean deniedAid(Reading r, Triggers.Hit hit) {
        int deny = -1;
        for (int k = Math.max(0, hit.at() - 12); k < hit.at(); k++) {
            deny = r.triggers.is(k, "DENY") ? k : deny;
        }
        boolean saidSince = false; // "denied X but said it sent": a new statement, not the denied one
        for (int k = deny + 1; deny >= 0 && k < hit.at(); k++) {
            saidSince |= r.triggers.is(k, "REPORT") && !r.triggers.is(k, "CLAIM_NOUN");
        }
        if (deny >= 0 && !saidSince) {
            return true;
        }
        int claim = r.triggers.find("CLAIM_NOUN", hit.end(), Math.min(r.sentence.size(), hit.end() + 12));
        return claim >= 0 && r.triggers.find("DENY", claim + 1, Math.min(r.sentence.size(), claim + 5)) >= 0;
    }

    /** The state of the sentence's first actor ("Pistorius said ... would be handed to Kyiv"). */
    private static String speakerCountry(Reading r) {
        for (Mention m : r.mentions.all()) {
            if (m.isActor() && !Clauses.preposed(r.sentence, m.from())) {
                return Clauses.countryOf(m, r.model);
            }
        }
        return null;
    }

    private static void aided(Reading r, Triggers.Hit hit, String from, String to) {
        if (deniedAid(r, hit)) {
            return; // "Iran denied supplying missiles to Russia", "..., a claim Tehran denied": no aid told as fact
        }
        String status = "provided";
        for (int k = hit.at() - 1; k >= 0 && k >= hit.at() - 5; k--) {
            if (r.triggers.is(k, "NEG")) {
                return;
            }
            if (r.triggers.is(k, "AID_CONSIDER")) {
                status = "considered";
                break;
            }
            if (r.triggers.is(k, "AID_PLEDGE")) {
                status = "pledged";
            }
        }
        if (status.equals("provided") && r.triggers.is(hit.at(), "AID_PLEDGE")) {
            status = "pledged";
        }
        r.add("AIDED", from, to, hit.at(), Map.of("status", status), ClaimStatus.ASSERTED, 0.7);
        r.model.lastAidRecipient = to;
    }

    private static boolean hasIf(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.lower(i).equals("if") || s.lower(i).equals("unless")) {
                return true;
            }
        }
        return false;
    }

    private static void ally(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        String w = s.lower(hit.at());
        for (int k = Math.max(0, hit.at() - 4); k < hit.at(); k++) {
            if (Set.of("no", "not", "without", "lacks", "lack", "nor", "never").contains(s.lower(k))) {
                return; // "contains no mutual defence clause"
            }
        }
        if (w.startsWith("mutual") || w.startsWith("defen") || w.equals("attack") || w.equals("aggression")
                || s.lower(hit.end()).equals("pact")) { // "an attack on one will be treated as an attack on all"
            String t = r.model.currentTreaty();
            if (t != null) {
                r.model.node(t).attrs.put("_alliance", r.sentence);
            }
            return;
        }
        if (Alliances.possessive(r, hit) || Clauses.modal(s, hit.at())) {
            return; // "will stand by its ally Azerbaijan": the alliance stands, whatever the mood
        }
        if (w.equals("allies") && (CountryAnaphora.isPair(s, hit.at() - 2) || CountryAnaphora.isPair(s, hit.at() - 3))) {
            List<String> pair = CountryAnaphora.pair(r.model); // "the two NATO allies"
            if (pair.size() == 2) {
                r.add("ALLIED_WITH", pair.get(0), pair.get(1), -1, Map.of(), ClaimStatus.ASSERTED, 0.6);
            }
            return;
        }
        if (appositiveAlly(r, hit) || Alliances.copular(r, hit) || Alliances.allyOf(r, hit) || Alliances.named(r, hit)
                || Alliances.underAlliance(r, hit)) {
            return;
        }
        if (w.equals("allies") && s.lower(hit.end()).equals("of") && CountryAnaphora.pairBefore(s, hit.at() - (s.lower(hit.at() - 1).equals("treaty") ? 2 : 1))) {
            Mention of = Clauses.after(r.mentions, hit.end() + 1, 2, m -> m.kind() == Mention.Kind.COUNTRY);
            if (of != null) { // "Both countries are treaty allies of the United States"
                for (String c : CountryAnaphora.pair(r.model)) {
                    if (!c.equals(of.key())) {
                        r.add("ALLIED_WITH", c, of.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
                    }
                }
                return;
            }
        }
        if (w.equals("allies") || w.equals("allied")) { // "Russia and Belarus are close allies"
            int k = hit.at() - 1;
            while (k > 0 && Set.of("close", "closest", "staunch", "firm", "key", "longtime", "long-time", "military").contains(s.lower(k))) {
                k--;
            }
            if (Set.of("are", "were", "remain", "became").contains(s.lower(k))
                    || s.lower(k).equals(",") && s.lower(hit.end()).equals(",") // "Greece and Cyprus, close allies,"
                    || s.lower(k).equals("been") && Set.of("have", "has", "had").contains(s.lower(k - 1)) && k-- > 0) {
                List<Mention> pair = SubjectLists.subjectsBefore(r.mentions, k);
                if (pair.size() == 2 && pair.stream().allMatch(m -> m.kind() == Mention.Kind.COUNTRY)) {
                    r.add("ALLIED_WITH", pair.get(1).key(), pair.get(0).key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
                    return;
                }
            }
        }
        int next = hit.end();
        if (s.lower(next).equals("relations") || s.lower(next).equals("ties")) {
            next++;
        }
        if (s.lower(next).equals("between")) {
            if (CountryAnaphora.isPair(s, next + 1)) {
                List<String> pair = CountryAnaphora.pair(r.model);
                if (pair.size() == 2) {
                    r.add("ALLIED_WITH", pair.get(0), pair.get(1), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
                }
                return;
            }
            Mention a = Clauses.after(r.mentions, next + 1, 3, m -> Clauses.countryOf(m, r.model) != null);
            Mention b = a == null ? null : Clauses.after(r.mentions, a.to(), 3, m -> Clauses.countryOf(m, r.model) != null);
            if (b != null) {
                r.add("ALLIED_WITH", Clauses.countryOf(a, r.model), Clauses.countryOf(b, r.model), -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
            }
        } else if (s.lower(next).equals("with")) {
            Mention other = Clauses.after(r.mentions, next + 1, 3, m -> m.kind() == Mention.Kind.COUNTRY);
            Mention subject = Clauses.subjectBefore(r.mentions, hit.at());
            if (subject == null) { // a quote: "... allied relations with X", Y said
                subject = Clauses.after(r.mentions, next + 2, 12, Mention::isActor);
            }
            String from = subject == null ? null : Clauses.countryOf(subject, r.model);
            if (other != null && from != null) {
                r.add("ALLIED_WITH", from, other.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
            }
        }
    }

    /** "... with the United States, its treaty ally" and "Moscow, Armenia's treaty ally,": an alliance in apposition. */
    private static boolean appositiveAlly(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        if (!s.lower(hit.at()).equals("ally")) {
            return false;
        }
        int k = hit.at() - 1;
        while (k > 0 && Set.of("treaty", "closest", "close", "key", "main", "nominal", "staunch", "longtime", "oldest", "military").contains(s.lower(k))) {
            k--;
        }
        Mention owner = null;
        if (s.lower(k).equals("its") || s.lower(k).equals("their")) {
            k--;
        } else if (s.lower(k).equals("'s") && r.mentions.endingAt(k) != null) {
            owner = r.mentions.endingAt(k);
            k = owner.from() - 1;
        } else {
            return false;
        }
        Mention first = owner == null && s.lower(k).equals("and") ? r.mentions.endingAt(k) : null;
        Mention second = r.mentions.at(hit.end());
        if (first != null && second != null && second.from() == hit.end() && first.kind() == Mention.Kind.COUNTRY
                && second.kind() == Mention.Kind.COUNTRY && !Clauses.modal(s, hit.at())) {
            r.add("ALLIED_WITH", first.key(), second.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
            return true; // "Greece and its close ally Cyprus"
        }
        if (!s.lower(k).equals(",")) {
            return false;
        }
        Mention ally = r.mentions.endingAt(k);
        if (ally == null || ally.kind() != Mention.Kind.COUNTRY) {
            return false;
        }
        if (owner == null) {
            owner = Clauses.subjectBefore(r.mentions, ally.from());
        }
        String a = ally.key();
        String b = owner == null ? null : Clauses.countryOf(owner, r.model);
        if (b != null && !a.equals(b) && !Clauses.modal(s, hit.at())) {
            r.add("ALLIED_WITH", b, a, -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
        }
        return true;
    }
}
