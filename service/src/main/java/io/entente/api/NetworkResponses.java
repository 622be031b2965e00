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
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

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

    /** Total characters and bytes of kept answers. */
    private static final long MAX_WEIGHT = 64_000_000;

    /** One network a request was answered from, with the validated parameters it is cached under. */
    record Served(Map<String, Object> params, Network network) { }

    private record Key(String document, String operationName, Map<String, Object> variables) { }

    private record Rendered(RawValue data, List<Served> sources, Body body, int weight) { }

    /** A whole HTTP answer ({@code {"data": ...}}) as UTF-8 bytes, plain and gzip-compressed. */
    record Body(byte[] plain, byte[] gzipped) {

        static Body of(byte[] data) {
            byte[] plain = new byte[data.length + 9];
            System.arraycopy("{\"data\":".getBytes(StandardCharsets.UTF_8), 0, plain, 0, 8);
            System.arraycopy(data, 0, plain, 8, data.length);
            plain[plain.length - 1] = '}';
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 8 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(plain);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Body(plain, out.toByteArray());
        }
    }

    private final NetworkCache networks;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Cache<Key, Rendered> answers = Caffeine.newBuilder().maximumWeight(MAX_WEIGHT)
            .weigher((Key key, Rendered r) -> r.weight()).build();

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

    /**
     * The whole answer already rendered for this request, if it is still current: what
     * {@link NetworkAnswers} sends without going through GraphQL at all.
     */
    Body currentBody(String document, String operationName, Map<String, Object> variables) {
        if (!networks.enabled() || document == null || !document.contains("allianceNetwork")) {
            return null;
        }
        Rendered rendered = current(answers.getIfPresent(new Key(document, operationName, new HashMap<>(variables))));
        return rendered == null ? null : rendered.body();
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
        // Kept as UTF-8 bytes too (a SerializedString caches them): every answer after the first is
        // then copied to the response as it is, instead of encoding megabytes of characters again.
        SerializedString text = new SerializedString(json.writeValueAsString(data));
        Body body = Body.of(text.asUnquotedUTF8());
        int weight = text.charLength() + 2 * body.plain().length + body.gzipped().length;
        answers.put(key, new Rendered(new RawValue(text), List.copyOf(served), body, weight));
    }
}
