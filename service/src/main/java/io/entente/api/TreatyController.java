package io.entente.api;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** treaty / treaties; parties, signers, ratifiers, condemnations, claims and articles in one batched statement. */
@Controller
class TreatyController {

    private static final String LOADER = "treatyDetails";
    private static final String BY_ID = "MATCH (n:Treaty {id: $id}) RETURN " + Cypher.entity("n") + " AS entity";
    private static final String MATCH = """
            MATCH (n:Treaty)
            WHERE ($party IS NULL OR $party IN coalesce(n.parties, []) OR EXISTS { (:Country {id: $party})-[:PARTY_TO]->(n) })
              AND ($signedBy IS NULL OR EXISTS { MATCH (x)-[s:SIGNED]->(n) WHERE x.id = $signedBy })
              AND ($status IS NULL OR n.status = $status)
              AND (($since IS NULL AND $until IS NULL) OR (n.signedDate IS NOT NULL AND %s))
            """.formatted(Cypher.window("n.signedDate"));
    private static final String LIST = "CALL () {\n" + MATCH + "RETURN count(n) AS total\n}\n"
            + "CALL () {\n" + MATCH + "WITH n ORDER BY coalesce(n.signedDate, '') DESC, n.id SKIP $skip LIMIT $limit\n"
            + "RETURN collect(" + Cypher.entity("n") + ") AS page\n}\nRETURN total, page";
    private static final String DETAILS = """
            UNWIND $eids AS eid
            MATCH (t) WHERE elementId(t) = eid
            WITH eid, t, %s AS treaty
            RETURN eid,
              COLLECT { MATCH (s)-[r:PARTY_TO]->(t) WHERE %s RETURN %s } AS partyEvents,
              COLLECT { MATCH (s)-[r:SIGNED]->(t) WHERE %s WITH s, r ORDER BY r.date, s.name RETURN %s } AS signers,
              COLLECT { MATCH (s)-[r:RATIFIED]->(t) WHERE %s WITH s, r ORDER BY r.date, s.name RETURN %s } AS ratifiers,
              COLLECT { MATCH (s)-[r:CONDEMNED]->(t) WHERE %s WITH s, r ORDER BY r.date, s.name RETURN %s } AS condemnations,
              COLLECT { MATCH (s)-[r:REPORTED|DENIED]->(t) WHERE %s WITH s, r ORDER BY r.date, s.name RETURN %s } AS claims,
              COLLECT { MATCH (a:Article)-[:MENTIONS]->(t) WITH a ORDER BY toString(a.publishedAt) DESC, a.id LIMIT 50
                        RETURN %s } AS articles"""
            .formatted(Cypher.entity("t"), hidden(), ev(), hidden(), ev(), hidden(), ev(), hidden(), ev(), hidden(), ev(),
                    Cypher.article("a"));

    private final GraphReader graph;

    TreatyController(GraphReader graph, BatchLoaderRegistry registry) {
        this.graph = graph;
        DetailsLoader.register(registry, LOADER, graph, DETAILS);
    }

    /** The GraphQL TreatyFilter input. */
    record TreatyFilter(String party, String signedBy, String status, String signedAfter, String signedBefore) { }

    @QueryMapping
    Map<String, Object> treaty(@Argument String id) {
        return graph.row(BY_ID, Map.of("id", Inputs.text("id", id))).map(r -> Values.map(r, "entity")).orElse(null);
    }

    @QueryMapping
    Connection<Map<String, Object>> treaties(@Argument TreatyFilter filter, @Argument Integer first, @Argument String after) {
        TreatyFilter f = filter == null ? new TreatyFilter(null, null, null, null, null) : filter;
        PageRequest page = PageRequest.of(first, after);
        Map<String, Object> params = new HashMap<>();
        params.put("party", Inputs.id("party", f.party()));
        params.put("signedBy", Inputs.id("signedBy", f.signedBy()));
        params.put("status", Inputs.text("status", f.status()));
        params.put("since", Inputs.date("signedAfter", f.signedAfter()));
        params.put("until", Inputs.date("signedBefore", f.signedBefore()));
        params.put("skip", page.offset());
        params.put("limit", page.first() + 1);
        Map<String, Object> row = graph.row(LIST, params).orElse(Map.of());
        return Connection.of(Values.maps(row, "page"), page, Values.count(row, "total"));
    }

    @SchemaMapping(typeName = "Treaty", field = "partyEvents")
    CompletableFuture<List<Event>> partyEvents(Map<String, Object> treaty, DataFetchingEnvironment env) {
        return events(treaty, env, "partyEvents");
    }

    @SchemaMapping(typeName = "Treaty", field = "signers")
    CompletableFuture<List<Event>> signers(Map<String, Object> treaty, DataFetchingEnvironment env) {
        return events(treaty, env, "signers");
    }

    @SchemaMapping(typeName = "Treaty", field = "ratifiers")
    CompletableFuture<List<Event>> ratifiers(Map<String, Object> treaty, DataFetchingEnvironment env) {
        return events(treaty, env, "ratifiers");
    }

    @SchemaMapping(typeName = "Treaty", field = "condemnations")
    CompletableFuture<List<Event>> condemnations(Map<String, Object> treaty, DataFetchingEnvironment env) {
        return events(treaty, env, "condemnations");
    }

    @SchemaMapping(typeName = "Treaty", field = "claims")
    CompletableFuture<List<Event>> claims(Map<String, Object> treaty, DataFetchingEnvironment env) {
        return events(treaty, env, "claims");
    }

    @SchemaMapping(typeName = "Treaty", field = "articles")
    CompletableFuture<List<ArticleView>> articles(Map<String, Object> treaty, DataFetchingEnvironment env) {
        return DetailsLoader.load(env.getDataLoader(LOADER), treaty)
                .thenApply(d -> Values.maps(d, "articles").stream().map(ArticleView::of).toList());
    }

    private static CompletableFuture<List<Event>> events(Map<String, Object> treaty, DataFetchingEnvironment env, String column) {
        return DetailsLoader.load(env.getDataLoader(LOADER), treaty).thenApply(d -> DetailsLoader.events(d, column));
    }

    private static String hidden() {
        return "coalesce(r.retracted, false) = false";
    }

    private static String ev() {
        return Cypher.eventOf("r", Cypher.entity("s"), "treaty");
    }
}
