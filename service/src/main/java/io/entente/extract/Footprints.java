package io.entente.extract;

import io.entente.extract.quantity.TroopCount;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A state's military footprint told as a list or through a force it leads: "Washington keeps
 * forces all around the basin: some 500 American personnel at Soto Cano air base in Honduras, a
 * naval station at Guantanamo Bay in Cuba and a security location at Comalapa in El Salvador";
 * "it hosts a NATO battlegroup led by Italy".
 */
final class Footprints {

    /** {@link DeploymentWording#KEEPING}, and the verbs of running a station. */
    private static final Set<String> KEEPING = Stream.concat(DeploymentWording.KEEPING.stream(),
            Stream.of("operates", "operate", "runs", "stations", "stationed")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> FORCES = Set.of("battlegroup", "brigade", "force", "contingent", "battalion", "mission");

    private Footprints() {
    }

    /** The items of a list after a colon, when the clause before it keeps troops somewhere. */
    static void listed(Reading r, List<TroopCount> counts) {
        Sentence s = r.sentence;
        int colon = s.indexOf(":", 0, s.size());
        if (colon < 2 || r.triggers.find("TROOP", 0, colon) < 0) {
            return;
        }
        int verb = -1;
        for (int k = colon - 1; k >= 0 && verb < 0; k--) {
            verb = KEEPING.contains(s.lower(k)) ? k : -1;
        }
        if (verb < 0 || Clauses.modal(s, verb) || DeploymentWording.negated(r.triggers, s, verb)
                || r.triggers.find("WITHDRAW", 0, s.size()) >= 0) {
            return;
        }
        String from = Clauses.actorCountry(r.mentions, r.model, verb);
        if (from == null) {
            return;
        }
        Set<String> hosts = new HashSet<>();
        int item = colon + 1;
        for (int k = colon + 1; k <= s.size(); k++) {
            boolean end = k == s.size() || Set.of(",", ";", "and", ".").contains(s.lower(k));
            if (!end) {
                continue;
            }
            DeploymentTargets.Target to = place(r, item, k);
            if (to != null && !from.equals(to.country()) && hosts.add(to.country())) {
                int start = s.token(item).start();
                int stop = s.token(k - 1).end();
                DeploymentEvents.record(r, verb, from, to, item,
                        counts.stream().filter(c -> c.end() > start && c.end() <= stop).toList(), 0.7); // each item its own figure
            }
            item = k + 1;
        }
    }

    /** The state an item ends in: "... at Comalapa in El Salvador". */
    private static DeploymentTargets.Target place(Reading r, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY && m.use() != Mention.Use.MODIFIER && m.to() == to
                    && (r.sentence.lower(k - 1).equals("in") || r.sentence.lower(k - 1).equals("the") && r.sentence.lower(k - 2).equals("in"))) {
                return new DeploymentTargets.Target(m.key(), null);
            }
        }
        return null;
    }

    /** The first state named before {@code to} by name, capital or possessive ("Bulgaria's own commitments ...: it hosts"). */
    private static String stateBefore(Reading r, int to, String except) {
        for (Mention m : r.mentions.all()) {
            if (m.from() < to && m.kind() == Mention.Kind.COUNTRY && !m.key().equals(except)
                    && (m.use() != Mention.Use.MODIFIER || r.sentence.lower(m.to()).equals("'s"))) {
                return m.key();
            }
        }
        return null;
    }

    /** "it hosts a NATO battlegroup led by Italy": the lead nation has troops in the host. */
    static void ledBy(Reading r) {
        Sentence s = r.sentence;
        for (int k = 3; k + 2 < s.size(); k++) {
            if (!s.lower(k).equals("led") || !s.lower(k + 1).equals("by")) {
                continue;
            }
            Mention leader = r.mentions.at(k + 2 + (s.lower(k + 2).equals("the") ? 1 : 0));
            int noun = -1;
            for (int j = k - 1; j >= 0 && j >= k - 3 && noun < 0; j--) {
                noun = FORCES.contains(s.lower(j)) ? j : -1;
            }
            int host = -1;
            for (int j = noun - 1; j >= 0 && j >= noun - 5 && host < 0; j--) {
                host = DeploymentTargets.HOSTING.contains(s.lower(j)) ? j : -1;
            }
            if (leader == null || leader.kind() != Mention.Kind.COUNTRY || host < 0 || Clauses.modal(s, host)
                    || r.triggers.find("WITHDRAW", 0, s.size()) >= 0) {
                continue;
            }
            Mention subject = Clauses.subjectBefore(r.mentions, host);
            String to = subject != null ? Clauses.countryOf(subject, r.model)
                    : s.lower(host - 1).equals("it") ? stateBefore(r, host, leader.key()) : null;
            if (to != null && !to.equals(leader.key())) {
                DeploymentEvents.record(r, host, leader.key(), new DeploymentTargets.Target(to, null), noun, List.of(), 0.65);
            }
        }
    }
}
