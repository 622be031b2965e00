package io.entente.api;

import graphql.schema.DataFetcher;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entity.relations for every entity of a request in one statement per distinct (filter, page):
 * the entities are found again by element id, their events counted and paged in subqueries.
 */
@Component
class RelationsLoader {

    static final String NAME = "relations";

    private static final String MATCH = """
              MATCH (n)-[r%s]-(m)
              WHERE type(r) IN $types AND %s
                AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
                AND (($since IS NULL AND $until IS NULL) OR (r.date IS NOT NULL AND %s))
            """.formatted(Cypher.EVENT_REL, Cypher.visible("r"), Cypher.window("r.date"));

    private static final String CYPHER = """
            UNWIND $eids AS eid
            MATCH (n) WHERE elementId(n) = eid
            CALL (n) {
            %s  RETURN count(r) AS total
            }
            CALL (n) {
            %s  WITH r, startNode(r) AS s, endNode(r) AS o ORDER BY coalesce(r.date, '') DESC, r.id
              SKIP $skip LIMIT $limit
              RETURN collect(%s) AS page
            }
            RETURN eid, total, page""".formatted(MATCH, MATCH, Cypher.event("r", "s", "o"));

    /** One entity's page of relations under one filter. */
    record Key(String eid, Map<String, Object> filter, int first, int offset) { }

    private final GraphReader graph;

    RelationsLoader(GraphReader graph, BatchLoaderRegistry registry) {
        this.graph = graph;
        registry.<Key, Connection<Event>>forName(NAME)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    /** The data fetcher wired to {@code relations} of every entity type. */
    static DataFetcher<Object> fetcher() {
        return env -> {
            Map<String, Object> source = env.getSource();
            RelationFilter filter = RelationArguments.filter(env.getArgument("filter"));
            PageRequest page = PageRequest.of(env.getArgument("first"), env.getArgument("after"));
            return env.<Key, Connection<Event>>getDataLoader(NAME)
                    .load(new Key(Values.str(source, "eid"), filter.params(), page.first(), page.offset()));
        };
    }

    private Map<Key, Connection<Event>> load(Set<Key> keys) {
        Map<Key, Connection<Event>> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(k -> List.of(k.filter(), k.first(), k.offset())))
                .forEach((group, groupKeys) -> {
                    Key sample = groupKeys.getFirst();
                    Map<String, Object> params = new HashMap<>(sample.filter());
                    params.put("eids", groupKeys.stream().map(Key::eid).distinct().toList());
                    params.put("skip", sample.offset());
                    params.put("limit", sample.first() + 1);
                    PageRequest page = new PageRequest(sample.first(), sample.offset());
                    for (Map<String, Object> row : graph.rows(CYPHER, params)) {
                        List<Event> events = Values.maps(row, "page").stream().map(Event::of).toList();
                        result.put(new Key(Values.str(row, "eid"), sample.filter(), sample.first(), sample.offset()),
                                Connection.of(events, page, Values.count(row, "total")));
                    }
                    PageRequest empty = new PageRequest(sample.first(), sample.offset());
                    groupKeys.forEach(k -> result.putIfAbsent(k, Connection.of(List.of(), empty, 0)));
                });
        return result;
    }
}
