package io.entente.extract;

import java.util.List;
import java.util.Set;

/**
 * Where troops go and whose they are: the receiving country or place after "to"/"in"/"near", a
 * host ("Transnistria hosts ..."), a place's state from the sentence, and the sending state in
 * "North Korean troops", "Russia's forces", "troops from Belarus".
 */
final class DeploymentTargets {

    private static final Set<String> CLAUSE_STOPS = Set.of(",", ";");
    /** Verbs of hosting a foreign force: "Transnistria hosts", "it hosts a battlegroup led by Italy". */
    static final Set<String> HOSTING = Set.of("hosts", "hosting", "host", "hosted");

    private DeploymentTargets() {
    }

    /** "Transnistria hosts about 1,500 Russian troops": the host's country receives them. */
    static Target host(Reading r, int troop) {
        for (int k = troop - 1; k >= 0 && k >= troop - 6; k--) {
            String w = r.sentence.lower(k);
            if (HOSTING.contains(w)) {
                if (Clauses.modal(r.sentence, k)) {
                    return new Target(null, null); // "who had hoped to host U.S. troops": no deployment
                }
                Mention m = Clauses.subjectBefore(r.mentions, k);
                if (m == null) {
                    Mention loc = r.mentions.endingAt(k);
                    m = loc != null && loc.kind() == Mention.Kind.LOCATION ? loc : null;
                }
                if (m == null) {
                    return null;
                }
                return m.kind() == Mention.Kind.LOCATION
                        ? new Target(r.model.node(m.key()).attr("country"), m.key())
                        : new Target(Clauses.countryOf(m, r.model), null);
            }
        }
        return null;
    }

    record Target(String country, String location) {

        /** A named country, or a place with whatever state the article gives it. */
        static Target of(Mention place, ArticleModel model) {
            return place.kind() == Mention.Kind.LOCATION ? new Target(model.node(place.key()).attr("country"), place.key())
                    : new Target(place.key(), null);
        }
    }

    private static final Set<String> HOME_NOUNS = Set.of("country", "kingdom", "archipelago", "republic", "island", "emirate",
            "nation", "islands");
    /** States a story may call "the kingdom", "the emirate" or "the sultanate". */
    private static final java.util.Map<String, Set<String>> MONARCHIES = java.util.Map.of(
            "kingdom", Set.of("SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA", "KHM", "BTN",
                    "LSO", "SWZ", "TON"),
            "emirate", Set.of("ARE", "QAT", "KWT"),
            "sultanate", Set.of("OMN", "BRN"));
    private static final Set<String> POST_NOUNS = Set.of("base", "airbase", "facility", "installation", "camp");
    private static final Set<String> INTO = Set.of("to", "into", "in", "inside", "at", "near", "outside", "around", "along",
            "across", "throughout", "entered", "reached");
    /** Words between a country and a troop noun that show the country is not its modifier. */

    private static final Set<String> PLACE_NOUNS = Set.of("town", "village", "city", "district", "region", "province",
            "area", "settlement", "hamlet", "locality", "enclave");

