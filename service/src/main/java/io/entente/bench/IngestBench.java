package io.entente.bench;

import io.entente.extract.Article;
import io.entente.extract.Extractor;
import io.entente.extract.RuleExtractor;
import io.entente.resolve.ReferenceData;
import io.entente.resolve.Resolver;
import io.entente.store.ArticleStore;
import io.entente.store.BatchIngester;
import io.entente.store.DriverSettings;
import io.entente.store.EmbeddedNeo4j;
import io.entente.store.GazetteerSeeder;
import io.entente.store.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * End-to-end ingestion (extraction, resolution, write) into a fresh embedded Neo4j in a
 * temporary folder, against extraction alone on the same articles with the same number of
 * extraction threads. The two are interleaved batch by batch (each batch ingested, then the same
 * batch extracted alone), so both see the same machine load: on a shared machine a rate measured
 * once, minutes apart from the other, says more about the neighbours than about the code.
 */
public final class IngestBench {

    /** One measured batch: ingested end to end, then the same articles extracted alone. */
    public record Round(int from, int articles, double endToEndPerSecond, double extractOnlyPerSecond) {
        public double ratio() {
            return endToEndPerSecond / extractOnlyPerSecond;
        }
    }

    public record Report(int articles, int threads, int writeBatch, int warmup, List<Round> rounds,
                         double endToEndOverallPerSecond, double endToEndCpuMsPerArticle, double extractCpuMsPerArticle,
                         int failed, long nodes, long relationships, long evidence,
                         long storeBytes, long heapAfterGcBytes, long rssBytes, long peakRssBytes) {

        public double endToEndMedian() {
            return median(rounds, Round::endToEndPerSecond);
        }

        public double extractOnlyMedian() {
            return median(rounds, Round::extractOnlyPerSecond);
        }

        /** The median of the per-batch ratios: each compares two passes over the same articles, back to back. */
        public double ratioMedian() {
            return median(rounds, Round::ratio);
        }
    }

    private IngestBench() {
    }

    /**
     * Ingests {@code warmup} into a scratch database first (so the JIT has compiled the write path,
     * as the extraction warm-up does for extraction), then measures {@code articles} in batches of
     * {@code batchSize} into a fresh one.
     */
    public static Report run(List<Article> articles, List<Article> warmup, int threads, int batchSize, int writeBatch,
                             PrintStream log) throws IOException {
        Extractor extractor = new RuleExtractor();
        Resolver resolver = new Resolver(ReferenceData.fromClasspath());
        ExtractBench.pass(extractor, articles.subList(0, Math.min(300, articles.size())), threads); // JIT warm-up
        if (!warmup.isEmpty()) {
            long started = System.nanoTime();
            withDatabase((driver, home) -> {
                ingest(driver, extractor, resolver, warmup, threads, writeBatch);
                return null;
            });
            log.printf("warm-up: %d articles into a scratch database in %.1f s%n", warmup.size(), (System.nanoTime() - started) / 1e9);
        }
        return withDatabase((driver, home) -> measure(driver, home, extractor, resolver, articles, warmup.size(), threads, batchSize,
                writeBatch, log));
    }

    private static Report measure(Driver driver, Path home, Extractor extractor, Resolver resolver, List<Article> articles, int warmup,
                                  int threads, int batchSize, int writeBatch, PrintStream log) {
        List<Round> rounds = new ArrayList<>();
        int failed = 0;
        long e2eNanos = 0;
        long e2eCpu = 0;
        long extractCpu = 0;
        ArticleStore store = new ArticleStore(driver, extractor, resolver);
        BatchIngester ingester = new BatchIngester(store, threads, writeBatch);
        for (int from = 0; from < articles.size(); from += batchSize) {
            List<Article> batch = articles.subList(from, Math.min(articles.size(), from + batchSize));
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            BatchIngester.Summary s = ingester.run(batch.stream().map(BatchIngester.Item::of).iterator(), r -> { });
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            double extractSeconds = ExtractBench.pass(extractor, batch, threads);
            long cpu2 = processCpuNanos();
            failed += s.failed();
            e2eNanos += t1 - t0;
            e2eCpu += cpu1 - cpu0;
            extractCpu += cpu2 - cpu1;
            Round round = new Round(from, batch.size(), batch.size() / ((t1 - t0) / 1e9), batch.size() / extractSeconds);
            rounds.add(round);
            log.printf("  batch %d-%d: end to end %.1f articles/s (%.2f ms CPU each), extraction only %.1f articles/s (%.2f ms): %.0f%%%n",
                    from, from + batch.size(), round.endToEndPerSecond(), (cpu1 - cpu0) / 1e6 / batch.size(),
                    round.extractOnlyPerSecond(), (cpu2 - cpu1) / 1e6 / batch.size(), round.ratio() * 100);
        }
        long[] counts = counts(driver);
        System.gc();
        return new Report(articles.size(), threads, writeBatch, warmup, rounds, articles.size() / (e2eNanos / 1e9),
                e2eCpu / 1e6 / articles.size(), extractCpu / 1e6 / articles.size(), failed, counts[0], counts[1], counts[2],
                size(home), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), procStatus("VmRSS:"), procStatus("VmHWM:"));
    }

    private static void ingest(Driver driver, Extractor extractor, Resolver resolver, List<Article> articles, int threads,
                               int writeBatch) {
        new BatchIngester(new ArticleStore(driver, extractor, resolver), threads, writeBatch)
                .run(articles.stream().map(BatchIngester.Item::of).iterator(), r -> { });
    }

    private interface Work<T> {
        T run(Driver driver, Path home);
    }

    /** Runs {@code work} against a fresh embedded database in a temporary folder, deleted afterwards. */
    private static <T> T withDatabase(Work<T> work) throws IOException {
        Path home = Files.createTempDirectory("entente-bench-");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home.resolve("neo4j"), 0);
             Driver driver = DriverSettings.driver(neo4j.boltUri(), AuthTokens.none())) {
            new SchemaMigrations(driver).apply();
            new GazetteerSeeder(driver).seed();
            return work.run(driver, home);
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

    static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        double[] sorted = items.stream().mapToDouble(value).sorted().toArray();
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** CPU time of the whole process (all threads: extraction, writer, Neo4j, JIT, GC). */
    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /** A size line of /proc/self/status (VmRSS current, VmHWM peak resident set) in bytes; 0 where unavailable. */
    static long procStatus(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
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
