package io.entente.api;

import io.entente.store.GraphChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Curation mutations (curator role) and the audit trail that records them. */
@Controller
class CurationController {

    private static final String FIND = Cypher.anchor("id", "n") + "RETURN " + Cypher.entity("n") + " AS entity";
    private static final String RETRACT = Cypher.relationsById("", "[$id]") + """
            SET r.retracted = true, r.retractedReason = $reason, r.retractedAt = toString(datetime())
            RETURN %s AS event""".formatted(Cypher.event("r", "s", "o"));
    private static final String AUDIT = """
            CALL () { MATCH (e:AuditEntry) RETURN count(e) AS total }
            CALL () { MATCH (e:AuditEntry) WITH e ORDER BY e.at DESC, e.id SKIP $skip LIMIT $limit
                      RETURN collect(e {.id, .action, .actor, .at, .details}) AS page }
            RETURN total, page""";

    /** The GraphQL AuditEntry. */
    record AuditEntry(String id, String action, String actor, String at, String details) { }

    private final GraphReader graph;
    private final Neo4jClient neo4j;
    private final EntityMerge merge;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CurationController(GraphReader graph, Neo4jClient neo4j, EntityMerge merge, AuditTrail audit,
                       ApplicationEventPublisher events) {
        this.graph = graph;
        this.neo4j = neo4j;
        this.merge = merge;
        this.audit = audit;
        this.events = events;
    }

    @MutationMapping
    @PreAuthorize("hasRole('CURATOR')")
    Map<String, Object> mergeEntities(@Argument String keep, @Argument String drop, @Argument String reason,
                                      Authentication who) {
        Map<String, Object> kept = find("keep", keep);
        Map<String, Object> dropped = find("drop", drop);
        if (kept.get("eid").equals(dropped.get("eid"))) {
            throw new BadRequestException("keep and drop are the same entity");
        }
        if (!kept.get("type").equals(dropped.get("type"))) {
            throw new BadRequestException("Only entities of one type can be merged: " + kept.get("type") + " and " + dropped.get("type"));
        }
        int moved = merge.merge(Values.str(kept, "eid"), Values.str(dropped, "eid"));
        Map<String, Object> details = new HashMap<>();
        details.put("keep", kept.get("id"));
        details.put("drop", dropped.get("id"));
        details.put("dropName", dropped.get("name"));
        details.put("relationshipsMoved", moved);
        details.put("reason", Inputs.text("reason", reason));
        audit.record("mergeEntities", who, details);
        events.publishEvent(new GraphChanged(List.of())); // cached networks are stale now
        return find("keep", keep);
    }

    @MutationMapping
    @PreAuthorize("hasRole('CURATOR')")
    Event retractRelation(@Argument String id, @Argument String reason, Authentication who) {
        String relId = Inputs.text("id", id);
        String why = Inputs.text("reason", reason);
        Map<String, Object> row = neo4j.query(RETRACT).bindAll(Map.of("id", relId, "reason", why))
                .fetch().first().orElseThrow(() -> new NotFoundException("No event with id " + relId));
        audit.record("retractRelation", who, Map.of("id", relId, "reason", why));
        events.publishEvent(new GraphChanged(List.of())); // cached networks are stale now
        return Event.of(Values.map(row, "event"));
    }

    @QueryMapping
    Connection<AuditEntry> auditTrail(@Argument Integer first, @Argument String after) {
        PageRequest page = PageRequest.of(first, after);
        Map<String, Object> row = graph.row(AUDIT, Map.of("skip", page.offset(), "limit", page.first() + 1)).orElse(Map.of());
        List<AuditEntry> entries = Values.maps(row, "page").stream().map(m -> new AuditEntry(Values.str(m, "id"),
                Values.str(m, "action"), Values.str(m, "actor"), Values.str(m, "at"), Values.str(m, "details"))).toList();
        return Connection.of(entries, page, Values.count(row, "total"));
    }

    private Map<String, Object> find(String field, String id) {
        String key = Inputs.id(field, id);
        return graph.row(FIND, Map.of("id", key == null ? "" : key)).map(r -> Values.map(r, "entity"))
                .orElseThrow(() -> new NotFoundException("No entity with id " + key));
    }
}
