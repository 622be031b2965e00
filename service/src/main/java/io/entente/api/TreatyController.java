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
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** treaty / treaties; parties, signers, ratifiers, condemnations, claims and articles in one batched statement. */
@Controller
class TreatyController {

    private static final String LOADER = "treatyDetails";
    private static final String BY_ID = "MATCH (n:Treaty {id: $id}) RETURN " + Cypher.entity("n") + " AS entity";
    /** Binds what the details columns use: t (the treaty) and treaty (its entity map). */
    private static final String BIND = "WITH eid, t, " + DetailsLoader.SELF + " AS treaty";
    private static final Map<String, String> COLUMNS = Map.of(
            "partyEvents", "COLLECT { MATCH (s)-[r:PARTY_TO]->(t) WHERE %s RETURN %s }".formatted(hidden(), ev()),
            "signers", events("SIGNED"),
            "ratifiers", events("RATIFIED"),
            "condemnations", events("CONDEMNED"),
            "claims", events("REPORTED|DENIED"),
            "articles", """
                    COLLECT { MATCH (a:Article)-[:MENTIONS]->(t) WITH a ORDER BY toString(a.publishedAt) DESC, a.id LIMIT 50
                              RETURN {{article:a:}} }""");

    private final GraphReader graph;
    private final DetailsLoader details;

    TreatyController(GraphReader graph, BatchLoaderRegistry registry) {
        this.graph = graph;
        this.details = DetailsLoader.register(registry, LOADER, graph, "t", BIND, "treaty", COLUMNS);
    }

    /** The GraphQL TreatyFilter input. */
    record TreatyFilter(String party, String signedBy, String status, String signedAfter, String signedBefore) { }

    @QueryMapping
    Map<String, Object> treaty(@Argument String id) {
        return graph.row(BY_ID, Map.of("id", Inputs.text("id", id))).map(r -> Values.map(r, "entity")).orElse(null);
    }

    @QueryMapping
    Connection<Map<String, Object>> treaties(@Argument TreatyFilter filter, @Argument Integer first, @Argument String after,
                                             DataFetchingEnvironment env) {
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
        // The details the selection asks for come in the same statement (one round trip, not two).
        Set<String> wanted = details.selected(env, Map.of());
        String cypher = TreatyQueries.statement(params.get("party") != null, params.get("signedBy") != null,
                params.get("status") != null, params.get("since") != null || params.get("until") != null,
                wanted.isEmpty() ? null : details.preloading("pageNodes", wanted, env));
        Map<String, Object> row = graph.row(cypher, params).orElse(Map.of());
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
        return DetailsLoader.<List<Map<String, Object>>>load(env.getDataLoader(LOADER), treaty, "articles")
                .thenApply(rows -> rows == null ? List.<ArticleView>of() : rows.stream().map(ArticleView::of).toList());
    }

    private static CompletableFuture<List<Event>> events(Map<String, Object> treaty, DataFetchingEnvironment env, String column) {
        return DetailsLoader.load(env.getDataLoader(LOADER), treaty, column).thenApply(rows -> DetailsLoader.events(rows, treaty));
    }

    /** Events of {@code types} pointing at the treaty, oldest first. */
    private static String events(String types) {
        return "COLLECT { MATCH (s)-[r:%s]->(t) WHERE %s WITH s, r ORDER BY r.date, s.name RETURN %s }"
                .formatted(types, hidden(), ev());
    }

    private static String hidden() {
        return "coalesce(r.retracted, false) = false";
    }

    private static String ev() {
        return Cypher.eventOf("r", "{{entity:s:subject}}", "{{object:treaty:}}");
    }
}
