package io.entente.api;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.HashMap;
import java.util.Map;

/** Entity lookups and lists: country(ies), person/people, organization(s), entity. Entities are maps. */
@Controller
class EntityController {

    private static final String COUNTRY = "MATCH (n:Country) WHERE n.id = $code OR n.iso2 = $code RETURN "
            + Cypher.entity("n") + " AS entity";
    private static final String ENTITY = Cypher.anchor("id", "n") + "RETURN " + Cypher.entity("n") + " AS entity";
    private static final String PREDICATE = """
            WHERE ($country IS NULL OR n.country = $country OR EXISTS { (n)-[:BASED_IN]->(:Country {id: $country}) })
              AND ($kind IS NULL OR n.kind = $kind) AND ($status IS NULL OR n.status = $status)
            """;

    private final GraphReader graph;

    EntityController(GraphReader graph) {
        this.graph = graph;
    }

    @QueryMapping
    Map<String, Object> country(@Argument String code) {
        return one(COUNTRY, Map.of("code", Inputs.id("code", code)));
    }

    @QueryMapping
    Connection<Map<String, Object>> countries(@Argument Integer first, @Argument String after, @Argument String status) {
        return list("Country", first, after, null, null, Inputs.text("status", status));
    }

    @QueryMapping
    Map<String, Object> person(@Argument String id) {
        return ofLabel(entity(id), "Person");
    }

    @QueryMapping
    Connection<Map<String, Object>> people(@Argument Integer first, @Argument String after, @Argument String country) {
        return list("Person", first, after, Inputs.id("country", country), null, null);
    }

    @QueryMapping
    Map<String, Object> organization(@Argument String id) {
        return ofLabel(entity(id), "Organization");
    }

    @QueryMapping
    Connection<Map<String, Object>> organizations(@Argument Integer first, @Argument String after,
                                                  @Argument String country, @Argument String kind) {
        return list("Organization", first, after, Inputs.id("country", country), Inputs.text("kind", kind), null);
    }

    @QueryMapping
    Map<String, Object> entity(@Argument String id) {
        return one(ENTITY, Map.of("id", Inputs.id("id", id)));
    }

    private Connection<Map<String, Object>> list(String label, Integer first, String after, String country, String kind,
                                                 String status) {
        PageRequest page = PageRequest.of(first, after);
        Map<String, Object> params = new HashMap<>();
        params.put("country", country);
        params.put("kind", kind);
        params.put("status", status);
        params.put("skip", page.offset());
        params.put("limit", page.first() + 1);
        Map<String, Object> row = graph.row(listStatement(label), params).orElse(Map.of());
        return Connection.of(Values.maps(row, "page"), page, Values.count(row, "total"));
    }

    /** label comes from the fixed set above, never from the client. */
    private static String listStatement(String label) {
        String match = "MATCH (n:" + label + ")\n" + PREDICATE;
        return "CALL () {\n" + match + "RETURN count(n) AS total\n}\n"
                + "CALL () {\n" + match + "WITH n ORDER BY n.name, n.id SKIP $skip LIMIT $limit\n"
                + "RETURN collect(" + Cypher.entity("n") + ") AS page\n}\nRETURN total, page";
    }

    private Map<String, Object> one(String cypher, Map<String, Object> params) {
        return graph.row(cypher, params).map(row -> Values.map(row, "entity")).orElse(null);
    }

    private static Map<String, Object> ofLabel(Map<String, Object> entity, String label) {
        return entity != null && label.equals(entity.get("type")) ? entity : null;
    }
}
