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
 * or are deleted when none is left. Entity nodes stay.
 */
final class EvidenceRemover {

    private static final String DELETE = """
            MATCH (a:Article {id: $articleId})
            OPTIONAL MATCH (a)-[m:MENTIONS]->()
            DELETE m
            WITH DISTINCT a
            OPTIONAL MATCH (e:Evidence {articleId: $articleId})
            WITH collect(e) AS evidence
            WITH evidence, [e IN evidence | e.relId] AS relIds
            FOREACH (e IN evidence | DETACH DELETE e)
            RETURN relIds""";

    private static final String REMAINING = """
            UNWIND $relIds AS relId
            OPTIONAL MATCH (e:Evidence {relId: relId})-[:IN]->(a:Article)
            RETURN relId, collect(e {.*, published: a.publishedAt}) AS evidence""";

    /** The relationship by its id: any event type, found through its type's id constraint index. */
    private static final String FIND = """
            UNWIND $relIds AS relId
            CALL (relId) {
            %s}
            RETURN relId, elementId(startNode(r)) AS s, elementId(endNode(r)) AS o""";

    private static final String DELETE_RELATIONS = """
            UNWIND $rows AS row
            MATCH (s) WHERE elementId(s) = row.s
            MATCH (s)-[r]->(o) WHERE elementId(o) = row.o AND r.id = row.id
            DELETE r""";

    private final TransactionContext tx;

    EvidenceRemover(TransactionContext tx) {
        this.tx = tx;
    }

    void remove(String articleId) {
        Result deleted = tx.run(DELETE, Map.of("articleId", articleId));
        List<String> relIds = deleted.single().get("relIds").asList(Value::asString).stream().distinct().toList();
        count(deleted);
        if (relIds.isEmpty()) {
            return;
        }
        Map<String, Map<String, Object>> ends = new HashMap<>();
        for (Record r : tx.run(FIND.formatted(unionByType()), Map.of("relIds", relIds)).list()) {
            String id = r.get("relId").asString();
            ends.put(id, Map.of("id", id, "s", r.get("s").asString(), "o", r.get("o").asString()));
        }
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> orphans = new ArrayList<>();
        for (Record r : tx.run(REMAINING, Map.of("relIds", relIds)).list()) {
            Map<String, Object> rel = ends.get(r.get("relId").asString());
            if (rel == null) {
                continue;
            }
            List<DerivedProperties.Source> sources = r.get("evidence").asList(v -> {
                Map<String, Object> ev = v.asMap();
                return new DerivedProperties.Source(ev, (String) ev.get("published"));
            });
            if (sources.isEmpty()) {
                orphans.add(rel);
            } else {
                Map<String, Object> props = new HashMap<>();
                DerivedProperties.KEYS.forEach(k -> props.put(k, null)); // a key no source supports any more goes
                props.putAll(DerivedProperties.fold(sources));
                Map<String, Object> update = new HashMap<>(rel);
                update.put("props", props);
                updates.add(update);
            }
        }
        count(tx.run(GraphWriter.SET_RELATIONS, Map.of("rows", updates)));
        count(tx.run(DELETE_RELATIONS, Map.of("rows", orphans)));
    }

    private static String unionByType() {
        StringBuilder union = new StringBuilder();
        for (String type : EventTypes.ALL) {
            union.append(union.isEmpty() ? "  " : "  UNION ")
                    .append("MATCH ()-[r:").append(type).append(" {id: relId}]->() RETURN r\n");
        }
        return union.toString();
    }

    private static void count(Result result) {
        result.consume();
    }
}
