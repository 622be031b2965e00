package io.entente.extract;

import java.util.Map;
import java.util.Set;

/** Who reports the story's treaty: "the ministry said, confirming a pact", "Xinhua reported the signing". */
final class TreatyReports {

    /** Verbs that report an event as news ("said the signing could wait" reports nothing). */
    private static final Set<String> NEWS_VERBS = Set.of("reported", "reports", "announced", "announces", "confirmed", "confirms");
    /** Nouns for a treaty's own steps: "reported the signing". */
    private static final Set<String> TREATY_ACTS = Set.of("signing", "ratification", "conclusion");

    private TreatyReports() {
    }

    /** "the Chinese Foreign Ministry said on Tuesday, confirming a pact": REPORTED about a treaty. */
    static void find(Reading r, Set<String> deniers) {
        for (Triggers.Hit hit : r.triggers.of("CONFIRM")) {
            if (Clauses.modal(r.sentence, hit.at())) {
                continue;
            }
            Mention treaty = Clauses.after(r.mentions, hit.end(), 4, m -> m.kind() == Mention.Kind.TREATY);
            Mention speaker = Clauses.subjectBefore(r.mentions, hit.at());
            if (speaker == null && r.sentence.lower(hit.at() - 1).equals(",")) { // "..., the ministry said, confirming"
                for (Mention m : r.mentions.all()) {
                    if (m.isActor() && m.to() <= hit.at() && r.triggers.find("REPORT", m.to(), Math.min(m.to() + 2, hit.at())) >= 0) {
                        speaker = m;
                    }
                }
            }
            if (treaty != null && speaker != null && !deniers.contains(speaker.key())) {
                r.add("REPORTED", speaker.key(), treaty.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
            }
        }
        String current = r.model.currentTreaty();
        for (Triggers.Hit hit : r.triggers.of("REPORT")) { // "Xinhua reported the signing at the time"
            int k = hit.end();
            if (current == null || !NEWS_VERBS.contains(r.sentence.lower(hit.at())) || !r.sentence.lower(k).equals("the")
                    || !TREATY_ACTS.contains(r.sentence.lower(k + 1))
                    || Clauses.modal(r.sentence, hit.at())) {
                continue;
            }
            Mention speaker = Clauses.subjectBefore(r.mentions, hit.at());
            if (speaker != null && !deniers.contains(speaker.key())) {
                r.add("REPORTED", speaker.key(), current, -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
            }
        }
    }
}
