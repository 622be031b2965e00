package io.entente.api;

import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

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

    private static final String CYPHER = """
            UNWIND $ids AS relId
            CALL (relId) {
              MATCH (e:Evidence {relId: relId})-[:IN]->(a:Article)
              WITH e, a ORDER BY toString(a.publishedAt) DESC, a.id, e.start LIMIT $limit
              RETURN collect(e {.sentence, .start, .end, .confidence, .claimStatus, .date, .troops,
                                article: %s}) AS evidence
            }
            RETURN relId, evidence""".formatted(Cypher.article("a"));

    /** One event's evidence, at most {@code limit} sentences. */
    record Key(String relId, int limit) { }

    private final GraphReader graph;

    EvidenceLoader(GraphReader graph, BatchLoaderRegistry registry) {
        this.graph = graph;
        registry.<Key, List<EvidenceView>>forName(NAME)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
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
