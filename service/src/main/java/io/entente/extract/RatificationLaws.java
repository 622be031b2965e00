package io.entente.extract;

import java.util.Map;
import java.util.Set;

/**
 * Ratification told through its law: "the Jogorku Kenesh adopted the Law on ratification",
 * "parliament approved the ratification bill". The law ratifies the story's current treaty.
 */
final class RatificationLaws {

    private static final java.util.regex.Pattern VOTE = java.util.regex.Pattern.compile("\\d{1,3}-\\d{1,3}");
    private static final Set<String> LAWS = Set.of("law", "bill", "act", "decree");

    private RatificationLaws() {
    }

    /** Whether a ratification law follows the verb closely: "the Law on ratification", "a ratification bill". */
    static boolean follows(Sentence s, int from) {
        int ratification = s.indexOf("ratification", from, Math.min(s.size(), from + 6));
        return ratification >= 0 && s.indexOfAny(LAWS, from, Math.min(s.size(), ratification + 2)) >= 0;
    }

    /** "signed it into law", "signed into law the agreement": the signing is the ratification's last step. */
    static boolean intoLaw(Sentence s, Triggers.Hit hit, Mention treaty) {
        int after = treaty.from() >= hit.end() ? treaty.to() : hit.end();
        return s.lower(hit.end()).equals("into") && s.lower(hit.end() + 1).equals("law")
                || treaty.from() >= hit.end() && s.lower(after).equals("into") && s.lower(after + 1).equals("law");
    }

    /** "the cabinet approved the draft agreement": a text not yet signed, so no ratification. */
    static boolean draft(Reading r, Mention treaty) {
        Node t = r.model.node(treaty.key());
        return r.sentence.lower(treaty.from()).equals("draft") || r.sentence.lower(treaty.from() + 1).equals("draft")
                || t != null && t.name != null && t.name.toLowerCase(java.util.Locale.ROOT).startsWith("draft ");
    }

    /** "adopted" ratifies only through a ratification law, not "adopted a resolution on the ceasefire". */
    static boolean adoptedOther(Reading r, Triggers.Hit hit) {
        return r.sentence.lower(hit.at()).startsWith("adopt") && !follows(r.sentence, hit.end());
    }

    /**
     * "The Milli Majlis ratified the Declaration ..., and the Grand National Assembly of Turkey
     * followed two days later": a legislature that follows ratifies the same treaty.
     */
    static void followers(Reading r, String treaty, int from) {
        Sentence s = r.sentence;
        for (int k = from; k < s.size(); k++) {
            if (!s.lower(k).equals("followed") || s.lower(k - 1).equals("was") || s.lower(k + 1).equals("by")) {
                continue;
            }
            Mention m = Clauses.subjectBefore(r.mentions, k);
            java.util.List<Mention> chambers = new java.util.ArrayList<>();
            if (m != null && Legislatures.is(r, m)) {
                chambers.add(m);
            }
            for (Mention other : r.mentions.all()) { // "the Federation Council as well as ..., the House of Representatives and the Council of the Republic, followed"
                if (other.from() >= from && other.to() <= k && !chambers.contains(other) && Legislatures.is(r, other)) {
                    chambers.add(other);
                }
            }
            for (Mention chamber : chambers) {
                r.add("RATIFIED", chamber.key(), treaty, k, java.util.Map.of(), ClaimStatus.ASSERTED, 0.7);
                String c = r.model.node(chamber.key()).attr("country");
                if (c != null) {
                    ArticleModel.parties(r.model.node(treaty)).add(c);
                }
            }
        }
    }

    /** Remembers the treaty of "a law approving a defence cooperation agreement": what a later "the bill" is. */
    static void noteApprovalLaw(Reading r) {
        for (int k = 1; k < r.sentence.size(); k++) {
            if (Legislatures.LAWS.contains(r.sentence.lower(k - 1)) && APPROVING.contains(r.sentence.lower(k))) {
                Mention t = Clauses.after(r.mentions, k + 1, 6, m -> m.kind() == Mention.Kind.TREATY);
                r.model.lawTreaty = t != null ? t.key() : r.model.lawTreaty;
            }
        }
    }

    private static final Set<String> APPROVING = Set.of("approving", "ratifying");

    /** The story's current treaty when the verb's object is a ratification law, else null. */
    static Mention treaty(Reading r, Triggers.Hit hit) {
        String current = r.model.currentTreaty();
        if (r.model.lawTreaty != null && r.sentence.lower(hit.end()).equals("the") && LAWS.contains(r.sentence.lower(hit.end() + 1))) {
            return new Mention(Mention.Kind.TREATY, r.model.lawTreaty, hit.end(), hit.end() + 2, Mention.Use.ANAPHOR); // "approved the bill"
        }
        if (current == null || !follows(r.sentence, hit.end())) {
            return null;
        }
        return new Mention(Mention.Kind.TREATY, current, hit.end(), hit.end() + 1, Mention.Use.ANAPHOR);
    }

