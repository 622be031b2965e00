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

/**
 * deployments, with each deployment's states, place, DEPLOYED_TO event, per-source troop figures and
 * who reported or denied it, all loaded for the whole page in one statement.
 */
@Controller
class DeploymentController {

    private static final String LOADER = "deploymentDetails";
    private static final String MATCH = """
            MATCH (n:TroopDeployment)
            WHERE ($from IS NULL OR n.from = $from) AND ($to IS NULL OR n.to = $to)
              AND ($location IS NULL OR n.location = $location
                   OR EXISTS { MATCH (n)-[:AT]->(l:Location) WHERE l.id = $location OR toLower(l.name) = toLower($location) }
                   OR EXISTS { MATCH (l:Location {id: n.location}) WHERE toLower(l.name) = toLower($location) })
              AND ($since IS NULL OR coalesce(n.lastDate, n.firstDate, n.date) >= left($since, size(coalesce(n.lastDate, n.firstDate, n.date))))
              AND ($until IS NULL OR coalesce(n.firstDate, n.date) <= left($until, size(coalesce(n.firstDate, n.date))))
              AND ($claimStatus IS NULL OR EXISTS {
                    MATCH (f:Country {id: n.from})-[r:DEPLOYED_TO]->(t:Country {id: n.to}) WHERE r.claimStatus = $claimStatus })
            """;
    private static final String LIST = "CALL () {\n" + MATCH + "RETURN count(n) AS total\n}\n"
            + "CALL () {\n" + MATCH + "WITH n ORDER BY coalesce(n.lastDate, n.firstDate, n.date, '') DESC, n.id SKIP $skip LIMIT $limit\n"
            + "RETURN collect(" + Cypher.entity("n") + ") AS page\n}\nRETURN total, page";
    private static final String DETAILS = """
            UNWIND $eids AS eid
            MATCH (d) WHERE elementId(d) = eid
            OPTIONAL MATCH (f:Country {id: d.from})
            OPTIONAL MATCH (t:Country {id: d.to})
            CALL (d) { OPTIONAL MATCH (l:Location) WHERE l.id = d.location OR (d)-[:AT]->(l) RETURN l LIMIT 1 }
            OPTIONAL MATCH (f)-[r:DEPLOYED_TO]->(t)
            WITH eid, d, f, t, l, r, %s AS deployment
            RETURN eid, %s AS from, %s AS to, %s AS location,
              CASE WHEN r IS NULL OR coalesce(r.retracted, false) THEN null ELSE %s END AS deployedTo,
              COLLECT { MATCH (e:Evidence {relId: r.id})-[:IN]->(a:Article) WHERE e.troops IS NOT NULL
                        WITH e, a ORDER BY toString(a.publishedAt) DESC, a.id
                        RETURN {troops: e.troops, date: e.date, claimStatus: coalesce(e.claimStatus, 'asserted'),
                                sentence: e.sentence, article: %s} } AS figures,
              COLLECT { MATCH (s)-[x:REPORTED]->(d) WHERE coalesce(x.retracted, false) = false RETURN %s } AS reportedBy,
              COLLECT { MATCH (s)-[x:DENIED]->(d) WHERE coalesce(x.retracted, false) = false RETURN %s } AS deniedBy"""
            .formatted(Cypher.entity("d"), Cypher.entity("f"), Cypher.entity("t"), Cypher.entity("l"),
                    Cypher.event("r", "f", "t"), Cypher.article("a"),
                    Cypher.eventOf("x", Cypher.entity("s"), "deployment"), Cypher.eventOf("x", Cypher.entity("s"), "deployment"));

    private final GraphReader graph;

    DeploymentController(GraphReader graph, BatchLoaderRegistry registry) {
        this.graph = graph;
        DetailsLoader.register(registry, LOADER, graph, DETAILS);
    }

    /** The GraphQL DeploymentFilter input. */
    record DeploymentFilter(String from, String to, String location, String since, String until, String claimStatus) { }

    /** One source's troop figure. */
    record TroopFigure(int troops, String date, String claimStatus, String sentence, ArticleView article) { }

    @QueryMapping
    Connection<Map<String, Object>> deployments(@Argument DeploymentFilter filter, @Argument Integer first,
                                                @Argument String after) {
        DeploymentFilter f = filter == null ? new DeploymentFilter(null, null, null, null, null, null) : filter;
        PageRequest page = PageRequest.of(first, after);
        Map<String, Object> params = new HashMap<>();
        params.put("from", Inputs.id("from", f.from()));
        params.put("to", Inputs.id("to", f.to()));
        params.put("location", Inputs.text("location", f.location()));
        params.put("since", Inputs.date("since", f.since()));
        params.put("until", Inputs.date("until", f.until()));
        params.put("claimStatus", Inputs.claimStatus(f.claimStatus()));
        params.put("skip", page.offset());
        params.put("limit", page.first() + 1);
        Map<String, Object> row = graph.row(LIST, params).orElse(Map.of());
        return Connection.of(Values.maps(row, "page"), page, Values.count(row, "total"));
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "from")
    CompletableFuture<Map<String, Object>> from(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env).thenApply(m -> Values.map(m, "from"));
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "to")
    CompletableFuture<Map<String, Object>> to(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env).thenApply(m -> Values.map(m, "to"));
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "location")
    CompletableFuture<Map<String, Object>> location(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env).thenApply(m -> Values.map(m, "location"));
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "deployedTo")
    CompletableFuture<Event> deployedTo(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env).thenApply(m -> Values.map(m, "deployedTo") == null ? null : Event.of(Values.map(m, "deployedTo")));
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "claimStatus")
    CompletableFuture<String> claimStatus(Map<String, Object> d, DataFetchingEnvironment env) {
        return deployedTo(d, env).thenApply(e -> e == null ? null : e.claimStatus());
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "figures")
    CompletableFuture<List<TroopFigure>> figures(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env).thenApply(m -> Values.maps(m, "figures").stream()
                .map(f -> new TroopFigure(Values.count(f, "troops"), Values.str(f, "date"), Values.str(f, "claimStatus"),
                        Values.str(f, "sentence") == null ? "" : Values.str(f, "sentence"),
                        ArticleView.of(Values.map(f, "article"))))
                .toList());
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "reportedBy")
    CompletableFuture<List<Event>> reportedBy(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env).thenApply(m -> DetailsLoader.events(m, "reportedBy"));
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "deniedBy")
    CompletableFuture<List<Event>> deniedBy(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env).thenApply(m -> DetailsLoader.events(m, "deniedBy"));
    }

    private static CompletableFuture<Map<String, Object>> details(Map<String, Object> d, DataFetchingEnvironment env) {
        return DetailsLoader.load(env.getDataLoader(LOADER), d);
    }
}
