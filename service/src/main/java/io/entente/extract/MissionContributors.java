package io.entente.extract;

import io.entente.extract.quantity.TroopCount;
import java.util.List;
import java.util.Set;

/**
 * The national contingents of a peacekeeping force the story has placed in its host: "Italy,
 * which has more than 1,000 soldiers in the force", "Uganda, whose roughly 4,500 soldiers form
 * the largest contingent", "India has about 900 troops deployed, Spain about 650 and China some
 * 400 engineers". The host comes from the force's name or phrase ("the UN peacekeeping force in
 * southern Lebanon", "the ... Stabilization Mission in Somalia"); contributors count only a few
 * sentences after the force was last spoken of, and only where the sentence names no place of
 * its own.
 */
final class MissionContributors {

    private static final Set<String> FORCE_NOUNS = Set.of("force", "mission", "operation");
    private static final Set<String> FORCE_CUES = Set.of("peacekeeping", "peace", "stabilisation", "stabilization", "un",
            "u.n.", "au", "multinational", "interim", "support");
    private static final Set<String> REFERENCES = Set.of("force", "mission", "peacekeepers", "contingent", "contingents",
            "contributors", "contributor");
    private static final Set<String> DIRECTIONS = Set.of("southern", "northern", "eastern", "western", "central", "south",
            "north", "east", "west");
    private static final Set<String> KEEPING = Set.of("has", "have", "keeps", "keep", "maintains", "contributes",
            "provides", "fields");
    private static final Set<String> RELATIVES = Set.of("which", "whose");
    /** Participles after "has" that keep troops in place, unlike "has pledged" or "has promised". */
    private static final Set<String> IN_PLACE = Set.of("deployed", "stationed", "sent", "kept", "maintained");
    private static final Set<String> PLACE_WORDS = Set.of("in", "to", "into", "at", "on");
    private static final Set<String> AMOUNTS = Set.of("about", "some", "roughly", "around", "nearly", "almost", "over");
    /** Sentences after the force was last spoken of in which a contributor still belongs to it. */
    private static final int REACH = 3;

    private MissionContributors() {
    }

    /** Notes a force this sentence places in a host, or speaks of again ("The rest of the force"); every sentence. */
    static void notice(Reading r) {
        Sentence s = r.sentence;
        String named = hostNamed(r);
        if (named != null) {
            r.model.missionHost = named;
            r.model.missionSentence = s.index();
        } else if (r.model.missionHost != null && s.indexOfAny(REFERENCES, 0, s.size()) >= 0) {
            r.model.missionSentence = s.index();
        }
    }

    static void find(Reading r, List<TroopCount> counts) {
        Sentence s = r.sentence;
        String host = r.model.missionHost;
        if (host == null || s.index() - r.model.missionSentence > REACH || !r.triggers.of("WITHDRAW").isEmpty()) {
            return;
        }
        if (r.deployments.stream().anyMatch(d -> !d.ref().endsWith(":?"))) { // the sentence places its own troops
            List<Triggers.Hit> troops = r.triggers.of("TROOP");
            if (!troops.isEmpty()) {
                gapped(r, troops.getFirst().end(), host); // "Ethiopia has 2,500 troops in Gedo and Kenya 1,410 in Lower Juba"
            }
            return;
        }
        for (Triggers.Hit hit : r.triggers.of("TROOP")) {
            Mention state = contributor(r, hit.at());
            if (state == null || state.key().equals(host) || placedElsewhere(r, hit.end())
                    || DeploymentWording.negated(r.triggers, s, hit.at()) || Clauses.modal(s, hit.at())) {
                continue;
            }
            DeploymentEvents.record(r, hit.at(), state.key(), new DeploymentTargets.Target(host, null), hit.at(), counts, 0.65);
            r.model.missionSentence = s.index();
            gapped(r, hit.end(), host);
        }
        if (s.indexOfAny(CONTRIBUTING, 0, s.size()) >= 0) {
            bracketed(r, host);
        }
    }

    private static final Set<String> CONTRIBUTING = Set.of("contributing", "contributors", "contributor", "contingents");

    /** "the four contributing states: Nigeria (240 personnel), Senegal (180) and Ghana (91)": each state's own figure. */
    private static void bracketed(Reading r, String host) {
        Sentence s = r.sentence;
        for (Mention m : r.mentions.all()) {
            int n = m.to() + 1;
            if (m.kind() == Mention.Kind.COUNTRY && !m.key().equals(host) && s.lower(m.to()).equals("(") && n < s.size()
                    && Character.isDigit(s.token(n).text().charAt(0)) && s.indexOf(")", n, n + 4) > n) {
                ownFigure(r, m, n, new DeploymentTargets.Target(host, null));
            }
        }
    }

