package io.entente.extract;

import java.util.Map;
import java.util.Set;

/** "The deployment ... was condemned by Damascus", "the treaty has been criticised by Beijing": the agent condemns. */
final class PassiveBlame {

    static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "be");

    private PassiveBlame() {
    }

    /** A condemning verb in the passive with its agent: "was condemned by", "has been criticised widely by". */
    static boolean passive(Sentence s, int verb) {
        return BE.contains(s.lower(verb - 1)) && by(s, verb) >= 0;
    }

    private static int by(Sentence s, int verb) {
        for (int k = verb + 1; k < s.size() && k <= verb + 4; k++) {
            if (s.lower(k).equals("by")) {
                return k;
            }
        }
        return -1;
    }

    static void find(Reading r, Set<String> done) {
        Sentence s = r.sentence;
        for (Triggers.Hit hit : r.triggers.of("CONDEMN")) {
            int by = by(s, hit.at());
            if (!passive(s, hit.at()) || Clauses.modal(s, hit.at() - 1)) {
                continue;
            }
            Mention agent = Clauses.after(r.mentions, by + 1, 4, Mention::isActor);
            String object = patient(r, hit.at());
            if (agent == null || object == null || done.contains(agent.key()) || object.equals(agent.key())) {
                continue;
            }
            done.add(agent.key());
            r.add("CONDEMNED", agent.key(), object, -1, Map.of(), ClaimStatus.ASSERTED, 0.7);
        }
    }

    /** What was condemned: a deployment or treaty named before the verb, else the clause's actor. */
    static String patient(Reading r, int verb) {
        for (Reading.DeploymentRef d : r.deployments) {
            if (d.at() < verb) {
                return d.ref();
            }
        }
        for (Mention m : r.mentions.all()) {
            if (m.kind() == Mention.Kind.TREATY && m.to() <= verb) {
                return m.key();
            }
        }
        Mention subject = Clauses.subjectBefore(r.mentions, verb);
        return subject == null ? null : subject.key();
    }
}