    /** ", a border town in ...": a comma that opens an apposition describing the place before it. */
    private static boolean placeApposition(Sentence s, int comma) {
        if (!Set.of("a", "an").contains(s.lower(comma + 1))) {
            return false;
        }
        for (int k = comma + 2; k < s.size() && k <= comma + 4; k++) {
            if (PLACE_NOUNS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** A rotation verb just before {@code from}: "rotates troops through", where "through" says where they are. */
    private static boolean rotation(Sentence s, int from) {
        for (int k = Math.max(0, from - 4); k < from; k++) {
            if (s.lower(k).startsWith("rotat")) {
                return true;
            }
        }
        return false;
    }

    /** The receiving country or place after "to", "into", "in" (within a few tokens). */
    static Target target(Reading r, int from) {
        Sentence s = r.sentence;
        for (int k = from; k < s.size() && k < from + 12; k++) {
            String w = s.lower(k);
            boolean onSoil = w.equals("on") && (s.lower(k + 2).equals("territory") || s.lower(k + 2).equals("soil")
                    || s.lower(k + 3).equals("territory") || s.lower(k + 3).equals("soil")); // "on Belarusian territory"
            boolean rotatedThrough = w.equals("through") && rotation(s, from); // "rotates troops through Philippine bases"
            boolean onIsland = w.equals("on") && DestinationPhrases.onPlace(r, k + 1); // "stationed on Palawan", "deployed on Cyprus"
            if (!(INTO.contains(w) || onSoil || rotatedThrough || onIsland)) {
                if (w.equals(",") && placeApposition(s, k)) {
                    continue; // "crossed into Kalieyereh, a border town in Falaba district": the apposition says where
                }
                boolean verdict = w.equals("as") && Set.of("a", "an").contains(s.lower(k + 1))
                        && r.triggers.find("CONDEMN_NOUN", k + 2, Math.min(s.size(), k + 5)) >= 0; // "as a provocation that would raise tension near Russia's borders"
                if (w.equals(",") || w.equals(";") || r.triggers.is(k, "REPORT") || k > from && SUBORDINATORS.contains(w) || verdict) {
                    break; // "landed in the north after a coup inspired by the junta in Athens": Athens is not where
                }
                continue;
            }
            if (s.lower(k).equals("in") && Set.of("a", "what").contains(s.lower(k + 1))
                    && Set.of("move", "step", "decision", "bid", "sign", "show").contains(s.lower(k + 2))) {
                continue; // "sent a patrol ship to Guyana in a move Caracas called a provocation": no place
            }
            if (w.equals("at") && s.indexOfAny(Set.of("request", "invitation", "behest", "urging"), k + 1, Math.min(s.size(), k + 5)) > k) {
                continue; // "dispatched army officers at Copenhagen's request": who asked, not where
            }
            if (DestinationPhrases.ownBorder(s, k + 1)) {
                return new Target(null, null); // "moved units to its border with Belarus": its own side of the line
            }
            if (s.lower(k).equals("in") && s.lower(k + 1).equals("place") && !r.model.deployments.isEmpty()) {
                return new Target(r.model.deployments.getLast().to(), null); // "have kept small contingents in place"
            }
            int stop = s.indexOfAny(CLAUSE_STOPS, k + 1, Math.min(s.size(), k + 6));
            int said = r.triggers.find("REPORT", k + 1, Math.min(s.size(), k + 6));
            stop = said >= 0 && (stop < 0 || said < stop) ? said : stop; // 'tensions in Europe" and said Russia would': no place
            int window = stop < 0 ? 5 : stop - k - 1; // "in place, and El Salvador will send": the next clause's state is no place
            Mention m = Clauses.after(r.mentions, k + 1, window, x -> x.kind() == Mention.Kind.COUNTRY || x.kind() == Mention.Kind.LOCATION);
            if (m == null && (s.lower(k + 1).equals("its") || s.lower(k + 1).equals("their"))
                    && Set.of("territory", "soil", "capital", "border", "borders").contains(s.lower(k + 2))) {
                for (Mention a : r.mentions.all()) { // "denied that troops were on its territory": the speaker's own
                    if (a.isActor() && a.from() < k) {
                        return new Target(Clauses.countryOf(a, r.model), null);
                    }
                }
            }
            Set<String> monarchies = m == null && s.lower(k + 1).equals("the") ? MONARCHIES.get(s.lower(k + 2)) : null;
            if (monarchies != null) { // "Pakistani troops were stationed in the kingdom": the kingdom named last
                String named = r.model.recentCountries().stream().filter(monarchies::contains).findFirst().orElse(null);
                if (named != null) {
                    return new Target(named, null);
                }
            }
            if (m == null && DeploymentWording.theHome(s, k + 1, HOME_NOUNS) && r.model.homeCountry() != null) {
                return new Target(r.model.homeCountry(), null); // "based in the country": the story's own
            }
            if (m == null && s.lower(k + 1).equals("the") && COMPASS.contains(s.token(k + 2).text()) && !s.lower(k + 3).equals("of")) {
                String whole = r.model.dateline != null && r.mentions.all().stream() // "BEIRUT - ... aid to the Lebanese army as Israeli troops stay in the south"
                        .anyMatch(x -> r.model.dateline.equals(Clauses.countryOf(x, r.model))) ? r.model.dateline
                        : Clauses.firstState(r.mentions, k, null); // "Cyprus has been divided since Turkish forces landed in the north"
                if (whole != null) {
                    return new Target(whole, null);
                }
            }
            if (m == null && s.lower(k + 1).equals("the") && POST_NOUNS.contains(s.lower(k + 2)) && r.model.dateline != null) {
                return new Target(r.model.dateline, null); // "DOHA - ... troops are stationed at the base"
            }
            Mention partner = m == null ? DestinationPhrases.exercisePartner(r, k + 1) : null;
            if (partner != null) {
                return new Target(partner.key(), null); // "sent 11,000 troops to the annual Balikatan exercises with the Philippines"
            }
            if (m == null) {
                continue;
            }
            return placed(r, m); // a place of unknown country still ends the search
        }
        return new Target(null, null);
    }

    private static final Set<String> PLACE_STOPS = Set.of(",", ";", "and", "border", "borders", "frontier", "with", "from");

    /**
     * A place of no known state takes the state its own phrase names: "the Soto Cano air base in
     * Honduras", "the air base north of the Honduran capital" (a later state in the sentence is
     * another matter: "..., said that Beijing ...").
     */
    private static Target placed(Reading r, Mention place) {
        Target t = Target.of(place, r.model);
        if (t.country() != null || place.kind() != Mention.Kind.LOCATION) {
            return t;
        }
        for (int k = place.to(); k < r.sentence.size() && k < place.to() + 8; k++) {
            Mention c = r.mentions.at(k);
            String state = c == null ? null : c.kind() == Mention.Kind.COUNTRY ? c.key() // "the T4 air base in Homs province"
                    : c.kind() == Mention.Kind.LOCATION ? r.model.node(c.key()).attr("country") : null;
            if (PLACE_STOPS.contains(r.sentence.lower(k)) || r.triggers.is(k, "REPORT") || c != null && state == null) {
                break;
            }
            if (state != null) {
                r.model.node(place.key()).attrs.put("country", state);
                return new Target(state, place.key());
            }
        }
        return t;
    }

    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since", "until");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");

    /** The land an occupation verb ending before {@code from} takes as its object: "occupied the Syrian side of Mount Hermon". */
    static Target occupied(Reading r, int from) {
        String verb = r.sentence.lower(from - 1);
        if (!verb.startsWith("occup")) {
            return new Target(null, null);
        }
        for (int k = from; k < r.sentence.size() && k < from + 8; k++) {
            if (Set.of(",", ";", "and", "that", "which", "since", "after").contains(r.sentence.lower(k))) {
                break;
            }
            Mention m = r.mentions.at(k);
            if (m != null && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.LOCATION)) {
                return Target.of(m, r.model);
            }
        }
        return new Target(null, null);
    }

    /** "Spanish and Portuguese troops": the other states coordinated with the nearest modifier. */
    static java.util.List<String> coordinatedModifiers(Reading r, int troop) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int k = troop - 1;
        Mention m = r.mentions.at(k);
        if (m == null || m.kind() != Mention.Kind.COUNTRY || m.use() != Mention.Use.MODIFIER) {
            return out;
        }
        int j = m.from() - 1;
        while (j > 0 && (r.sentence.lower(j).equals("and") || r.sentence.lower(j).equals(","))) {
            Mention prev = r.mentions.endingAt(j);
            if (prev == null || prev.kind() != Mention.Kind.COUNTRY || prev.use() != Mention.Use.MODIFIER) {
                break;
            }
            out.add(prev.key());
            j = prev.from() - 1;
        }
        return out;
    }

