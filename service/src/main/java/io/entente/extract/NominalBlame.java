package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * Condemnation not told with a condemning verb: "the move drew condemnation from Beijing" and a
 * quote before its speaker ("'This is an act of aggression,' the minister said of the strike").
 */
final class NominalBlame {

    private static final Set<String> BLAME_NOUNS = Set.of("condemnation", "criticism", "censure", "rebuke", "protests");

    private NominalBlame() {
    }

    static void find(Reading r, Set<String> done) {
        drewBlame(r, done);
        quotedBlame(r, done);
        accusedThat(r);
    }

    /**
     * "Eritrea dismissed Ethiopia's accusation that it was preparing for war": the accuser condemns
     * the one its accusation names after "that", or, for a pronoun, the clause's own subject.
     */
    private static void accusedThat(Reading r) {
        Sentence s = r.sentence;
        for (int k = 2; k + 2 < s.size(); k++) {
            if (!Set.of("accusation", "accusations", "allegation", "allegations").contains(s.lower(k)) || !s.lower(k + 1).equals("that")) {
                continue;
            }
            Mention accuser = s.lower(k - 1).equals("'s") ? r.mentions.endingAt(k - 1) : null;
            Mention named = r.mentions.at(k + 2) != null && r.mentions.at(k + 2).from() == k + 2 ? r.mentions.at(k + 2) : null;
            Mention accused = named != null ? named
                    : Set.of("it", "they").contains(s.lower(k + 2)) ? Clauses.firstActor(r.mentions, accuser == null ? k : accuser.from()) : null;
            if (accuser != null && accused != null && accuser.kind() != Mention.Kind.LOCATION && accuser.kind() != Mention.Kind.TREATY
                    && accused.isActor()
                    && !java.util.Objects.equals(Clauses.countryOf(accuser, r.model), Clauses.countryOf(accused, r.model))) {
                r.add("CONDEMNED", accuser.key(), accused.key(), k, Map.of(), ClaimStatus.ASSERTED, 0.6);
            }
        }
    }

    /** Who owns a condemning noun: "Baghdad's condemnation of", "Iraq repeated its criticism of"; else null. */
    static Mention possessor(Reading r, int noun) {
        Sentence s = r.sentence;
        if (!s.lower(noun).equals("condemnation") && !s.lower(noun).equals("criticism")) {
            return null;
        }
        Mention owner = s.lower(noun - 1).equals("'s") ? r.mentions.endingAt(noun - 1)
                : Set.of("its", "their").contains(s.lower(noun - 1)) ? Clauses.headActor(r.mentions, noun - 1) : null;
        return owner != null && (owner.kind() == Mention.Kind.COUNTRY || owner.kind() == Mention.Kind.ORG
                || owner.kind() == Mention.Kind.PERSON) ? owner : null;
    }

    /** "drew sharp condemnation from Beijing": the one after "from" condemns what drew it. */
    private static void drewBlame(Reading r, Set<String> done) {
        Sentence s = r.sentence;
        for (int k = 0; k + 2 < s.size(); k++) {
            if (!BLAME_NOUNS.contains(s.lower(k)) || !(s.lower(k + 1).equals("from") || s.lower(k + 1).equals("by"))) {
                continue;
            }
            Mention agent = Clauses.after(r.mentions, k + 2, 3, Mention::isActor);
            String object = objectBefore(r, k);
            if (agent != null && object != null && !done.contains(agent.key()) && !object.equals(agent.key())) {
                done.add(agent.key());
                r.add("CONDEMNED", agent.key(), object, -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
            }
        }
    }

    /** What drew the blame: what a passive condemnation would blame, else the story's last event. */
    private static String objectBefore(Reading r, int noun) {
        String object = PassiveBlame.patient(r, noun);
        return object != null ? object : r.model.lastEvent;
    }

    /** "'This is an act of aggression,' Ukraine's foreign minister said of the strike." */
    private static void quotedBlame(Reading r, Set<String> done) {
        Sentence s = r.sentence;
        if (s.size() < 4 || !s.lower(0).equals("\"") && !s.lower(0).equals("“")) {
            return;
        }
        int close = -1;
        for (int k = 1; k < s.size() && close < 0; k++) {
            close = s.lower(k).equals("\"") || s.lower(k).equals("”") ? k : -1;
        }
        int verdict = close < 0 ? -1 : r.triggers.find("CONDEMN_NOUN", 1, close);
        if (verdict < 0 || r.triggers.find("NEG", 1, close) >= 0 || r.triggers.find("MODAL", 1, close) >= 0) {
            return; // '"An attack on either of us would be a danger to both," X said' blames nobody
        }
        int say = r.triggers.find("REPORT", close + 1, Math.min(s.size(), close + 12));
        Mention speaker = say < 0 ? null : Clauses.after(r.mentions, close + 1, say - close - 1 + 4, Mention::isActor);
        if (speaker == null || done.contains(speaker.key())) {
            return;
        }
        String own = Clauses.countryOf(speaker, r.model);
        String attacker = Attacks.condemnedAttacker(r, say + 1, Math.min(s.size(), say + 6));
        String object = attacker != null && !attacker.equals(own) ? attacker : r.model.lastEvent;
        if (object != null && !object.equals(speaker.key())) {
            done.add(speaker.key());
            r.add("CONDEMNED", speaker.key(), object, -1, Map.of(), ClaimStatus.ASSERTED, 0.6);
        }
    }
}
