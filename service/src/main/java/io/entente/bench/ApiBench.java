package io.entente.bench;

import io.entente.bench.ApiBenchQueries.Canonical;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times each canonical question over HTTP GraphQL (loopback, the running service) and as raw
 * Cypher through the driver, interleaved in one run, after checking both give the same answer;
 * then allianceNetwork under concurrent clients. Every loop is bounded.
 */
public final class ApiBench {

    /** The five questions, in the order they are asked. */
    public enum Question { country, deployments, timeline, network, path }

    /** Figures of one question. */
    public record Result(String name, boolean sameResult, double graphQlP50, double graphQlP99, double cypherP50,
                         double cypherP99) {
        public double ratio() {
            return graphQlP50 / cypherP50;
        }
    }

    private final Driver driver;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    public ApiBench(Driver driver, int port) {
        this.driver = driver;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    /** Generates the synthetic graph when the database holds fewer articles than asked. */
    public void ensureGraph(int articles, PrintStream out) {
        int existing = ApiBenchGraph.articleCount(driver);
        if (existing >= articles) {
            out.printf("Graph holds %d articles; reusing it.%n", existing);
            return;
        }
        long start = System.nanoTime();
        new ApiBenchGraph(driver).generate(articles);
        out.printf("Generated a synthetic graph of %d articles in %.1f s.%n", articles, (System.nanoTime() - start) / 1e9);
    }

    /** Times each of {@code questions}, printing its row as soon as it is measured. */
    public List<Result> run(List<Question> questions, int warmup, int iterations, PrintStream out) throws Exception {
        Subjects subjects = Subjects.pick(driver);
        out.printf("Graph: %s%nHub %s, receiver %s, trio %s, far country %s%n", ApiBenchGraph.counts(driver),
                subjects.hub(), subjects.receiver(), subjects.trio(), subjects.far());
        out.printf("%n%-40s %6s %10s %10s %10s %10s %7s%n", "query", "same", "gql p50", "gql p99", "cy p50", "cy p99", "ratio");
        List<Result> results = new ArrayList<>();
        List<Canonical> all = ApiBenchQueries.all(subjects.hub(), subjects.receiver(), subjects.trio(), subjects.far());
        for (Question question : questions) {
            Canonical q = all.get(question.ordinal());
            Object viaGraphQl = q.fromGraphQl().apply(graphQl(q));
            Object viaCypher = q.fromCypher().apply(cypher(q));
            boolean same = Objects.equals(viaGraphQl, viaCypher);
            if (!same) {
                out.printf("  %s: results differ%n    GraphQL: %s%n    Cypher:  %s%n", q.name(), abbreviate(viaGraphQl), abbreviate(viaCypher));
            }
            for (int i = 0; i < warmup; i++) {
                graphQl(q);
                cypher(q);
            }
            long[] g = new long[iterations];
            long[] c = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                graphQl(q);
                long t1 = System.nanoTime();
                cypher(q);
                long t2 = System.nanoTime();
                g[i] = t1 - t0;
                c[i] = t2 - t1;
            }
            Result r = new Result(q.name(), same, pct(g, 50), pct(g, 99), pct(c, 50), pct(c, 99));
            out.printf("%-40s %6s %8.2fms %8.2fms %8.2fms %8.2fms %6.2fx%n", r.name(), r.sameResult(),
                    r.graphQlP50(), r.graphQlP99(), r.cypherP50(), r.cypherP99(), r.ratio());
            results.add(r);
        }
        return results;
    }

    /** allianceNetwork depth 2 with {@code clients} concurrent HTTP clients, {@code each} requests apiece. */
    public double[] concurrentNetwork(int clients, int each) throws Exception {
        Canonical q = ApiBenchQueries.network(Subjects.pick(driver).trio());
        long[] all = new long[clients * each];
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                futures.add(pool.submit(() -> {
                    long[] mine = new long[each];
                    for (int i = 0; i < each; i++) {
                        long t0 = System.nanoTime();
                        graphQl(q);
                        mine[i] = System.nanoTime() - t0;
                    }
                    return mine;
                }));
            }
            for (int t = 0; t < clients; t++) {
                System.arraycopy(futures.get(t).get(), 0, all, t * each, each);
            }
        }
        return new double[]{pct(all, 50), pct(all, 99)};
    }

    private JsonNode graphQl(Canonical q) throws Exception {
        String body = json.writeValueAsString(Map.of("query", q.graphQl(), "variables", q.variables()));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode tree = json.readTree(response.body());
        if (response.statusCode() != 200 || tree.has("errors")) {
            throw new IllegalStateException(q.name() + " failed: " + response.statusCode() + " " + abbreviate(response.body()));
        }
        return tree.get("data");
    }

    private List<Record> cypher(Canonical q) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(q.cypher(), q.params()).list());
        }
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
