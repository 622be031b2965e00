package io.entente.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboards poll the same alliance network over and over, and a large one is megabytes of JSON:
 * completing its tens of thousands of fields and writing them out costs far more CPU than finding
 * the cached answer. A request whose every root field is {@code allianceNetwork} is therefore
 * answered with the JSON rendered for the same document and variables, as long as every network
 * it was rendered from is still the one {@link NetworkCache} holds: the answer's freshness is the
 * network cache's (dropped on writes, reloaded within its TTL), only the rendering is reused.
 * Limits and errors are unchanged: an identical document and variables pass or fail them alike,
 * and answers with errors are never kept.
 */
@Component
class NetworkResponses implements WebGraphQlInterceptor {

    /** GraphQLContext key of the list where {@code allianceNetwork} records the networks it served. */
    static final String SERVED = NetworkResponses.class.getName() + ".served";

    /** Total characters of kept answers. */
    private static final long MAX_CHARACTERS = 64_000_000;

    /** One network a request was answered from, with the validated parameters it is cached under. */
    record Served(Map<String, Object> params, Network network) { }

    private record Key(String document, String operationName, Map<String, Object> variables) { }

    private record Rendered(RawValue data, List<Served> sources, int characters) { }

    private final NetworkCache networks;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Cache<Key, Rendered> answers = Caffeine.newBuilder().maximumWeight(MAX_CHARACTERS)
            .weigher((Key key, Rendered r) -> r.characters()).build();

    /** Executions under way, by request; identical requests wait for them. */
    private final Map<Key, CompletableFuture<Rendered>> executing = new ConcurrentHashMap<>();

    NetworkResponses(NetworkCache networks) {
        this.networks = networks;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!networks.enabled() || !request.getDocument().contains("allianceNetwork")) {
            return chain.next(request);
        }
        Key key = new Key(request.getDocument(), request.getOperationName(), new HashMap<>(request.getVariables()));
        Rendered rendered = current(answers.getIfPresent(key));
        if (rendered != null) {
            return Mono.just(answer(request, rendered));
        }
        // Identical requests arriving while one executes wait for its answer instead of all
        // completing the same large network at once (after a write, or at start).
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> leader = executing.putIfAbsent(key, mine);
        if (leader != null) {
            return Mono.fromFuture(leader).map(r -> answer(request, r))
                    .switchIfEmpty(Mono.defer(() -> execute(request, chain, key)));
        }
        return execute(request, chain, key).doFinally(signal -> {
            executing.remove(key, mine);
            mine.complete(current(answers.getIfPresent(key)));
        });
    }

    private Mono<WebGraphQlResponse> execute(WebGraphQlRequest request, Chain chain, Key key) {
        List<Served> served = Collections.synchronizedList(new ArrayList<>());
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(SERVED, served);
            return input;
        });
        return chain.next(request).doOnNext(response -> keep(key, response, served));
    }

    /** {@code rendered} when every network it shows is still the cached one, else null. */
    private Rendered current(Rendered rendered) {
        return rendered != null && rendered.sources().stream().allMatch(s -> networks.current(s.params()) == s.network())
                ? rendered : null;
    }

    private static WebGraphQlResponse answer(WebGraphQlRequest request, Rendered rendered) {
        ExecutionResult result = ExecutionResult.newExecutionResult().data(rendered.data()).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }

    /** Keeps the answer when it has no errors and each of its root fields is a served network. */
    private void keep(Key key, WebGraphQlResponse response, List<Served> served) {
        ExecutionResult result = response.getExecutionResult();
        if (!response.isValid() || !result.getErrors().isEmpty() || result.getExtensions() != null
                || !(result.getData() instanceof Map<?, ?> data) || served.isEmpty() || data.size() != served.size()) {
            return;
        }
        String text = json.writeValueAsString(data);
        answers.put(key, new Rendered(new RawValue(text), List.copyOf(served), text.length()));
    }
}
