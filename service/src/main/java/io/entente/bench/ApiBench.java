package io.entente.bench;

import io.entente.bench.ApiBenchQueries.Canonical;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * <p>
 * An HTTP request is timed from sending to the answer's last byte, decoded to text, as HTTP load
 * tools time it, with a lean blocking client ({@link LoopbackHttp}); the driver's side likewise ends with its records decoded. Parsing the JSON into
 * a tree is the client's own work after that (about 12 ms for a 1.7 MB network, which 50 clients
 * on the same two cores would otherwise queue behind), so it is timed apart and reported beside.
 * Every timed answer is still checked: status 200 and no errors.
 */
public final class ApiBench {

    /** The five questions, in the order they are asked. */
    public enum Question { country, deployments, timeline, network, path }

    /** Figures of one question. */
    public record Result(String name, boolean sameResult, double graphQlP50, double graphQlP99, double cypherP50,
                         double cypherP99, double parseP50) {
        public double ratio() {
            return graphQlP50 / cypherP50;
        }
    }

    private final Driver driver;
    private final LoopbackHttp timed;
    private final JsonMapper json = JsonMapper.builder().build();

    public ApiBench(Driver driver, URI endpoint) {
        this.driver = driver;
        this.timed = new LoopbackHttp(endpoint);
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
        out.printf("%n%-40s %6s %10s %10s %10s %10s %7s %10s%n", "query", "same", "gql p50", "gql p99", "cy p50", "cy p99",
                "ratio", "parse p50");
        out.printf("%-40s %17.2fms%n", "floor: { __typename } over HTTP", floor(warmup, iterations));
        List<Result> results = new ArrayList<>();
        List<Canonical> all = ApiBenchQueries.all(subjects.hub(), subjects.receiver(), subjects.trio(), subjects.far());
        for (Question question : questions) {
            Canonical q = all.get(question.ordinal());
            Object viaGraphQl = q.fromGraphQl().apply(data(q, graphQl(q)));
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
            long[] p = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                String answer = graphQl(q);
                long t1 = System.nanoTime();
                cypher(q);
                long t2 = System.nanoTime();
                data(q, answer);
                p[i] = System.nanoTime() - t2;
                g[i] = t1 - t0;
                c[i] = t2 - t1;
            }
            Result r = new Result(q.name(), same, pct(g, 50), pct(g, 99), pct(c, 50), pct(c, 99), pct(p, 50));
            out.printf("%-40s %6s %8.2fms %8.2fms %8.2fms %8.2fms %6.2fx %8.2fms%n", r.name(), r.sameResult(),
                    r.graphQlP50(), r.graphQlP99(), r.cypherP50(), r.cypherP99(), r.ratio(), r.parseP50());
            results.add(r);
        }
        return results;
    }

    /** p50 of the smallest GraphQL request: what HTTP, security and GraphQL cost before any Cypher. */
    private double floor(int warmup, int iterations) throws Exception {
        byte[] body = "{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8);
        long[] nanos = new long[iterations];
        for (int i = -warmup; i < iterations; i++) {
            long t0 = System.nanoTime();
            int status = timed.post(body, false).status();
            if (status != 200) {
                throw new IllegalStateException("{ __typename } failed: " + status);
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
        }
        return pct(nanos, 50);
    }

    /**
     * allianceNetwork depth 2 with {@code clients} concurrent HTTP clients, {@code each} requests apiece:
     * p50 and p99 in ms, requests per second, and how many were in flight on average.
     */
    public double[] concurrentNetwork(int clients, int each) throws Exception {
        Canonical q = ApiBenchQueries.network(Subjects.pick(driver).trio());
        String plain = graphQl(q);
        data(q, plain);
        byte[] plainBytes = plain.getBytes(StandardCharsets.UTF_8);
        byte[] requestBytes = body(q).getBytes(StandardCharsets.UTF_8);
        byte[] expected = timed.post(requestBytes, true).body();
        if (!plain.equals(new String(gzipped(expected) ? gunzip(expected) : expected, StandardCharsets.UTF_8))) {
            throw new IllegalStateException("allianceNetwork answered differently compressed");
        }
        long[] all = new long[clients * each];
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                futures.add(pool.submit(() -> {
                    long[] mine = new long[each];
                    // Each client holds its own kept-alive connection while a request is out, as separate
                    // browsers do; the blocking client keeps the bench's own CPU (on the service's cores) small.
                    for (int i = 0; i < each; i++) {
                        long t0 = System.nanoTime();
                        LoopbackHttp.Answer answer = timed.post(requestBytes, true);
                        mine[i] = System.nanoTime() - t0;
                        if (answer.status() != 200
                                || !Arrays.equals(answer.body(), expected) && !Arrays.equals(answer.body(), plainBytes)) {
                            throw new IllegalStateException("allianceNetwork answered differently under load: " + answer.status());
                        }
                    }
                    return mine;
                }));
            }
            for (int t = 0; t < clients; t++) {
                System.arraycopy(futures.get(t).get(), 0, all, t * each, each);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double mean = Arrays.stream(all).average().orElse(0) / 1e6;
        // requests per second, and the clients actually in flight on average (Little's law: rate × mean latency)
        return new double[]{pct(all, 50), pct(all, 99), all.length / seconds, all.length / seconds * mean / 1000};
    }

    /**
     * The answer's text, refused unless it is a 200 without errors: a GraphQL answer lists
     * {@code errors} before {@code data} (graphql-java's specification order), so an answer that
     * opens with {@code data} has none, a check that costs nothing beside parsing it.
     */
    private String graphQl(Canonical q) throws Exception {
        LoopbackHttp.Answer answer = timed.post(body(q).getBytes(StandardCharsets.UTF_8), false);
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        if (answer.status() != 200 || !text.startsWith("{\"data\":")) {
            throw new IllegalStateException(q.name() + " failed: " + answer.status() + " " + abbreviate(text));
        }
        return text;
    }

    /** Without the answer cache the service sends the answer as rendered, uncompressed. */
    private static boolean gzipped(byte[] bytes) {
        return bytes.length > 1 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] bytes) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    /** The answer's {@code data}, parsed; refused when it carries errors after all. */
    private JsonNode data(Canonical q, String answer) {
        JsonNode tree = json.readTree(answer);
        if (tree.has("errors")) {
            throw new IllegalStateException(q.name() + " failed: " + abbreviate(answer));
        }
        return tree.get("data");
    }

    private String body(Canonical q) {
        return json.writeValueAsString(Map.of("query", q.graphQl(), "variables", q.variables()));
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
