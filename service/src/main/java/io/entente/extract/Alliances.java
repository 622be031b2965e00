package io.entente.extract;

import java.util.Map;
import java.util.Set;

/** Alliances stated with a copula: "Japan's only treaty ally remains the United States", "X is Y's closest ally". */
final class Alliances {

    private static final Set<String> QUALIFIERS = Set.of("treaty", "closest", "close", "key", "main", "only", "staunch",
            "longtime", "oldest", "military", "strongest", "most", "important", "principal", "chief", "sole", "formal", "traditional",
            "historic", "strategic", "nominal");
    private static final Set<String> COPULAS = Set.of("is", "remains", "was", "became", "remained", "been", "are", "were");

    private Alliances() {
    }

    /** The token before the qualifiers ("close", "treaty", "strongest") that stand before {@code ally}. */
    private static int beforeQualifiers(Sentence s, int ally) {
        int k = ally - 1;
        while (k > 0 && QUALIFIERS.contains(s.lower(k))) {
            k--;
        }
        return k;
    }

    /**
     * "Bahrain, a major non-NATO ally of the United States," / "The Philippines is a treaty ally of
     * the United States" / "Poland, one of Ukraine's staunchest allies,".
     */
    static boolean allyOf(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        String w = s.lower(hit.at());
        Mention ally = null;
        int k = hit.at() - 1;
        if (w.equals("ally") && s.lower(hit.end()).equals("of")) {
            ally = Clauses.after(r.mentions, hit.end() + 1, 2, m -> m.kind() == Mention.Kind.COUNTRY);
            while (k > 0 && k > hit.at() - 6 && !Set.of("a", "an").contains(s.lower(k))) {
                k--; // "a major non-NATO ally"
            }
            k = Set.of("a", "an").contains(s.lower(k)) ? k - 1 : -1;
        } else if (w.equals("allies") && s.lower(k).matches("[a-z]+est|closest") || w.equals("allies") && s.lower(k).equals("'s")) {
            int owner = s.lower(k).equals("'s") ? k : k - 1;
            Mention m = s.lower(owner).equals("'s") ? r.mentions.endingAt(owner) : null;
            ally = m != null && m.kind() == Mention.Kind.COUNTRY ? m : null;
            k = ally == null ? -1 : ally.from() - 1;
            k = s.lower(k).equals("of") && s.lower(k - 1).equals("one") ? k - 2 : -1; // ", one of Ukraine's allies"
        }
        if (ally == null || k < 0) {
            return false;
        }
        Mention subject = s.lower(k).equals(",") ? r.mentions.endingAt(k)
                : COPULAS.contains(s.lower(k)) ? Clauses.subjectBefore(r.mentions, k) : null;
        String a = subject == null ? null : Clauses.countryOf(subject, r.model);
        if (a == null || a.equals(ally.key()) || Clauses.modal(s, hit.at())) {
            return false;
        }
        r.add("ALLIED_WITH", a, ally.key(), -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
        return true;
    }

    static boolean copular(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        if (!s.lower(hit.at()).equals("ally") || Clauses.modal(s, hit.at())) {
            return false;
        }
        int k = beforeQualifiers(s, hit.at());
        if (Set.of("its", "their").contains(s.lower(k)) && s.lower(k - 1).equals("as")) {
            return relative(r, k - 1);
        }
        if (s.lower(k).equals("whose") && s.lower(k - 1).equals(",") && COPULAS.contains(s.lower(hit.end()))) {
            Mention head = r.mentions.endingAt(k - 1); // "The Philippines, whose only treaty ally is the United States,"
            Mention other = Clauses.after(r.mentions, hit.end() + 1, 2, m -> m.kind() == Mention.Kind.COUNTRY);
            return head != null && other != null && add(r, Clauses.countryOf(head, r.model), other.key());
        }
        Mention owner = s.lower(k).equals("'s") || s.lower(k).equals("'") ? r.mentions.endingAt(k) : null; // "the Philippines' treaty ally"
        if (owner == null || Clauses.countryOf(owner, r.model) == null) {
            return false;
        }
        Mention ally = null;
        if (COPULAS.contains(s.lower(hit.end()))) { // "Japan's only treaty ally remains the United States"
            ally = Clauses.after(r.mentions, hit.end() + 1, 2, m -> m.kind() == Mention.Kind.COUNTRY);
        } else if (COPULAS.contains(s.lower(owner.from() - 1))
                || s.lower(owner.from() - 1).equals("the") && COPULAS.contains(s.lower(owner.from() - 2))
                || s.lower(owner.from() - 1).endsWith("ly") && COPULAS.contains(s.lower(owner.from() - 2))) {
            ally = Clauses.subjectBefore(r.mentions, owner.from()); // "Poland is Ukraine's closest ally", "is formally Russia's ally"
        } else if (s.lower(owner.from() - 1).equals(",")) {
            ally = r.mentions.endingAt(owner.from() - 1); // "Russia, Armenia's formal treaty ally, was more reserved"
        } else if (s.lower(owner.from() - 1).equals("the") && s.lower(owner.from() - 2).equals(",")) {
            ally = r.mentions.endingAt(owner.from() - 2); // "The United States, the Philippines' treaty ally,"
        }
        String a = ally == null ? null : Clauses.countryOf(ally, r.model);
        String b = Clauses.countryOf(owner, r.model);
        if (a == null || a.equals(b)) {
            return false;
        }
        r.add("ALLIED_WITH", b, a, -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
        return true;
    }

    /** "Russia, which Pyongyang has counted as its treaty ally since 2024,": the relative clause's subject and its head. */
    private static boolean relative(Reading r, int as) {
        Sentence s = r.sentence;
        for (int k = as - 1; k > 1 && k > as - 8; k--) {
            if (!(s.lower(k).equals("which") || s.lower(k).equals("whom")) || !s.lower(k - 1).equals(",")) {
                continue;
            }
            Mention head = r.mentions.endingAt(k - 1);
            Mention owner = r.mentions.at(k + 1);
            String a = head == null ? null : Clauses.countryOf(head, r.model);
            String b = owner == null ? null : Clauses.countryOf(owner, r.model);
            if (a == null || b == null || a.equals(b) || Clauses.modal(s, as)) {
                return false;
            }
            r.add("ALLIED_WITH", b, a, -1, Map.of(), ClaimStatus.ASSERTED, 0.65);
            return true;
        }
        return false;
    }

    /** "Turkey will stand by its ally Azerbaijan": a standing alliance, whatever the clause's mood. */
    static boolean possessive(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        int k = beforeQualifiers(s, hit.at());
        if (!s.lower(hit.at()).equals("ally") || !s.lower(k).equals("its") || s.lower(k - 1).equals("as")) {
            return false;
        }
        Mention ally = r.mentions.at(hit.end());
        Mention owner = Clauses.subjectBefore(r.mentions, k);
        return ally != null && ally.kind() == Mention.Kind.COUNTRY && ally.from() == hit.end() && owner != null
                && add(r, Clauses.countryOf(owner, r.model), ally.key());
    }

    /** "Washington, which keeps 28,500 troops in South Korea under a decades-old alliance": the deployment's two sides. */
    static boolean underAlliance(Reading r, Triggers.Hit hit) {
        if (!r.sentence.lower(hit.end() - 1).equals("alliance")) {
            return false;
        }
        int by = r.sentence.indexOf("by", Math.max(0, hit.at() - 4), hit.at());
        if (by > 2 && r.sentence.lower(by - 2).equals("to") && r.sentence.lower(by - 3).equals("bound")) {
            Mention other = r.mentions.endingAt(by); // "Japan, itself bound to Washington by a security alliance,"
            int k = by - 4;
            while (k > 0 && Set.of("itself", "themselves", ",", "also").contains(r.sentence.lower(k))) {
                k--;
            }
            Mention self = r.mentions.endingAt(k + 1) != null ? r.mentions.endingAt(k + 1) : Clauses.subjectBefore(r.mentions, by - 3);
            return other != null && self != null && add(r, Clauses.countryOf(self, r.model), Clauses.countryOf(other, r.model));
        }
        if (r.sentence.indexOf("under", Math.max(0, hit.at() - 7), hit.at()) < 0) {
            return false;
        }
        for (Reading.DeploymentRef d : r.deployments) {
            if (d.from() != null && d.to() != null && add(r, d.from(), d.to())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DESCRIBING = Set.of("described", "describes", "describing", "called", "calls", "calling");

    /**
     * "described Turkey as a close ally" and "called Paraguay one of the strongest allies" (the
     * speaker's state and the one described), "Australia's alliances with the United States and New Zealand".
     */
    static boolean named(Reading r, Triggers.Hit hit) {
        Sentence s = r.sentence;
        String w = s.lower(hit.at());
        int k = beforeQualifiers(s, hit.at());
        if (w.equals("alliances") && s.lower(hit.end()).equals("with") && s.lower(k).equals("'s")) {
            Mention owner = r.mentions.endingAt(k);
            Mention first = Clauses.after(r.mentions, hit.end() + 1, 2, m -> m.kind() == Mention.Kind.COUNTRY);
            boolean any = owner != null && first != null && add(r, Clauses.countryOf(owner, r.model), first.key());
            for (Mention next : first == null ? java.util.List.<Mention>of() : Signers.coordinatedAfter(r, first)) {
                any |= add(r, Clauses.countryOf(owner, r.model), next.key());
            }
            return any;
        }
        for (int d = Math.max(1, k - 8); d < k; d++) {
            Mention described = r.mentions.at(d + 1);
            if (DESCRIBING.contains(s.lower(d)) && described != null && described.kind() == Mention.Kind.COUNTRY
                    && (w.equals("ally") || w.equals("allies")) && !Clauses.modal(s, d)) {
                Mention speaker = Clauses.subjectBefore(r.mentions, d);
                return speaker != null && add(r, Clauses.countryOf(speaker, r.model), described.key());
            }
        }
        return false;
    }

    private static boolean add(Reading r, String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return false;
        }
        r.add("ALLIED_WITH", a, b, -1, Map.of(), ClaimStatus.ASSERTED, 0.6);
        return true;
    }
}
