package io.entente.api;

import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Loads the nested details of every node of one type in a request with a single statement
 * ({@code UNWIND $eids}), however many fields of those details the query selects.
 */
final class DetailsLoader {

    private DetailsLoader() {
    }

    static void register(BatchLoaderRegistry registry, String name, GraphReader graph, String cypher) {
        registry.<String, Map<String, Object>>forName(name).registerMappedBatchLoader((eids, env) ->
                Mono.fromCallable(() -> load(graph, cypher, eids)));
    }

    static CompletableFuture<Map<String, Object>> load(DataLoader<String, Map<String, Object>> loader, Map<String, Object> node) {
        return loader.load(Values.str(node, "eid"));
    }

    static List<Event> events(Map<String, Object> details, String column) {
        return Values.maps(details, column).stream().map(Event::of).toList();
    }

    private static Map<String, Map<String, Object>> load(GraphReader graph, String cypher, Set<String> eids) {
        Map<String, Map<String, Object>> result = new HashMap<>();
        for (Map<String, Object> row : graph.rows(cypher, Map.of("eids", List.copyOf(eids)))) {
            result.put(Values.str(row, "eid"), row);
        }
        eids.forEach(eid -> result.putIfAbsent(eid, Map.of()));
        return result;
    }
}
