package io.entente.api;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Records curation actions as (:AuditEntry {id, action, actor, at, details}) nodes. */
@Component
class AuditTrail {

    private static final String RECORD = """
            CREATE (e:AuditEntry {id: $id, action: $action, actor: $actor, at: toString(datetime()), details: $details})""";

    private final Neo4jClient neo4j;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    void record(String action, Authentication who, Map<String, Object> details) {
        neo4j.query(RECORD).bindAll(Map.of("id", UUID.randomUUID().toString(), "action", action,
                "actor", actor(who), "details", json.writeValueAsString(details))).run();
    }

    static String actor(Authentication who) {
        if (who == null) {
            return "unknown";
        }
        return who.getName() + who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.joining(",", "[", "]"));
    }
}
