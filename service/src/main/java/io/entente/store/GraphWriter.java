package io.entente.store;

import io.entente.extract.Article;
import io.entente.resolve.ResolvedGraph;
import io.entente.resolve.ResolvedNode;
import io.entente.resolve.ResolvedRelation;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one resolved article inside its transaction: the Article node, its entity nodes (one
 * UNWIND per label), its event relationships with their derived properties, and one Evidence
 * node per relationship. Every value travels as a parameter.
 */
final class GraphWriter {

    private static final String ARTICLE = """
            MERGE (a:Article {id: $id})
            SET a.title = $title, a.source = $source, a.url = $url, a.publishedAt = $publishedAt,
                a.externalId = $externalId, a.contentHash = $contentHash, a.ingestedAt = datetime(),
                a.extractor = $extractor, a.extractorVersion = $extractorVersion""";

    /**
     * MERGE the relationships and lock them (the SET) before their properties are read, so two
     * transactions adding sources to one event cannot both start from the same count.
     */
    private static final String LOCK_RELATIONS = """
            UNWIND $rows AS row
            MATCH (s) WHERE elementId(s) = row.s
            MATCH (o) WHERE elementId(o) = row.o
            MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
            SET r.lastArticleId = $articleId
            RETURN row.id AS id, elementId(r) AS eid, properties(r) AS props""";

    static final String SET_RELATIONS = """
            UNWIND $rows AS row
            MATCH ()-[r]->() WHERE elementId(r) = row.eid
            SET r += row.props""";

    private static final String EVIDENCE = """
            MATCH (a:Article {id: $articleId})
            UNWIND $rows AS row
            MERGE (e:Evidence {id: row.id})
            SET e += row
            MERGE (e)-[:IN]->(a)""";

    private final TransactionContext tx;
    private int nodesCreated;
    private int relationshipsCreated;

    GraphWriter(TransactionContext tx) {
        this.tx = tx;
    }

    void write(Article article, ArticleIdentity identity, ResolvedGraph graph, String extractor, String version) {
        Map<String, Object> a = new HashMap<>();
        a.put("id", identity.id());
        a.put("title", article.title());
        a.put("source", article.source());
        a.put("url", article.url());
        a.put("publishedAt", identity.publishedDate());
        a.put("externalId", article.id());
        a.put("contentHash", identity.contentHash());
        a.put("extractor", extractor);
        a.put("extractorVersion", version);
        count(tx.run(ARTICLE, a));

        Map<String, String> elementIds = writeNodes(identity.id(), graph.nodes());
        writeRelations(identity, graph.relations(), elementIds);
    }

    int nodesCreated() {
        return nodesCreated;
    }

    int relationshipsCreated() {
        return relationshipsCreated;
    }

    private Map<String, String> writeNodes(String articleId, List<ResolvedNode> nodes) {
        Map<String, List<Map<String, Object>>> byLabel = new LinkedHashMap<>();
        for (ResolvedNode n : nodes) {
            Map<String, Object> row = new HashMap<>(n.props());
            row.put("id", n.id());
            row.put("name", n.name());
            row.put("aliases", n.aliases());
            row.put("mention", n.aliases().isEmpty() ? n.name() : n.aliases().getFirst());
            row.put("rule", n.rule());
            byLabel.computeIfAbsent(n.label(), k -> new ArrayList<>()).add(row);
        }
        Map<String, String> elementIds = new HashMap<>();
        byLabel.forEach((label, rows) -> {
            Result result = tx.run(NodeStatements.BY_LABEL.get(label), Map.of("articleId", articleId, "rows", rows));
            for (Record r : result.list()) {
                elementIds.put(label + "\u0000" + r.get("id").asString(), r.get("eid").asString());
            }
            count(result);
        });
        return elementIds;
    }

    private void writeRelations(ArticleIdentity identity, List<ResolvedRelation> all, Map<String, String> elementIds) {
        List<ResolvedRelation> relations = all.stream().filter(r -> EventTypes.ALL.contains(r.type())).toList();
        if (relations.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, ResolvedRelation> byId = new HashMap<>();
        for (ResolvedRelation r : relations) {
            rows.add(Map.of("id", r.id(), "type", r.type(),
                    "s", elementIds.get(r.subjectLabel() + "\u0000" + r.subjectId()),
                    "o", elementIds.get(r.objectLabel() + "\u0000" + r.objectId())));
            byId.put(r.id(), r);
        }
        Result locked = tx.run(LOCK_RELATIONS, Map.of("rows", rows, "articleId", identity.id()));
        List<Map<String, Object>> updates = new ArrayList<>();
        for (Record rec : locked.list()) {
            ResolvedRelation r = byId.get(rec.get("id").asString());
            Map<String, Object> derived = DerivedProperties.add(rec.get("props").asMap(),
                    new DerivedProperties.Source(r.evidence(), identity.publishedDate()));
            updates.add(Map.of("eid", rec.get("eid").asString(), "props", derived));
        }
        count(locked);
        count(tx.run(SET_RELATIONS, Map.of("rows", updates)));
        List<Map<String, Object>> evidence = relations.stream().map(ResolvedRelation::evidence).toList();
        count(tx.run(EVIDENCE, Map.of("articleId", identity.id(), "rows", evidence)));
    }

    private void count(Result result) {
        SummaryCounters c = result.consume().counters();
        nodesCreated += c.nodesCreated() - c.nodesDeleted();
        relationshipsCreated += c.relationshipsCreated() - c.relationshipsDeleted();
    }
}
