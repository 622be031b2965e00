package io.entente.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything known about one article while it is read in order: its entities, which countries
 * and treaties were mentioned last (for anaphora), short forms of people's names (for
 * coreference), and the relations found so far.
 */
final class ArticleModel {

    final String text;
    final LocalDate published;
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<Draft> drafts = new ArrayList<>();
    final List<DeploymentEvent> deployments = new ArrayList<>();
    /** Country keys, most recently mentioned last. */
    private final List<String> recentCountries = new ArrayList<>();
    private final Map<String, Integer> mentionCounts = new java.util.HashMap<>();
    private final Map<String, Integer> placeMentions = new java.util.HashMap<>();
    /** The deployment reference or treaty key the article spoke of last ("the move", "the claims"). */
    String lastEvent;
    /** The deployment reference the article spoke of last. */
    String lastDeployment;
    /** The country that headed the last sentence's main clause, and that sentence's index. */
    String lastSubjectCountry;
    /** The actor heading the last sentence that had one: whose "statements" a later sentence rebukes. */
    String lastHeadActor;
    /** The states of the places the last sentence with places named, in order: what "there" may mean. */
    List<String> lastPlaceStates = List.of();
    /** The state that carried out the attack the story named last ("Israel's strike on Qatar"). */
    String lastAttacker;
    /** Every attacker the story named, the latest last. */
    final List<String> attackers = new ArrayList<>();
    /** Offices named with their state but no holder ("the U.S. ambassador"), for a later bare "Ambassador X". */
    final Map<String, String> unnamedOffices = new java.util.HashMap<>();
    /** The state where power was last seized ("soldiers seized power in Niger"), for "condemned the coup". */
    String lastCoupState;
    /** The state the story's last aid went to: later aid with no recipient named goes there too. */
    String lastAidRecipient;
    /** The treaty of the last "law approving the agreement" the story named: what a later "the bill" passes. */
    String lawTreaty;
    /** The state that held the vote the story named last ("Venezuela held a vote"), for "condemned the election". */
    String lastVoteState;
    /** Acronyms the article defined for bodies the gazetteer lacks ("SSPDF"), to their keys. */
    final Map<String, String> articleAcronyms = new LinkedHashMap<>();
    /** The country of a sentence-opening "In Kampala," and that sentence's index. */
    String sceneCountry;
    /** The body a sentence opens at, "At the United Nations, spokesman X said": the office of a bare title there. */
    String sceneBody;
    int sceneSentence = Integer.MIN_VALUE;
    int lastSubjectSentence = Integer.MIN_VALUE;
    /** The state that opened the last sentence as its subject ("Nicosia has ...", "France's footprint is ..."): what a next "It" is. */
    String openingState;
    int openingSentence = Integer.MIN_VALUE;
    /** Person keys in the order they were last mentioned, most recent last ("the two leaders"). */
    final List<String> recentPeople = new ArrayList<>();
    final java.util.Set<String> mentionedBodies = new java.util.HashSet<>();
    /** The accession treaty named last ("Sweden's bid to join NATO"), for "Sweden's accession protocol". */
    String lastAccession;
    /** The country of the dateline ("CHISINAU - ..."), if any. */
    String dateline;
    /** The host of the peacekeeping force the story last spoke of, and in which sentence (MissionContributors). */
    String missionHost;
    int missionSentence = Integer.MIN_VALUE;
    private final Map<String, String> personShortForms = new LinkedHashMap<>();
    private final List<String> treaties = new ArrayList<>();
    private String currentTreaty;
    int treatySentence = Integer.MIN_VALUE;

    ArticleModel(String text, LocalDate published) {
        this.text = text;
        this.published = published;
    }

    Node node(String key) {
        return nodes.get(key);
    }

    /** The state of a node: the node itself for a country, else its {@code country} attribute; null if unknown. */
    String countryOf(String key) {
        Node n = nodes.get(key);
        return n == null ? null : n.type.equals("Country") ? n.key : n.attr("country");
    }

    Node country(String iso3) {
        Node n = nodes.computeIfAbsent(iso3, k -> {
            Gazetteer.CountryInfo info = Gazetteer.get().country(k);
            Node c = new Node(k, "Country", info == null ? k : info.name());
            c.standalone = true;
            return c;
        });
        recentCountries.remove(iso3);
        recentCountries.add(iso3);
        mentionCounts.merge(iso3, 1, Integer::sum);
        return n;
    }

    /** How many times the story has named this country so far. */
    int mentions(String iso3) {
        return mentionCounts.getOrDefault(iso3, 0);
    }

