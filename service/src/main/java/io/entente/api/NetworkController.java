package io.entente.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** allianceNetwork (ego network of countries) and path (shortest connections): one statement each. */
@Controller
class NetworkController {

    private final GraphReader graph;
    private final NetworkCache cache;

    NetworkController(GraphReader graph, NetworkCache cache) {
        this.graph = graph;
        this.cache = cache;
    }

    @QueryMapping
    Network allianceNetwork(@Argument List<String> countries, @Argument Integer depth, @Argument String since,
                            @Argument String until, @Argument List<String> relationTypes, @Argument Integer minSources,
                            @Argument Boolean includeRetracted, GraphQLContext context) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : Inputs.list("countries", countries)) {
            codes.add(Inputs.id("countries", code));
        }
        if (codes.isEmpty()) {
            throw new BadRequestException("countries must name at least one country");
        }
        int hops = Inputs.atLeast("depth", depth, 1, 1, NetworkQueries.MAX_DEPTH);
        Map<String, Object> params = new HashMap<>();
        params.put("countries", List.copyOf(codes));
        params.put("types", Inputs.eventTypes(relationTypes));
        params.put("since", Inputs.date("since", since));
        params.put("until", Inputs.date("until", until));
        params.put("minSources", Inputs.atLeast("minSources", minSources, 1, 0, 1_000_000));
        params.put("includeRetracted", Boolean.TRUE.equals(includeRetracted));
        params.put("depth", hops);
        Network network = cache.get(params);
        // Tells NetworkResponses which cached networks this answer is made of.
        List<NetworkResponses.Served> served = context.get(NetworkResponses.SERVED);
        if (served != null) {
            served.add(new NetworkResponses.Served(new HashMap<>(params), network));
        }
        return network;
    }

    @QueryMapping
    List<Path> path(@Argument String from, @Argument String to, @Argument Integer maxHops,
                    @Argument List<String> relationTypes, @Argument Integer first, @Argument Boolean includeRetracted,
                    DataFetchingEnvironment env) {
        String a = Inputs.id("from", from);
        String b = Inputs.id("to", to);
        if (a == null || b == null || a.equals(b)) {
            throw new BadRequestException("from and to must name two different entities");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", a);
        params.put("to", b);
        List<String> types = Inputs.eventTypes(relationTypes);
        params.put("includeRetracted", Boolean.TRUE.equals(includeRetracted));
        params.put("first", Inputs.atLeast("first", first, 3, 0, 10));
        int hops = Inputs.atLeast("maxHops", maxHops, 4, 1, PathQueries.MAX_HOPS);
        Set<String> nodeFields = Selections.names(env, "nodes/*", "edges/subject/*", "edges/object/*");
        // The edges' evidence comes in the same statement and primes the loader Event.evidence reads.
        Set<Integer> evidenceLimits = new TreeSet<>();
        env.getSelectionSet().getFields("edges/evidence").forEach(f -> evidenceLimits.add(EvidenceLoader.limit(f.getArguments().get("first"))));
        params.put("evidenceLimit", evidenceLimits.isEmpty() ? 0 : Collections.max(evidenceLimits));
        List<Map<String, Object>> rows = graph.rows(PathQueries.statement(hops, types, nodeFields,
                Selections.names(env, "edges/*"), !evidenceLimits.isEmpty()), params);
        if (!evidenceLimits.isEmpty()) {
            DataLoader<EvidenceLoader.Key, List<EvidenceView>> loader = env.getDataLoader(EvidenceLoader.NAME);
            rows.forEach(row -> Values.maps(row, "edges").forEach(edge -> EvidenceLoader.prime(loader,
                    Values.str(Values.map(edge, "rel"), "id"), evidenceLimits, Values.maps(edge, "evidence"))));
        }
        return rows.stream().map(Path::of).toList();
    }
}
