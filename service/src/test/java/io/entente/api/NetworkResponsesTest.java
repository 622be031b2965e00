package io.entente.api;

import graphql.ExecutionResult;
import io.entente.store.GraphChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.context.WebApplicationContext;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** Rendered allianceNetwork answers are reused exactly while the networks they show are the cached ones. */
class NetworkResponsesTest extends ApiTestSupport {

    private static final String QUERY = "{ allianceNetwork(countries: [\"LUX\"], depth: 1) { nodes { id } } }";

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    HttpGraphQl http;

    @BeforeEach
    void client() {
        http = new HttpGraphQl(context);
    }

    @Test
    void overHttpAWriteAnnouncedByTheStoreShowsInTheNextAnswer() throws Exception {
        http.post(QUERY, null).andExpect(jsonPath("$.data.allianceNetwork.nodes[*].id", containsInAnyOrder("LUX")));
        StatementCounter.reset();
        http.post(QUERY, null).andExpect(jsonPath("$.data.allianceNetwork.nodes[*].id", containsInAnyOrder("LUX")));
        assertThat(StatementCounter.count()).isZero();
        driver.executableQuery("""
                MATCH (a:Country {id: 'LUX'}), (b:Country {id: 'LIE'})
                MERGE (a)-[r:ALLIED_WITH {id: 'rel:test-responses-lux-lie'}]->(b) SET r.sources = 1""").execute();

        events.publishEvent(new GraphChanged(List.of("rel:test-responses-lux-lie")));

        http.post(QUERY, null).andExpect(jsonPath("$.data.allianceNetwork.nodes[*].id", containsInAnyOrder("LUX", "LIE")));
    }

    @Test
    void aNetworkWithAnotherRootFieldStillAnswersBoth() throws Exception {
        String both = "{ allianceNetwork(countries: [\"LUX\"], depth: 1) { nodes { id } } stats { articles } }";
        for (int i = 0; i < 2; i++) {
            http.post(both, null).andExpect(jsonPath("$.data.allianceNetwork.nodes[0].id").value("LUX"))
                    .andExpect(jsonPath("$.data.stats.articles").isNumber());
        }
    }

    @AfterEach
    void removeEdge() {
        driver.executableQuery("MATCH ()-[r {id: 'rel:test-responses-lux-lie'}]-() DELETE r").execute();
        events.publishEvent(new GraphChanged(List.of()));
    }

    /** The interceptor alone, over a network cache whose graph is a stub that counts its loads. */
    @Test
    void theExecutionRunsOnlyWhenTheCachedNetworkChanged() {
        AtomicInteger loads = new AtomicInteger();
        GraphReader stub = new GraphReader(null) {
            @Override
            Optional<Map<String, Object>> row(String cypher, Map<String, ?> params) {
                loads.incrementAndGet();
                return Optional.of(Map.of("seeds", List.of("LUX"), "nodes", List.of(Map.of("id", "LUX")), "edges", List.of()));
            }
        };
        NetworkCache cache = new NetworkCache(stub, Duration.ofMinutes(5));
        NetworkResponses responses = new NetworkResponses(cache);
        AtomicInteger executions = new AtomicInteger();
        Map<String, Object> params = new HashMap<>(Map.of("countries", List.of("LUX"), "depth", 1));

        for (int i = 0; i < 3; i++) {
            Map<String, Object> answer = responses.intercept(request(QUERY), fakeExecution(cache, params, executions, false))
                    .block().toMap();
            assertThat(JsonMapper.builder().build().writeValueAsString(answer))
                    .isEqualTo("{\"data\":{\"allianceNetwork\":{\"nodes\":[{\"id\":\"LUX\"}]}}}");
        }
        assertThat(executions).as("executed once, then rendered answers").hasValue(1);

        cache.refresh(params);
        responses.intercept(request(QUERY), fakeExecution(cache, params, executions, false)).block();
        assertThat(loads).as("reloaded").hasValue(2);
        assertThat(executions).as("a reload that finds the same network keeps the rendered answer").hasValue(1);

        cache.onGraphChanged(new GraphChanged(List.of()));
        responses.intercept(request(QUERY), fakeExecution(cache, params, executions, false)).block();
        assertThat(executions).as("a dropped network is executed again").hasValue(2);
        assertThat(loads).hasValue(3);

        String mixed = "{ allianceNetwork(countries: [\"LUX\"], depth: 1) { nodes { id } } __typename }";
        for (int i = 0; i < 2; i++) {
            responses.intercept(request(mixed), fakeExecution(cache, params, executions, true)).block();
        }
        assertThat(executions).as("an answer with another root field is never reused").hasValue(4);
    }

    @Test
    void identicalRequestsDuringAnExecutionWaitForItsAnswer() {
        GraphReader stub = new GraphReader(null) {
            @Override
            Optional<Map<String, Object>> row(String cypher, Map<String, ?> params) {
                return Optional.of(Map.of("seeds", List.of("LUX"), "nodes", List.of(Map.of("id", "LUX")), "edges", List.of()));
            }
        };
        NetworkCache cache = new NetworkCache(stub, Duration.ofMinutes(5));
        NetworkResponses responses = new NetworkResponses(cache);
        AtomicInteger executions = new AtomicInteger();
        Map<String, Object> params = new HashMap<>(Map.of("countries", List.of("LUX"), "depth", 1));
        java.util.concurrent.CompletableFuture<Void> gate = new java.util.concurrent.CompletableFuture<>();
        WebGraphQlRequestChain slow = request -> Mono.fromFuture(gate)
                .then(Mono.defer(() -> fakeExecution(cache, params, executions, false).next(request)));

        var first = responses.intercept(request(QUERY), slow).toFuture();
        var second = responses.intercept(request(QUERY), fakeExecution(cache, params, executions, false)).toFuture();
        assertThat(second).as("waits for the first").isNotDone();
        gate.complete(null);

        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(second.join().toMap())).isEqualTo(json.writeValueAsString(first.join().toMap()))
                .isEqualTo("{\"data\":{\"allianceNetwork\":{\"nodes\":[{\"id\":\"LUX\"}]}}}");
        assertThat(executions).hasValue(1);
    }

    private static WebGraphQlRequest request(String document) {
        return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), new LinkedMultiValueMap<>(),
                null, new HashMap<>(), Map.of("query", document), "1", null);
    }

    /** Stands in for graphql-java: serves the network as the controller would, plus __typename when asked. */
    private static WebGraphQlRequestChain fakeExecution(NetworkCache cache, Map<String, Object> params,
                                                         AtomicInteger executions, boolean typename) {
        return request -> {
            executions.incrementAndGet();
            var input = request.toExecutionInput();
            Network network = cache.get(params);
            List<NetworkResponses.Served> served = input.getGraphQLContext().get(NetworkResponses.SERVED);
            served.add(new NetworkResponses.Served(params, network));
            Map<String, Object> data = new HashMap<>(Map.of("allianceNetwork", Map.of("nodes", network.nodes())));
            if (typename) {
                data.put("__typename", "Query");
            }
            ExecutionResult result = ExecutionResult.newExecutionResult().data(data).build();
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result)));
        };
    }

    private interface WebGraphQlRequestChain extends org.springframework.graphql.server.WebGraphQlInterceptor.Chain { }
}