    /** Countries named as the city of an embassy ("the Russian embassy in Abuja"), with how often. */
    final Map<String, Integer> embassyHosts = new java.util.HashMap<>();

    /** Takes back one mention of a country that turned out to name something else ("the Vienna Convention"). */
    void unmentionCountry(String iso3) {
        Integer count = mentionCounts.merge(iso3, -1, Integer::sum);
        if (count != null && count <= 0) {
            mentionCounts.remove(iso3);
            recentCountries.remove(iso3);
            nodes.remove(iso3);
        }
    }

    /**
     * The country the article is written from: its dateline's, else the most mentioned one. News
     * style names a home office-holder without nationality ("President X said").
     */
    /** The state whose power was seized last, else the dateline's: whose "junta" or "coup" the story means. */
    String coupState() {
        return lastCoupState != null ? lastCoupState : dateline;
    }

    /** The dateline's state when the story names it: a bare "the foreign ministry" is its. */
    String datelineNamed() {
        return dateline != null && mentionCounts.containsKey(dateline) ? dateline : null;
    }

    /** The dateline's state, else the story's home: where a force named without a place is. */
    String datelineOrHome() {
        return dateline != null ? dateline : homeCountry();
    }

    String homeCountry() {
        if (dateline != null && mentionCounts.containsKey(dateline)) {
            return dateline; // a bureau city ("NAIROBI" for a story on Ethiopia) says nothing when its state is never named
        }
        return mentionCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Countries by how often the article names them, most named first (recency breaks ties). */
    List<String> mostMentioned() {
        List<String> out = new ArrayList<>(recentCountries());
        out.sort(java.util.Comparator.comparingInt((String c) -> mentionCounts.getOrDefault(c, 0)
                + (headlineCountries.contains(c) ? 3 : 0)).reversed());
        return out;
    }

    /** Countries the headline names: the story's main actors, a prior for "the two countries". */
    final Set<String> headlineCountries = new java.util.HashSet<>();

    /** The most recently mentioned countries, most recent first. */
    List<String> recentCountries() {
        List<String> out = new ArrayList<>(recentCountries);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The most recent country among the candidates (a region's members, say), or null. */
    String mostRecentAmong(Set<String> candidates) {
        for (int i = recentCountries.size() - 1; i >= 0; i--) {
            if (candidates.contains(recentCountries.get(i))) {
                return recentCountries.get(i);
            }
        }
        return null;
    }

    Node person(String key, String name) {
        Node p = nodes.computeIfAbsent(key, k -> new Node(k, "Person", name));
        p.standalone = true;
        return p;
    }

    void personShortForm(String form, String key) {
        personShortForms.putIfAbsent(nameKey(form), key);
    }

    String personByShortForm(String form) {
        return personShortForms.get(nameKey(form));
    }

    Node org(String key, String name) {
        return nodes.computeIfAbsent(key, k -> new Node(k, "Organization", name));
    }

    void mentionPlace(String key) {
        placeMentions.merge(key, 1, Integer::sum);
    }

    /** A place read as part of a treaty's name ("the Geneva Agreement") stands alone only if it is named elsewhere. */
    void placeInTreatyName(String key) {
        if (placeMentions.merge(key, -1, Integer::sum) <= 0) {
            node(key).standalone = false;
        }
    }

    Node location(String key, String name) {
        return nodes.computeIfAbsent(key, k -> new Node(k, "Location", name));
    }

    Node newTreaty(String name) {
        String key = "treaty-" + (treaties.size() + 1);
        Node t = new Node(key, "Treaty", name);
        t.attrs.put("parties", new java.util.LinkedHashSet<String>());
        nodes.put(key, t);
        treaties.add(key);
        currentTreaty = key;
        return t;
    }

    List<Node> treaties() {
        return treaties.stream().map(nodes::get).toList();
    }

    String currentTreaty() {
        return currentTreaty;
    }

    void touchTreaty(String key) {
        currentTreaty = key;
    }

    @SuppressWarnings("unchecked")
    static Set<String> parties(Node treaty) {
        return (Set<String>) treaty.attrs.get("parties");
    }

    void add(Draft draft) {
        if (draft.subject() != null && draft.object() != null && !draft.subject().equals(draft.object())) {
            drafts.add(draft);
        }
    }

    /** Folds accents, case and transliteration endings so "Zelenskiy", "Zelensky", "Zelenskyy" agree. */
    static String nameKey(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "");
        if (s.endsWith("iy") || s.endsWith("yy") || s.endsWith("ij")) {
            s = s.substring(0, s.length() - 2) + "y";
        } else if (s.endsWith("ii")) {
            s = s.substring(0, s.length() - 2) + "i";
        }
        return s;
    }

    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
