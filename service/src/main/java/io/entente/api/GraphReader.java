package io.entente.api;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every read of the API goes through here: one parameterised Cypher statement per call, run in
 * an auto-commit transaction (one round trip) straight on the driver. Spring Data's Neo4jClient
 * cost a tenth of a small query's request thread on top, most of it formatting the query text for
 * notifications that the log level then dropped.
 */
@Component
class GraphReader {

    private final Driver driver;

    GraphReader(Driver driver) {
        this.driver = driver;
    }

    List<Map<String, Object>> rows(String cypher, Map<String, ?> params) {
        // Null parameters are meaningful (an absent filter), so the map is passed as it is.
        try (Session session = driver.session()) {
            return session.run(cypher, new HashMap<String, Object>(params)).list(Record::asMap);
        }
    }

    Optional<Map<String, Object>> row(String cypher, Map<String, ?> params) {
        List<Map<String, Object>> rows = rows(cypher, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }
}
