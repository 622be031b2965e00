package io.entente.bench;

import io.entente.extract.Article;
import io.entente.extract.Extractor;
import io.entente.extract.RuleExtractor;
import io.entente.resolve.ReferenceData;
import io.entente.resolve.Resolver;
import io.entente.store.ArticleStore;
import io.entente.store.BatchIngester;
import io.entente.store.EmbeddedNeo4j;
import io.entente.store.GazetteerSeeder;
import io.entente.store.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * End-to-end ingestion (extraction, resolution, write) into a fresh embedded Neo4j in a
 * temporary folder, against extraction alone measured in the same run on the same articles.
 */
public final class IngestBench {

    public record Report(int articles, double extractOnlyPerSecond, double endToEndMedianPerSecond,
                         double endToEndOverallPerSecond, int failed, long nodes, long relationships,
                         long evidence, long storeBytes, long heapUsedBytes, long rssBytes) {

        public double ratio() {
            return endToEndMedianPerSecond / extractOnlyPerSecond;
        }
    }

    private IngestBench() {
    }

    public static Report run(List<Article> articles, int threads, int batchSize, int writeBatch, PrintStream log) throws IOException {
        Path home = Files.createTempDirectory("entente-bench-");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home.resolve("neo4j"), 0);
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            new SchemaMigrations(driver).apply();
            new GazetteerSeeder(driver).seed();
            Extractor extractor = new RuleExtractor();
            ExtractBench.pass(extractor, articles.subList(0, Math.min(300, articles.size())), threads); // JIT warm-up
            double extractOnly = articles.size() / ExtractBench.pass(extractor, articles, threads);
            log.printf("extraction only: %.1f articles/s (%d threads)%n", extractOnly, threads);

            ArticleStore store = new ArticleStore(driver, extractor, new Resolver(ReferenceData.fromClasspath()));
            BatchIngester ingester = new BatchIngester(store, threads, writeBatch);
            List<Double> rates = new ArrayList<>();
            int failed = 0;
            long started = System.nanoTime();
            for (int from = 0; from < articles.size(); from += batchSize) {
                List<Article> batch = articles.subList(from, Math.min(articles.size(), from + batchSize));
                BatchIngester.Summary s = ingester.run(batch.stream().map(BatchIngester.Item::of).iterator(), r -> { });
                failed += s.failed();
                double rate = batch.size() * 1000.0 / Math.max(1, s.millis());
                rates.add(rate);
                log.printf("  batch %d-%d: %.1f articles/s%n", from, from + batch.size(), rate);
            }
            double overall = articles.size() / ((System.nanoTime() - started) / 1e9);
            long[] counts = counts(driver);
            Runtime rt = Runtime.getRuntime();
            return new Report(articles.size(), extractOnly, median(rates), overall, failed, counts[0], counts[1], counts[2],
                    size(home), rt.totalMemory() - rt.freeMemory(), rss());
        } finally {
            delete(home);
        }
    }

    private static long[] counts(Driver driver) {
        var r = driver.executableQuery("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
                RETURN nodes, relationships, evidence""").execute().records().getFirst();
        return new long[] {r.get("nodes").asLong(), r.get("relationships").asLong(), r.get("evidence").asLong()};
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Resident set size of this process from /proc (Linux); 0 where unavailable. */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return 0;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
