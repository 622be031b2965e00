package io.entente.extract;

import java.util.Set;

/** Wordings that make a saying verb no report of the event it names. */
final class ReportWording {

    private static final Set<String> KNOWLEDGE = Set.of("information", "knowledge", "details", "data", "idea");

    private ReportWording() {
    }

    /** "said he had no information about North Korean troops", "was not aware of": neither a report nor a denial. */
    static boolean unaware(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 5; k++) {
            if (s.lower(k).equals("no") && KNOWLEDGE.contains(s.lower(k + 1)) || s.lower(k).equals("unaware")
                    || s.lower(k).equals("not") && s.lower(k + 1).equals("aware")) {
                return true;
            }
        }
        return false;
    }

    /** "Africa Corps is estimated to have 2,500 men": the subject is what is told, not who tells it (unless "by" follows). */
    static boolean passive(Sentence s, int verb, int end) {
        return PassiveBlame.BE.contains(s.lower(verb - 1)) && !s.lower(end).equals("by");
    }

    private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("report", "study", "assessment", "analysis", "investigation");

    /** "A report by UN experts last year estimated": the authors of the document before the verb. */
    static Mention reportBy(Reading r, int verb) {
        for (int k = verb - 1; k >= 1 && k >= verb - 8; k--) {
            if (r.sentence.lower(k).equals("by") && DOCUMENTS.contains(r.sentence.lower(k - 1))) {
                Mention author = r.mentions.at(k + 1) != null ? r.mentions.at(k + 1) : r.mentions.at(k + 2);
                return author != null && author.isActor() ? author : null;
            }
        }
        return null;
    }
}
