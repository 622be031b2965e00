package io.entente.api;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Moves every relationship of one node to another and deletes it, in one transaction: a
 * relationship the kept node already has (same type and other end) absorbs the moved one's
 * sources and evidence instead of being duplicated.
 */
@Component
class EntityMerge {

    /** Moves one direction of d's relationships to k; %1$s matches them, %2$s re-creates them. */
    private static final String MOVE = """
            CALL (k, d) {
              MATCH %1$s WHERE other <> k
              WITH r, other, type(r) AS t, properties(r) AS props
              // Deleted first: relationship ids are unique, and the moved copy keeps its id.
              DELETE r
              MERGE %2$s
              ON CREATE SET n = props
              ON MATCH SET n.sources = coalesce(n.sources, 1) + coalesce(props.sources, 1),
                           n.date = CASE WHEN n.date IS NULL OR (props.date IS NOT NULL AND props.date < n.date) THEN props.date ELSE n.date END
              WITH n, props
              CALL (n, props) {
                MATCH (e:Evidence {relId: props.id}) WHERE props.id IS NOT NULL AND n.id <> props.id
                SET e.relId = n.id
              }
              RETURN count(*) AS %3$s
            }
            """;

    private static final String MERGE = """
            MATCH (k) WHERE elementId(k) = $keep
            MATCH (d) WHERE elementId(d) = $drop
            """
            + MOVE.formatted("(d)-[r]->(other)", "(k)-[n:$(t)]->(other)", "outgoing")
            + MOVE.formatted("(other)-[r]->(d)", "(other)-[n:$(t)]->(k)", "incoming")
            + """
            WITH k, d, outgoing + incoming AS moved,
                 [a IN coalesce(k.aliases, []) + [d.name] + coalesce(d.aliases, []) WHERE a IS NOT NULL AND a <> k.name] AS names
            WITH k, d, moved, reduce(acc = [], a IN names | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
            SET k.aliases = aliases, k.aliasText = reduce(t = '', a IN aliases | t + ' | ' + a),
                k.mergedFrom = coalesce(k.mergedFrom, []) + d.id,
                k.mergedBy = coalesce(k.mergedBy, []) + 'curator'
            DETACH DELETE d
            RETURN moved""";

    private final Neo4jClient neo4j;

    EntityMerge(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Returns how many relationships were moved. */
    int merge(String keepEid, String dropEid) {
        return neo4j.query(MERGE).bindAll(Map.of("keep", keepEid, "drop", dropEid))
                .fetchAs(Integer.class).mappedBy((t, r) -> r.get("moved").asInt()).one().orElse(0);
    }
}
