package io.entente.cli;

import io.entente.EntenteApplication;
import io.entente.bench.ApiBench;
import io.entente.store.DriverSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bench api}: starts the service on a random loopback port over a synthetic graph and
 * compares GraphQL over HTTP with hand-written Cypher for five canonical questions.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Benchmark the GraphQL API against raw Cypher on a synthetic graph.")
public class BenchApiCommand implements Callable<Integer> {

    @Option(names = "--articles", description = "Synthetic articles to generate (default ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--iterations", description = "Timed runs per query and side (default ${DEFAULT-VALUE}).")
    int iterations = 200;

    @Option(names = "--warmup", description = "Untimed runs per query first (default ${DEFAULT-VALUE}).")
    int warmup = 500;

    @Option(names = "--clients", description = "Concurrent clients for allianceNetwork (default ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(names = "--data-dir", description = {"Database folder (default: a new temporary folder). A folder that already",
            "holds at least --articles articles (e.g. filled by `ingest` with ENTENTE_DATA_DIR) is reused as it is."})
    Path dataDir;

    @Option(names = "--queries", split = ",", description = "Only these questions: ${COMPLETION-CANDIDATES} (default: all).")
    List<ApiBench.Question> queries = List.of(ApiBench.Question.values());

    @Option(names = "--network-cache", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Serve allianceNetwork from the service's answer cache, as deployed (default ${DEFAULT-VALUE}).")
    boolean networkCache;

    @Option(names = "--service", description = {"Bench a service already running in another process, at this base URL",
            "(e.g. http://127.0.0.1:8080), with --bolt its database, as clients outside the service see both.",
            "Its answer cache is as that service was started (ENTENTE_API_NETWORK_CACHE_TTL=0s turns it off)."})
    URI service;

    @Option(names = "--bolt", description = "With --service: the Bolt URI of its database (NEO4J_USERNAME/NEO4J_PASSWORD if it needs them).")
    URI bolt;

    @Override
    public Integer call() throws Exception {
        if (service != null) {
            if (bolt == null) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--service needs --bolt");
            }
            String user = System.getenv().getOrDefault("NEO4J_USERNAME", "neo4j");
            String password = System.getenv("NEO4J_PASSWORD");
            try (Driver driver = DriverSettings.driver(bolt, password == null || password.isEmpty()
                    ? AuthTokens.none() : AuthTokens.basic(user, password))) {
                System.out.printf("Service at %s (another process), database at %s%n", service, bolt);
                return bench(new ApiBench(driver, service.resolve("/graphql")));
            }
        }
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("entente-bench-");
        String[] args = {"--server.port=0", "--server.address=127.0.0.1", "--entente.data-dir=" + dir,
                "--entente.examples=false", "--entente.neo4j.uri=embedded", "--logging.level.io.entente=WARN",
                "--entente.api.network-cache-ttl=" + (networkCache ? "5s" : "0s")};
        try (ConfigurableApplicationContext context = SpringApplication.run(EntenteApplication.class, args)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            System.out.printf("allianceNetwork answer cache: %s%n", networkCache ? "on (as deployed)" : "off");
            return bench(new ApiBench(context.getBean(Driver.class), URI.create("http://127.0.0.1:" + port + "/graphql")));
        }
    }

    private int bench(ApiBench bench) throws Exception {
        bench.ensureGraph(articles, System.out);
        List<ApiBench.Result> results = bench.run(queries, warmup, iterations, System.out);
        double[] concurrent = bench.concurrentNetwork(clients, Math.max(1, iterations / 10));
        System.out.printf("%nallianceNetwork depth 2, %d concurrent clients: p50 %.2f ms, p99 %.2f ms"
                        + " (%.0f requests/s, %.1f in flight on average)%n",
                clients, concurrent[0], concurrent[1], concurrent[2], concurrent[3]);
        return results.stream().allMatch(ApiBench.Result::sameResult) ? 0 : 1;
    }

    /** Runs the benchmark on its own until the {@code bench} command group lists it. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchApiCommand()).execute(args));
    }
}
