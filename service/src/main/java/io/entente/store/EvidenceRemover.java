package io.entente.store;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a changed article's old version out of the graph: its MENTIONS and Evidence go, and the
 * relationships they supported get their derived properties recomputed from the evidence left,
 * or are deleted when none is left. The nodes it mentioned are handed to {@link NodeSweep}, which
 * runs once the new version is written.
 */
final class EvidenceRemover {

    private static final String DELETE = """
            MATCH (a:Article {id: $articleId})
            OPTIONAL MATCH (a)-[m:MENTIONS]->(n)
            WITH collect({eid: elementId(n), label: head(labels(n))}) AS mentioned, collect(m) AS mentions
            FOREACH (m IN mentions | DELETE m)
            WITH mentioned
            OPTIONAL MATCH (e:Evidence {articleId: $articleId})
            WITH mentioned, collect(e) AS evidence
            WITH mentioned, evidence, [e IN evidence | {id: e.relId, type: e.type}] AS relations
            FOREACH (e IN evidence | DETACH DELETE e)
            RETURN relations, mentioned""";

    private static final String REMAINING = """
            UNWIND $relIds AS relId
            OPTIONAL MATCH (e:Evidence {relId: relId})-[:IN]->(a:Article)
            RETURN relId, collect(e {.*, published: a.publishedAt}) AS evidence""";

    private final TransactionContext tx;

    EvidenceRemover(TransactionContext tx) {
        this.tx = tx;
    }

    /** Removes the article's old version; returns the nodes it mentioned (element id and label). */
    List<NodeSweep.Node> remove(String articleId) {
        Result deleted = tx.run(DELETE, Map.of("articleId", articleId));
        Record removed = deleted.single();
        Map<String, String> typeById = new HashMap<>();
        removed.get("relations").asList(Value::asMap)
                .forEach(r -> typeById.put((String) r.get("id"), (String) r.get("type")));
        List<NodeSweep.Node> mentioned = removed.get("mentioned").asList(v -> new NodeSweep.Node(
                v.get("eid").asString(), v.get("label").asString()));
        count(deleted);
        if (typeById.isEmpty()) {
            return mentioned;
        }
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> orphans = new ArrayList<>();
        for (Record r : tx.run(REMAINING, Map.of("relIds", List.copyOf(typeById.keySet()))).list()) {
            String id = r.get("relId").asString();
            List<DerivedProperties.Source> sources = r.get("evidence").asList(v -> {
                Map<String, Object> ev = v.asMap();
                return new DerivedProperties.Source(ev, (String) ev.get("published"));
            });
            if (sources.isEmpty()) {
                orphans.add(Map.of("id", id, "type", typeById.get(id)));
            } else {
                Map<String, Object> props = new HashMap<>();
                DerivedProperties.KEYS.forEach(k -> props.put(k, null)); // a key no source supports any more goes
                props.putAll(DerivedProperties.fold(sources));
                updates.add(Map.of("id", id, "type", typeById.get(id), "props", props));
            }
        }
        RelationStatements.run(tx, RelationStatements.SET, updates, EvidenceRemover::count);
        RelationStatements.run(tx, RelationStatements.DELETE, orphans, EvidenceRemover::count);
        return mentioned;
    }

    private static void count(Result result) {
        result.consume();
    }
}