    /** "Pyongyang's deployment", "the North's troop deployment". */
    static String ownerCountry(Reading r, int at) {
        int k = at;
        if (r.sentence.lower(k - 1).equals("troop") || r.sentence.lower(k - 1).equals("military")) {
            k--;
        }
        if (r.sentence.lower(k - 1).equals("'s") || r.sentence.lower(k - 1).equals("'")) { // "the Philippines' deployment"
            k--;
        }
        Mention m = r.mentions.endingAt(k);
        return m != null && m.kind() == Mention.Kind.COUNTRY ? m.key() : null;
    }

    /**
     * "troops are stationed there": the state of the last place named before, in this sentence or
     * (where the story last placed the sender's forces, if the sentence before named it) the one
     * before, other than the sender's; else the last other state named.
     */
    static String thereState(Reading r, int there, String from) {
        List<String> here = placeStates(r, there);
        String known = lastDestination(r.model, from);
        if (known != null && here.stream().allMatch(state -> state.equals(from)) && r.model.lastPlaceStates.contains(known)) {
            return known; // "Qatar has hosted a Turkish base since ... Saudi Arabia ...". "Turkish troops have been stationed there"
        }
        for (List<String> states : List.of(here, r.model.lastPlaceStates)) {
            for (int i = states.size() - 1; i >= 0; i--) {
                if (!states.get(i).equals(from)) {
                    return states.get(i);
                }
            }
        }
        return DeploymentWording.lastOther(r, from);
    }

    /** Where the story last placed {@code from}'s forces, or null. */
    private static String lastDestination(ArticleModel model, String from) {
        for (int i = model.deployments.size() - 1; i >= 0 && from != null; i--) {
            DeploymentEvent e = model.deployments.get(i);
            if (from.equals(e.from()) && e.to() != null) {
                return e.to();
            }
        }
        return null;
    }

    /** The states of the countries and located places named before token {@code to}, in order. */
    static List<String> placeStates(Reading r, int to) {
        List<String> states = new java.util.ArrayList<>();
        for (Mention m : r.mentions.all()) {
            if (m.to() > to) {
                break;
            }
            Node n = r.model.node(m.key());
            if (m.kind() == Mention.Kind.COUNTRY && m.use() != Mention.Use.MODIFIER && !r.triggers.is(m.to(), "TROOP")) {
                states.add(m.key());
            } else if (m.kind() == Mention.Kind.LOCATION && n != null && n.attr("country") != null) {
                states.add(n.attr("country"));
            }
        }
        return states;
    }
}
