package io.entente.api;

import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Loads the nested details of every node of one type in a request with a single statement
 * ({@code UNWIND $eids}) that computes only the detail columns the request selected: a query for
 * treaties' signers does not pay for their ratifiers, condemnations and articles.
 */
final class DetailsLoader {

    /** One column (a nested field's data) of one node, found by element id. */
    record Key(String eid, String column) { }

    private final GraphReader graph;
    private final String head;
    private final Map<String, String> columns;
    /** One statement per combination of columns; the combinations come from the fixed column names. */
    private final Map<Set<String>, String> statements = new ConcurrentHashMap<>();

    private DetailsLoader(GraphReader graph, String head, Map<String, String> columns) {
        this.graph = graph;
        this.head = head;
        this.columns = Map.copyOf(columns);
    }

    /**
     * Registers loader {@code name}: {@code head} binds {@code eid} and the node for each of {@code $eids};
     * {@code columns} maps each column name to a constant Cypher expression over what the head binds.
     */
    static void register(BatchLoaderRegistry registry, String name, GraphReader graph, String head,
                         Map<String, String> columns) {
        DetailsLoader loader = new DetailsLoader(graph, head, columns);
        registry.<Key, Object>forName(name).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> loader.load(keys)));
    }

    /** Column {@code column} of {@code node}; null when the node has no such details. */
    @SuppressWarnings("unchecked")
    static <T> CompletableFuture<T> load(DataLoader<Key, Object> loader, Map<String, Object> node, String column) {
        return loader.load(new Key(Values.str(node, "eid"), column)).thenApply(v -> (T) v);
    }

    static List<Event> events(Object rows) {
        return rows instanceof List<?> list ? list.stream().map(r -> Event.of(cast(r))).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object row) {
        return (Map<String, Object>) row;
    }

    private Map<Key, Object> load(Set<Key> keys) {
        Set<String> wanted = keys.stream().map(Key::column).collect(Collectors.toCollection(TreeSet::new));
        List<String> eids = keys.stream().map(Key::eid).distinct().toList();
        Map<Key, Object> result = new HashMap<>();
        for (Map<String, Object> row : graph.rows(statement(wanted), Map.of("eids", eids))) {
            String eid = Values.str(row, "eid");
            wanted.forEach(column -> result.put(new Key(eid, column), row.get(column)));
        }
        // A DataLoader wants an entry per key; a missing node has no details.
        keys.forEach(k -> result.putIfAbsent(k, null));
        return result;
    }

    private String statement(Set<String> wanted) {
        return statements.computeIfAbsent(Set.copyOf(wanted), w -> {
            StringBuilder q = new StringBuilder(head).append("\nRETURN eid");
            for (String column : new TreeSet<>(w)) {
                String expression = columns.get(column);
                if (expression == null) {
                    throw new IllegalArgumentException("No details column " + column);
                }
                q.append(",\n  ").append(expression).append(" AS ").append(column);
            }
            return q.toString();
        });
    }
}
