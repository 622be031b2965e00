package io.entente.store;

import io.entente.extract.Article;
import io.entente.resolve.Names;
import io.entente.resolve.ResolvedGraph;
import io.entente.resolve.ResolvedNode;
import io.entente.resolve.ResolvedRelation;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes resolved articles inside one transaction: their entity nodes (one
 * UNWIND per label), their event relationships with derived properties, and one Evidence node
 * per relationship and article. Every value travels as a parameter; the number of statements
 * does not grow with the number of articles.
 */
final class GraphWriter {

    /** One article to write: the input, who it is, and its graph in canonical ids. */
    record Item(Article article, ArticleIdentity identity, ResolvedGraph graph) {
    }

    private final TransactionContext tx;
    private int nodesCreated;
    private int relationshipsCreated;

    GraphWriter(TransactionContext tx) {
        this.tx = tx;
    }

    /** Writes the items' graphs; their Article nodes were written when they were locked. */
    void write(List<Item> items) {
        Map<String, String> elementIds = writeNodes(items);
        writeRelations(items, elementIds);
    }

    int nodesCreated() {
        return nodesCreated;
    }

    int relationshipsCreated() {
        return relationshipsCreated;
    }

    private Map<String, String> writeNodes(List<Item> items) {
        NodeRows nodeRows = new NodeRows();
        for (Item item : items) {
            Map<String, String> locations = locationIds(item.graph().nodes());
            item.graph().nodes().forEach(n -> nodeRows.add(item.identity().id(), item.identity().publishedDate(), n,
                    n.props().get("location") instanceof String name ? locations.get(Names.normalise(name)) : null));
        }
        Map<String, List<Map<String, Object>>> byLabel = nodeRows.rows();
        Map<String, String> elementIds = new HashMap<>();
        byLabel.forEach((label, rows) -> {
            Result result = tx.run(NodeStatements.BY_LABEL.get(label), Map.of("rows", rows));
            for (Record r : result.list()) {
                elementIds.put(label + "\u0000" + r.get("id").asString(), r.get("eid").asString());
            }
            count(result);
        });
        return elementIds;
    }

    /** The article's Location nodes by every normalised name they go by. */
    private static Map<String, String> locationIds(List<ResolvedNode> nodes) {
        Map<String, String> ids = new HashMap<>();
        for (ResolvedNode n : nodes) {
            if (n.label().equals("Location")) {
                ids.putIfAbsent(Names.normalise(n.name()), n.id());
                n.aliases().forEach(a -> ids.putIfAbsent(Names.normalise(a), n.id()));
            }
        }
        return ids;
    }

    private void writeRelations(List<Item> items, Map<String, String> elementIds) {
        Map<String, Map<String, Object>> lockRows = new LinkedHashMap<>();
        Map<String, List<DerivedProperties.Source>> sources = new HashMap<>();
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Item item : items) {
            for (ResolvedRelation r : item.graph().relations()) {
                if (!EventTypes.ALL.contains(r.type())) {
                    continue;
                }
                lockRows.computeIfAbsent(r.id(), id -> Map.of("id", id, "type", r.type(),
                        "articleId", item.identity().id(),
                        "s", elementIds.get(r.subjectLabel() + "\u0000" + r.subjectId()),
                        "o", elementIds.get(r.objectLabel() + "\u0000" + r.objectId())));
                sources.computeIfAbsent(r.id(), id -> new ArrayList<>())
                        .add(new DerivedProperties.Source(r.evidence(), item.identity().publishedDate()));
                evidence.add(r.evidence());
            }
        }
        if (lockRows.isEmpty()) {
            return;
        }
        List<Map<String, Object>> lock = lockRows.values().stream()
                .sorted(Comparator.comparing((Map<String, Object> row) -> (String) row.get("type"))
                        .thenComparing(row -> (String) row.get("id"))).toList();
        List<Map<String, Object>> updates = new ArrayList<>();
        Result locked = tx.run(RelationStatements.LOCK, Map.of("rows", lock));
        for (Record rec : locked.list()) {
            String id = rec.get("id").asString();
            Map<String, Object> props = rec.get("props").asMap();
            for (DerivedProperties.Source source : sources.get(id)) {
                props = DerivedProperties.add(props, source);
            }
            updates.add(Map.of("eid", rec.get("eid").asString(), "props", props));
        }
        count(locked);
        // Evidence is created, not merged: it is written only by the transaction that holds its
        // Article node's lock, after its old evidence was removed, and its ids are distinct (one
        // per relationship and article); the unique constraint would still refuse a duplicate.
        count(tx.run(RelationStatements.SET_AND_ADD_EVIDENCE, Map.of("relations", updates, "evidence", evidence)));
    }

    private void count(Result result) {
        SummaryCounters c = result.consume().counters();
        nodesCreated += c.nodesCreated() - c.nodesDeleted();
        relationshipsCreated += c.relationshipsCreated() - c.relationshipsDeleted();
    }
}
