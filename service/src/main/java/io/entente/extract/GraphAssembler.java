package io.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article model into its graph: settles deployments (one per sender/receiver pair,
 * half-known mentions joined to the one they can only mean), adds PARTY_TO, HOLDS_OFFICE and
 * treaty alliances, keeps the best evidence per relation, and drops relations with a missing end.
 */
final class GraphAssembler {

    private static final Set<String> SYMMETRIC = Set.of("ALLIED_WITH", "MET_WITH");

    /** Descriptions that name a person without giving an office: "an outspoken cleric", "a rights activist". */
    private static final Set<String> CALLINGS = Set.of("Cleric", "Bishop", "Activist", "Politician");

    /**
     * Bodies that sign for their state: the state's own signature duplicates theirs. Any other body
     * that signs beside its state is the other side ("Congo and the M23 signed a declaration").
     */
    private static final Set<String> STATE_ORGANS = Set.of("legislature", "ministry", "military", "intelligence", "executive");

    private GraphAssembler() {
    }

    static ArticleGraph assemble(String articleId, ArticleModel model, String extractor, String version) {
        List<Draft> drafts = new ArrayList<>(model.drafts);
        Map<String, String> deploymentKeys = Deployments.settle(model, drafts);
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.object().startsWith(Draft.DEPLOYMENT)) {
                String key = deploymentKeys.get(d.object());
                drafts.set(i, key != null ? d.withEnds(d.subject(), key) : condemnedSender(model, d));
            }
        }
        drafts.removeIf(java.util.Objects::isNull);
        for (int i = 0; i < drafts.size(); i++) { // "It was signed by X" later in the story: the signing's date
            Draft d = drafts.get(i);
            Node t = model.node(d.object());
            if (d.type().equals("SIGNED") && d.date() == null && t != null && t.attr("signedDate") != null) {
                drafts.set(i, new Draft(d.type(), d.subject(), d.object(), t.attr("signedDate"), d.attrs(), d.status(), d.sentence(), d.confidence()));
            }
        }
        Set<String> eventful = new java.util.HashSet<>();
        drafts.forEach(d -> eventful.add(d.object()));
        for (Node t : model.treaties()) {
            if (!eventful.contains(t.key) && !Boolean.TRUE.equals(t.attrs.get("_named")) && ArticleModel.parties(t).size() < 2) {
                continue; // "the agreement took effect last year": background, no event of the story; one with two known parties stays
            }
            Set<String> parties = ArticleModel.parties(t);
            for (String p : parties) {
                model.country(p);
                drafts.add(new Draft("PARTY_TO", p, t.key, null, Map.of(), ClaimStatus.ASSERTED, firstSentence(model), 0.7));
            }
            if (t.attrs.get("_alliance") instanceof Sentence s) { // a mutual defence pact allies every pair of parties
                List<String> all = List.copyOf(parties);
                for (int i = 0; i < all.size(); i++) {
                    for (int j = i + 1; j < all.size(); j++) {
                        drafts.add(new Draft("ALLIED_WITH", all.get(i), all.get(j), null, Map.of(), ClaimStatus.ASSERTED, s, 0.6));
                    }
                }
            }
        }
        for (Node n : List.copyOf(model.nodes.values())) {
            if (n.type.equals("Person") && n.officeSentence == null && KnownPeople.inOffice(n, model.published)) {
                drafts.add(new Draft("HOLDS_OFFICE", n.key, n.attr("country"), null, Map.of("role", n.attr("role")),
                        ClaimStatus.ASSERTED, n.knownSentence, 0.6)); // the gazetteer's office-holder named without a title
            }
            if (n.type.equals("Person") && n.officeSentence != null && !CALLINGS.contains(n.attr("role"))) {
                if (n.officeOrg == null && n.attr("country") == null) {
                    String c = n.attr("_context") != null ? n.attr("_context") : model.homeCountry();
                    if (n.attr("_context") == null && model.dateline != null && counterpartState(model, n, c)) {
                        c = model.dateline; // "LIMA - Foreign Minister X met U.S. Secretary of State Y": not Y's state
                    }
                    if (c != null) {
                        n.attrs.put("country", c);
                        model.country(c); // the dateline's state may be named nowhere else
                    }
                }
                String office = n.officeOrg != null ? n.officeOrg : n.attr("country");
                if (office != null) {
                    drafts.add(new Draft("HOLDS_OFFICE", n.key, office, null, Map.of("role", n.attr("role")),
                            ClaimStatus.ASSERTED, n.officeSentence, 0.8));
                }
            }
        }
        List<Draft> kept = dedupe(drafts, model);
        Set<String> used = new LinkedHashSet<>();
        kept.forEach(d -> {
            used.add(d.subject());
            used.add(d.object());
        });
        List<Entity> entities = new ArrayList<>();
        for (Node n : model.nodes.values()) {
            if (keep(n, used)) {
                entities.add(n.toEntity());
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        entities.forEach(e -> keys.add(e.key()));
        List<Relation> relations = new ArrayList<>();
        for (Draft d : kept) {
            if (keys.contains(d.subject()) && keys.contains(d.object())) {
                relations.add(new Relation(d.type(), d.subject(), d.object(), d.date(), d.attrs(), d.status(),
                        evidence(d, extractor, version)));
            }
        }
        return new ArticleGraph(articleId, entities, relations);
    }

    /** Whether {@code state} is the office of another person titled in {@code p}'s own office sentence: a counterpart's. */
    private static boolean counterpartState(ArticleModel model, Node p, String state) {
        return state != null && model.nodes.values().stream().anyMatch(o -> o != p && o.type.equals("Person")
                && o.officeSentence == p.officeSentence && state.equals(o.attr("country")));
    }

    private static boolean keep(Node n, Set<String> used) {
        return switch (n.type) {
            case "Treaty" -> used.contains(n.key);
            case "Location" -> used.contains(n.key) || n.standalone;
            default -> n.standalone || used.contains(n.key);
        };
    }

    private static Sentence firstSentence(ArticleModel model) {
        return model.drafts.isEmpty() ? null : model.drafts.getFirst().sentence();
    }

    /** One relation per (type, subject, object); a body and the country it belongs to count once. */
    private static List<Draft> dedupe(List<Draft> drafts, ArticleModel model) {
        Map<String, Draft> best = new LinkedHashMap<>();
        Comparator<Draft> better = Comparator.comparingInt((Draft d) -> d.status() == ClaimStatus.ASSERTED ? 1 : 0)
                .thenComparingDouble(Draft::confidence);
        for (Draft d : drafts) {
            if (d.subject() == null || d.object() == null || d.subject().equals(d.object())) {
                continue;
            }
            String a = d.subject();
            String b = d.object();
            if (SYMMETRIC.contains(d.type()) && a.compareTo(b) > 0) {
                String x = a;
                a = b;
                b = x;
            }
            String key = d.type() + "|" + a + "|" + b;
            Draft old = best.get(key);
            if (old == null) {
                best.put(key, d);
            } else {
                best.put(key, better.compare(d, old) > 0 ? merge(d, old) : merge(old, d));
            }
        }
        Map<String, Set<String>> bodySubjects = new HashMap<>();
        for (Draft d : best.values()) {
            Node s = model.node(d.subject());
            if (s != null && s.type.equals("Organization") && s.attr("country") != null
                    && (STATE_ORGANS.contains(s.attr("kind")) || !d.type().equals("SIGNED"))) {
                bodySubjects.computeIfAbsent(d.type() + "|" + d.object(), k -> new LinkedHashSet<>()).add(speaker(d, s.attr("country")));
            }
        }
        Set<String> condemnedStates = new java.util.HashSet<>();
        for (Draft d : best.values()) {
            if (d.type().equals("CONDEMNED") && model.node(d.object()) != null && model.node(d.object()).type.equals("Country")) {
                condemnedStates.add(d.subject() + "|" + d.object());
            }
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : best.values()) {
            Node target = model.node(d.object());
            if (d.type().equals("CONDEMNED") && target != null && target.type.equals("Person")
                    && condemnedStates.contains(d.subject() + "|" + target.attr("country"))) {
                continue; // "accused the island's government" and "called its prime minister a vassal": one condemnation
            }
            Set<String> viaBody = bodySubjects.get(d.type() + "|" + d.object());
            if (viaBody != null && viaBody.contains(speaker(d, d.subject())) && !d.type().equals("PARTY_TO")) {
                continue; // "the Duma ratified" and "Russia ratified" are one ratification
            }
            out.add(d);
        }
        return out;
    }

    /**
     * Who stands behind a draft for merging a body's relation with its state's. A condemnation is
     * also told by its sentence: a state's own condemnation in another sentence than its ministry's
     * is a statement of its own.
     */
    private static String speaker(Draft d, String state) {
        return d.type().equals("CONDEMNED") ? state + "@" + d.sentence().start() : state;
    }

    /**
     * "Vietnam condemned China's deployment of a survey ship": a condemned deployment that the story
     * never completes (no receiving state) condemns the state that sent it, not the subject's own.
     */
    private static Draft condemnedSender(ArticleModel model, Draft d) {
        String from = d.object().substring(Draft.DEPLOYMENT.length()).split(":")[0];
        Node subject = model.node(d.subject());
        String own = subject == null ? null : subject.type.equals("Country") ? subject.key : subject.attr("country");
        if (!d.type().equals("CONDEMNED") || from.equals("?") || from.equals(d.subject()) || from.equals(own)) {
            return null;
        }
        model.country(from);
        return d.withEnds(d.subject(), from);
    }

    /** Keeps the better evidence but not a date or attribute the other one had. */
    private static Draft merge(Draft better, Draft other) {
        String date = better.date() != null ? better.date() : other.date();
        Map<String, Object> attrs = new LinkedHashMap<>(other.attrs());
        attrs.putAll(better.attrs());
        return new Draft(better.type(), better.subject(), better.object(), date, attrs, better.status(), better.sentence(), better.confidence());
    }

    private static Evidence evidence(Draft d, String extractor, String version) {
        Sentence s = d.sentence();
        if (s == null) {
            return new Evidence("", 0, 0, d.confidence(), extractor, version);
        }
        return s.title()
                ? new Evidence(s.text(), 0, 0, d.confidence(), extractor, version)
                : new Evidence(s.text(), s.start(), s.end(), d.confidence(), extractor, version);
    }
}