    /** State {@code state} sends troops to {@code to}, with the figure written at token {@code figure} as its own. */
    private static void ownFigure(Reading r, Mention state, int figure, DeploymentTargets.Target to) {
        DeploymentEvents.record(r, state.from(), state.key(), to, figure, List.of(DeploymentWording.figure(r.sentence.token(figure))), 0.65);
    }

    /** "Italy has / keeps N troops", "Italy, which has N soldiers", "Uganda, whose N soldiers": the state the troops belong to. */
    private static Mention contributor(Reading r, int troop) {
        Sentence s = r.sentence;
        String modifier = TroopOwners.modifierCountry(r, troop);
        for (int k = troop - 1; k >= 0 && k >= troop - 8; k--) {
            Mention m = r.mentions.at(k);
            if (m == null) {
                continue;
            }
            if (m.kind() != Mention.Kind.COUNTRY || modifier != null && !modifier.equals(m.key())) {
                return null;
            }
            int next = m.to();
            if (s.lower(next).equals("'s")) {
                return m; // "South Korea's Dongmyeong unit numbers about 250"
            }
            if (s.lower(next).equals(",") && RELATIVES.contains(s.lower(next + 1))) {
                next += 2; // "Italy, which has", "Uganda, whose"
                if (s.lower(next - 1).equals("whose")) {
                    return m;
                }
            }
            String after = s.lower(next + 1); // "has pledged 1,000 troops": a promise, not a contingent
            boolean promised = after.endsWith("ed") && !IN_PLACE.contains(after);
            return KEEPING.contains(s.lower(next)) && !promised ? m : null;
        }
        return null;
    }

    /** "..., Spain about 650 and China some 400 engineers": states each followed by a figure of their own. */
    private static void gapped(Reading r, int from, String host) {
        gapped(r, from, new DeploymentTargets.Target(host, null));
    }

    /** As above, sending each state where the first one's troops went ({@code to} may name no country yet). */
    static void gapped(Reading r, int from, DeploymentTargets.Target to) {
        Sentence s = r.sentence;
        for (int k = from; k < s.size(); k++) {
            String w = s.lower(k);
            if (w.equals(";") || w.equals(".") || r.triggers.is(k, "WITHDRAW")) {
                return;
            }
            Mention m = r.mentions.at(k);
            if (m == null || m.kind() != Mention.Kind.COUNTRY || !Set.of(",", "and", "while").contains(s.lower(k - 1))) {
                continue;
            }
            int n = AMOUNTS.contains(s.lower(m.to())) ? m.to() + 1 : m.to();
            if (n < s.size() && Character.isDigit(s.token(n).text().charAt(0)) && !m.key().equals(to.country())) {
                ownFigure(r, m, n, to);
            }
            k = m.to() - 1;
        }
    }

    /** "troops in Somalia", "soldiers at a base in Djibouti": a place of its own, read by the other stages. */
    private static boolean placedElsewhere(Reading r, int from) {
        for (int k = from; k < r.sentence.size() && k < from + 6; k++) {
            Mention m = r.mentions.at(k);
            if (m != null && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.LOCATION && !withinHost(r, m))
                    && PLACE_WORDS.contains(r.sentence.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "in the southwestern Gedo region": a place no gazetteer puts in another state lies in the force's host. */
    private static boolean withinHost(Reading r, Mention place) {
        Node n = r.model.node(place.key());
        Object country = n == null ? null : n.attrs.get("country");
        return country == null || country.equals(r.model.missionHost);
    }

    /** The host a force named in this sentence is placed in, by its name or by "peacekeeping force in southern Lebanon". */
    private static String hostNamed(Reading r) {
        Sentence s = r.sentence;
        for (int k = 0; k < s.size(); k++) {
            Mention m = r.mentions.at(k);
            if (m != null && m.kind() == Mention.Kind.ORG && m.from() == k) {
                Node n = r.model.node(m.key());
                String host = n == null ? null : hostInName(n.name);
                if (host != null) {
                    return host;
                }
            }
            if (FORCE_NOUNS.contains(s.lower(k)) && (FORCE_CUES.contains(s.lower(k - 1)) || FORCE_CUES.contains(s.lower(k - 2)))
                    && s.lower(k + 1).equals("in")) {
                int at = k + 2 + (s.lower(k + 2).equals("the") ? 1 : 0);
                at += DIRECTIONS.contains(s.lower(at)) ? 1 : 0;
                Mention place = r.mentions.at(at);
                if (place != null && place.kind() == Mention.Kind.COUNTRY) {
                    return place.key();
                }
            }
        }
        return null;
    }

    /** "United Nations Interim Force in Lebanon", "... Stabilization Mission in Somalia": the country ending the name. */
    private static String hostInName(String name) {
        List<Token> tokens = Tokenizer.tokens(name, 0, name.length());
        return MissionHosts.countryEndingForce(tokens, 0, tokens.size(), FORCE_NOUNS);
    }
}
