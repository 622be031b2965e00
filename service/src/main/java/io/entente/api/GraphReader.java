package io.entente.api;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every read of the API goes through here: one parameterised Cypher statement per call. */
@Component
class GraphReader {

    private final Neo4jClient neo4j;

    GraphReader(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Map<String, Object>> rows(String cypher, Map<String, ?> params) {
        // Null parameters are meaningful (an absent filter), so the map is passed as it is.
        return List.copyOf(neo4j.query(cypher).bindAll(new HashMap<>(params)).fetch().all());
    }

    Optional<Map<String, Object>> row(String cypher, Map<String, ?> params) {
        List<Map<String, Object>> rows = rows(cypher, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }
}
