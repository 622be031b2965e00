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

/**
 * deployments, with each deployment's states, place, DEPLOYED_TO event, per-source troop figures and
 * who reported or denied it, all loaded for the whole page in one statement.
 */
@Controller
class DeploymentController {

    private static final String LOADER = "deploymentDetails";
    /** Fields computed from another details column. */
    private static final Map<String, String> DERIVED = Map.of("claimStatus", "deployedTo");

    private final GraphReader graph;
    private final DetailsLoader details;

    DeploymentController(GraphReader graph, BatchLoaderRegistry registry) {
        this.graph = graph;
        this.details = DetailsLoader.register(registry, LOADER, graph, "d", DeploymentQueries.DETAILS_BIND, "deployment",
                DeploymentQueries.DETAILS_COLUMNS);
    }

    /** The GraphQL DeploymentFilter input. */
    record DeploymentFilter(String from, String to, String location, String since, String until, String claimStatus) { }

    /** One source's troop figure. */
    record TroopFigure(int troops, String date, String claimStatus, String sentence, ArticleView article) { }

    @QueryMapping
    Connection<Map<String, Object>> deployments(@Argument DeploymentFilter filter, @Argument Integer first,
                                                @Argument String after, DataFetchingEnvironment env) {
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
        String cypher = DeploymentQueries.list(params.get("from") != null, params.get("to") != null,
                params.get("location") != null, params.get("since") != null, params.get("until") != null,
                params.get("claimStatus") != null, preloading(env));
        Map<String, Object> row = graph.row(cypher, params).orElse(Map.of());
        return Connection.of(Values.maps(row, "page"), page, Values.count(row, "total"));
    }

    /** The details the selection asks for, computed in the list statement itself (one round trip, not two). */
    private String preloading(DataFetchingEnvironment env) {
        Set<String> wanted = details.selected(env, DERIVED);
        return wanted.isEmpty() ? null : details.preloading("pageNodes", wanted, env);
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "from")
    CompletableFuture<Map<String, Object>> from(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env, "from");
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "to")
    CompletableFuture<Map<String, Object>> to(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env, "to");
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "location")
    CompletableFuture<Map<String, Object>> location(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env, "location");
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "deployedTo")
    CompletableFuture<Event> deployedTo(Map<String, Object> d, DataFetchingEnvironment env) {
        return DeploymentController.<Map<String, Object>>details(d, env, "deployedTo").thenApply(e -> e == null ? null : Event.of(e));
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "claimStatus")
    CompletableFuture<String> claimStatus(Map<String, Object> d, DataFetchingEnvironment env) {
        return deployedTo(d, env).thenApply(e -> e == null ? null : e.claimStatus());
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "figures")
    CompletableFuture<List<TroopFigure>> figures(Map<String, Object> d, DataFetchingEnvironment env) {
        return DeploymentController.<List<Map<String, Object>>>details(d, env, "figures").thenApply(rows -> rows == null
                ? List.<TroopFigure>of() : rows.stream()
                .map(f -> new TroopFigure(Values.count(f, "troops"), Values.str(f, "date"),
                        f.get("claimStatus") == null ? "asserted" : Values.str(f, "claimStatus"),
                        Values.str(f, "sentence") == null ? "" : Values.str(f, "sentence"),
                        ArticleView.of(Values.map(f, "article"))))
                .toList());
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "reportedBy")
    CompletableFuture<List<Event>> reportedBy(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env, "reportedBy").thenApply(rows -> DetailsLoader.events(rows, d));
    }

    @SchemaMapping(typeName = "TroopDeployment", field = "deniedBy")
    CompletableFuture<List<Event>> deniedBy(Map<String, Object> d, DataFetchingEnvironment env) {
        return details(d, env, "deniedBy").thenApply(rows -> DetailsLoader.events(rows, d));
    }

    private static <T> CompletableFuture<T> details(Map<String, Object> d, DataFetchingEnvironment env, String column) {
        return DetailsLoader.load(env.getDataLoader(LOADER), d, column);
    }
}