    private static final Set<String> MEMBER_NOUNS = Set.of("members", "member", "states", "countries", "nations");
    private static final Set<String> COPULAS = Set.of("became", "become", "becomes", "were", "was", "are", "is");

    /**
     * "Hungary and Turkey were the last NATO members to ratify": a body before "members" only says
     * whose members; the states before the copula ratify. Empty when the subject is no such body.
     */
    static java.util.List<Mention> membersNotBody(Reading r, Mention subject) {
        Sentence s = r.sentence;
        if (subject == null || subject.kind() != Mention.Kind.ORG || !MEMBER_NOUNS.contains(s.lower(subject.to()))) {
            return java.util.List.of();
        }
        for (int k = subject.from() - 1; k >= 0 && k >= subject.from() - 4; k--) {
            if (COPULAS.contains(s.lower(k))) {
                return SubjectLists.subjectsBefore(r.mentions, k);
            }
        }
        return java.util.List.of();
    }

    /** Records {@code subject} (a legislature, a state, or a person for their state) ratifying {@code treaty}. */
    static void ratifiedBy(Reading r, Triggers.Hit hit, Mention treaty, Mention subject) {
        if (subject != null && cabinet(r, subject)) {
            int cabinetEnd = subject.to(); // "the Council of Ministers and both houses of the Federal Parliament endorsed": the houses ratify
            subject = Clauses.after(r.mentions, cabinetEnd, hit.at() - cabinetEnd, m -> Legislatures.is(r, m));
            if (subject == null || r.sentence.indexOf("and", cabinetEnd, subject.from()) < 0) {
                return; // "Iraq's cabinet approved the memorandum": the executive's step, before parliament's
            }
        }
        String key = subject == null ? Legislatures.legislatureInContext(r, hit.at())
                : subject.kind() == Mention.Kind.PERSON ? Clauses.countryOf(subject, r.model) : subject.key();
        if (key == null) {
            return;
        }
        String vote = null;
        for (int k = Math.max(0, hit.at() - 5); k < r.sentence.size() && k < hit.end() + 12; k++) {
            if (VOTE.matcher(r.sentence.token(k).text()).matches()) {
                vote = r.sentence.token(k).text();
                break;
            }
        }
        r.add("RATIFIED", key, treaty.key(), hit.at(), vote == null ? Map.of() : Map.of("vote", vote), ClaimStatus.ASSERTED, 0.85);
        Node t = r.model.node(treaty.key());
        t.attrs.put("status", "ratified");
        String c = subject == null ? r.model.countryOf(key) : Clauses.countryOf(subject, r.model);
        if (c != null) {
            ArticleModel.parties(t).add(c);
        }
        followers(r, treaty.key(), hit.end());
    }

    /** "signed the instrument of ratification", "gave its approval": the phrase ratifies the story's treaty without naming it. */
    static Mention storysTreaty(Reading r, Triggers.Hit hit) {
        String key = r.model.currentTreaty();
        return key != null && selfContained(r, hit) ? new Mention(Mention.Kind.TREATY, key, hit.at(), hit.end(), Mention.Use.ANAPHOR) : null;
    }

    private static boolean selfContained(Reading r, Triggers.Hit hit) {
        String phrase = r.sentence.text().substring(r.sentence.token(hit.at()).start() - r.sentence.start(),
                r.sentence.token(hit.end() - 1).end() - r.sentence.start()).toLowerCase(java.util.Locale.ROOT);
        return phrase.contains("instrument") || phrase.contains("approval") && !phrase.endsWith("to");
    }

    /** A cabinet or council of ministers: "Iraq's cabinet", "the Council of Ministers". */
    private static boolean cabinet(Reading r, Mention subject) {
        String last = r.sentence.lower(subject.to() - 1);
        Node n = r.model.node(subject.key());
        String name = n == null ? "" : n.name.toLowerCase(java.util.Locale.ROOT);
        boolean owned = r.sentence.lower(subject.to()).equals("'s") && r.sentence.lower(subject.to() + 1).equals("cabinet");
        return last.equals("cabinet") || owned || subject.kind() == Mention.Kind.ORG && (name.contains("cabinet")
                || name.contains("council of ministers") || name.contains("executive council")); // PNG's National Executive Council
    }

    /** "signed off on" approves when a chamber does it, and signs when people do (leaders put their names to it). */
    static boolean leadersSignedOff(Reading r, Triggers.Hit hit) {
        if (!r.sentence.lower(hit.at()).startsWith("sign") || !r.sentence.lower(hit.at() + 1).equals("off")) {
            return false;
        }
        Mention subject = Clauses.subjectBefore(r.mentions, hit.at());
        return subject != null && subject.kind() == Mention.Kind.PERSON;
    }
}
