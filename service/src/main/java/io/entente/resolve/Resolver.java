package io.entente.resolve;

import io.entente.extract.ArticleGraph;
import io.entente.extract.Entity;
import io.entente.resolve.GraphSnapshot.KnownDeployment;
import io.entente.resolve.GraphSnapshot.KnownEntity;
import io.entente.resolve.GraphSnapshot.KnownTreaty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves one article's local entity keys to canonical graph ids, deterministically: the
 * gazetteer first, then an existing node with the same id, then the label's merge rule against
 * nodes already in the graph (or earlier in the same article), else a new node. The graph is
 * asked once per article, through {@link GraphState}.
 */
public final class Resolver {

    private final Proposals proposals;

    public Resolver(ReferenceData reference) {
        this.proposals = new Proposals(reference);
    }

    /** One article's extracted graph with what resolution needs to know about the article. */
    public record Input(ArticleGraph graph, String articleId, String publishedDate) {
    }

    public ResolvedGraph resolve(ArticleGraph graph, String articleId, String publishedDate, GraphState state) {
        return resolveAll(List.of(new Input(graph, articleId, publishedDate)), state).getFirst();
    }

    /**
     * Resolves several articles written in one transaction: one question to the graph for all
     * of them, and each article sees the nodes the earlier ones resolved to.
     */
    public List<ResolvedGraph> resolveAll(List<Input> inputs, GraphState state) {
        List<List<Proposal>> proposed = new ArrayList<>();
        List<Proposal> all = new ArrayList<>();
        for (Input in : inputs) {
            List<Proposal> forArticle = new ArrayList<>();
            for (Entity e : in.graph().entities()) {
                Proposal p = proposals.propose(e, in.graph(), in.publishedDate());
                if (p != null) {
                    forArticle.add(p);
                }
            }
            proposed.add(forArticle);
            all.addAll(forArticle);
        }
        Decisions decisions = new Decisions(all.isEmpty() ? GraphSnapshot.EMPTY : state.load(needs(all)));
        List<ResolvedGraph> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            Map<String, RelationResolver.NodeRef> idByKey = new HashMap<>();
            NodeMerger nodes = new NodeMerger();
            for (Proposal p : proposed.get(i)) {
                Match m = decisions.decide(p);
                String id = m == null ? p.newId() : m.id();
                idByKey.put(p.entity().key(), new RelationResolver.NodeRef(p.label(), id));
                nodes.add(p, id, m == null ? null : m.rule());
            }
            List<ResolvedRelation> relations = new RelationResolver(in.articleId())
                    .resolve(in.graph().relations(), idByKey, nodes);
            out.add(new ResolvedGraph(in.articleId(), nodes.nodes(), relations));
        }
        return out;
    }

    static GraphNeeds needs(List<Proposal> proposed) {
        Map<String, Set<String>> ids = new HashMap<>();
        Set<String> countries = new HashSet<>();
        Set<String> partyKeys = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (Proposal p : proposed) {
            if (p.gazetteer() != null || p.label().equals("Country")) {
                continue;
            }
            Set<String> forLabel = ids.computeIfAbsent(p.label(), k -> new HashSet<>());
            forLabel.add(p.newId());
            forLabel.addAll(p.aliasIds());
            switch (p.label()) {
                case "Person" -> {
                    if (p.country() != null) {
                        countries.add(p.country());
                    }
                }
                case "Treaty" -> partyKeys.add((String) p.prop("partyKey"));
                case "TroopDeployment" -> pairs.add((String) p.prop("pairKey"));
                default -> { }
            }
        }
        return new GraphNeeds(ids, countries, partyKeys, pairs);
    }

    /** The per-label merge decisions; nodes decided earlier in the article count as existing. */
    private static final class Decisions {
        private final GraphSnapshot snapshot;
        private final Map<String, Set<String>> seenIds = new HashMap<>();
        private final Map<String, List<KnownEntity>> seenPeople = new HashMap<>();
        private final Map<String, List<KnownTreaty>> seenTreaties = new HashMap<>();
        private final Map<String, List<KnownDeployment>> seenDeployments = new HashMap<>();

        Decisions(GraphSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        Match decide(Proposal p) {
            Match m = p.label().equals("Country") ? null : p.gazetteer() != null ? p.gazetteer() : byRule(p);
            remember(p, m == null ? p.newId() : m.id());
            return m;
        }

        private Match byRule(Proposal p) {
            if (p.label().equals("TroopDeployment")) {
                List<KnownDeployment> known = concat(snapshot.deployments((String) p.prop("pairKey")),
                        seenDeployments.get((String) p.prop("pairKey")));
                return DeploymentRules.match((String) p.prop("date"), known);
            }
            if (exists(p.label(), p.newId())) {
                return new Match(p.newId(), Match.EXACT_NAME);
            }
            if (p.label().equals("Treaty") && ((List<?>) p.prop("parties")).size() >= 2) {
                String key = (String) p.prop("partyKey");
                Match m = TreatyRules.match(p.names(), (String) p.prop("signedDate"),
                        concat(snapshot.treaties(key), seenTreaties.get(key)));
                if (m != null) {
                    return m;
                }
            }
            for (String id : p.aliasIds()) {
                if (exists(p.label(), id)) {
                    return new Match(id, Match.ALIAS_OVERLAP);
                }
            }
            if (p.label().equals("Person") && p.country() != null) {
                return PersonRules.match(p.names(), concat(snapshot.people(p.country()), seenPeople.get(p.country())));
            }
            return null;
        }

        private boolean exists(String label, String id) {
            return snapshot.exists(label, id) || seenIds.getOrDefault(label, Set.of()).contains(id);
        }

        private void remember(Proposal p, String id) {
            seenIds.computeIfAbsent(p.label(), k -> new HashSet<>()).add(id);
            switch (p.label()) {
                case "Person" -> {
                    if (p.country() != null) {
                        seenPeople.computeIfAbsent(p.country(), k -> new ArrayList<>())
                                .add(new KnownEntity(id, p.name(), p.names(), p.country()));
                    }
                }
                case "Treaty" -> seenTreaties.computeIfAbsent((String) p.prop("partyKey"), k -> new ArrayList<>())
                        .add(new KnownTreaty(id, p.name(), p.names(), (String) p.prop("partyKey"), (String) p.prop("signedDate")));
                case "TroopDeployment" -> {
                    String date = (String) p.prop("date");
                    seenDeployments.computeIfAbsent((String) p.prop("pairKey"), k -> new ArrayList<>())
                            .add(new KnownDeployment(id, (String) p.prop("pairKey"), date, date));
                }
                default -> { }
            }
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            if (b == null || b.isEmpty()) {
                return a;
            }
            List<T> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** Entities of one article that resolved to the same node become one node with all their names. */
    static final class NodeMerger {
        private final Map<String, ResolvedNode> byId = new LinkedHashMap<>();

        void add(Proposal p, String id, String rule) {
            String key = p.label() + "\u0000" + id;
            ResolvedNode old = byId.get(key);
            if (old == null) {
                byId.put(key, new ResolvedNode(p.label(), id, p.name(), p.names(), p.props(), rule));
                return;
            }
            List<String> aliases = new ArrayList<>(old.aliases());
            p.names().stream().filter(n -> !aliases.contains(n)).forEach(aliases::add);
            Map<String, Object> props = new LinkedHashMap<>(p.props());
            props.putAll(old.props());
            byId.put(key, new ResolvedNode(old.label(), id, old.name(), aliases, props, old.rule() != null ? old.rule() : rule));
        }

        ResolvedNode node(String label, String id) {
            return byId.get(label + "\u0000" + id);
        }

        List<ResolvedNode> nodes() {
            return List.copyOf(byId.values());
        }
    }
}
