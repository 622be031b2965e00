package io.entente.api;

import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Loads the evidence of every event of a request in one statement per distinct page size:
 * the Evidence nodes are found by their indexed relId.
 */
@Component
class EvidenceLoader {

    static final String NAME = "evidence";

    /** Newest article first; what {@code Event.evidence(first)} lists. */
    private static final String ORDER = "ORDER BY toString(a.publishedAt) DESC, a.id, e.start";
    private static final String PROJECTION = "e {.sentence, .start, .end, .confidence, .claimStatus, .date, .troops, article: "
            + Cypher.article("a") + "}";
    private static final String CYPHER = """
            UNWIND $ids AS relId
            CALL (relId) {
              MATCH (e:Evidence {relId: relId})-[:IN]->(a:Article)
              WITH e, a %s LIMIT $limit
              RETURN collect(%s) AS evidence
            }
            RETURN relId, evidence""".formatted(ORDER, PROJECTION);

    /** One event's evidence, at most {@code limit} sentences. */
    record Key(String relId, int limit) { }

    private final GraphReader graph;

    EvidenceLoader(GraphReader graph, BatchLoaderRegistry registry) {
        this.graph = graph;
        registry.<Key, List<EvidenceView>>forName(NAME)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    /** The {@code first} an {@code evidence} field was given, checked, with its default. */
    static int limit(Object first) {
        return Inputs.atLeast("first", first instanceof Integer i ? i : null, 20, 0, 100);
    }

    /**
     * An expression, for a statement that already holds relationship {@code r}, listing the
     * evidence of {@code r} as this loader would (at most {@code $evidenceLimit} rows), so that a
     * root field can fetch it in its own statement and {@link #prime} the loader with it.
     */
    static String inline(String r) {
        return "COLLECT { MATCH (e:Evidence {relId: " + r + ".id})-[:IN]->(a:Article) WITH e, a " + ORDER
                + " LIMIT $evidenceLimit RETURN " + PROJECTION + " }";
    }

    /** Seeds the request's loader with rows from {@link #inline} for each limit the selection asked for. */
    static void prime(DataLoader<Key, List<EvidenceView>> loader, String relId, Collection<Integer> limits,
                      List<Map<String, Object>> rows) {
        List<EvidenceView> all = rows.stream().map(EvidenceView::of).toList();
        for (int limit : limits) {
            loader.prime(new Key(relId, limit), all.subList(0, Math.min(limit, all.size())));
        }
    }

    static CompletableFuture<List<EvidenceView>> load(DataLoader<Key, List<EvidenceView>> loader, String relId, int limit) {
        return loader.load(new Key(relId, limit));
    }

    private Map<Key, List<EvidenceView>> load(Set<Key> keys) {
        Map<Key, List<EvidenceView>> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(Key::limit)).forEach((limit, group) -> {
            List<String> ids = group.stream().map(Key::relId).distinct().toList();
            for (Map<String, Object> row : graph.rows(CYPHER, Map.of("ids", ids, "limit", limit))) {
                result.put(new Key(Values.str(row, "relId"), limit),
                        Values.maps(row, "evidence").stream().map(EvidenceView::of).toList());
            }
        });
        keys.forEach(k -> result.putIfAbsent(k, List.of()));
        return result;
    }
}
