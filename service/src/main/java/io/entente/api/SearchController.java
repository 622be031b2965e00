package io.entente.api;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;

/** search: the full-text index entity_names over names and aliases, with the user's text escaped. */
@Controller
class SearchController {

    private static final String CYPHER = """
            CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS n, score
            WITH n, score WHERE any(l IN labels(n) WHERE l IN $labels)
            RETURN %s AS entity, score ORDER BY score DESC, n.id LIMIT $first""".formatted(Cypher.entity("n"));

    /** A search result. */
    record SearchHit(Map<String, Object> entity, double score) { }

    private final GraphReader graph;

    SearchController(GraphReader graph) {
        this.graph = graph;
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument List<String> types, @Argument Integer first) {
        String query = LuceneText.query(Inputs.text("text", text));
        int limit = Inputs.atLeast("first", first, 10, 0, PageRequest.MAX_PAGE_SIZE);
        if (query.isEmpty() || limit == 0) {
            return List.of();
        }
        return graph.rows(CYPHER, Map.of("query", query, "labels", Inputs.entityLabels(types), "first", limit)).stream()
                .map(row -> new SearchHit(Values.map(row, "entity"), Values.decimal(row, "score")))
                .toList();
    }
}
