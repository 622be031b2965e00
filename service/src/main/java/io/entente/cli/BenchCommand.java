package io.entente.cli;

import io.entente.bench.ExtractBench;
import io.entente.bench.IngestBench;
import io.entente.bench.SyntheticCorpus;
import io.entente.extract.Article;
import io.entente.extract.RuleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Synthetic corpus and throughput benchmarks; none of them touches the configured database. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a synthetic corpus and measure extraction and ingestion throughput.",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Ingest.class, BenchCommand.Extract.class,
                BenchApiCommand.class})
class BenchCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write N deterministic synthetic articles as JSONL (FORMAT.md).")
    static class Generate implements Callable<Integer> {
        @Option(names = "--articles", defaultValue = "1000", description = "Number of articles (default ${DEFAULT-VALUE}).")
        int articles;
        @Option(names = "--seed", defaultValue = "1", description = "Random seed: the same seed gives the same corpus.")
        long seed;
        @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: stdout).")
        Path out;

        @Override
        public Integer call() throws IOException {
            JsonMapper json = JsonMapper.builder().build();
            try (Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (Article a : new SyntheticCorpus(seed).articles(articles)) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", a.id());
                    line.put("title", a.title());
                    line.put("publishedAt", a.publishedAt());
                    line.put("source", a.source());
                    line.put("url", a.url());
                    line.put("text", a.text());
                    w.write(json.writeValueAsString(line));
                    w.write('\n');
                }
            }
            return 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"End-to-end extraction + resolution + write into a fresh embedded Neo4j (temporary folder),",
                    "against extraction alone on the same articles with the same extraction threads, batch by batch."})
    static class Ingest implements Callable<Integer> {
        @Option(names = "--articles", defaultValue = "10000", description = "Number of articles (default ${DEFAULT-VALUE}).")
        int articles;
        @Option(names = "--seed", defaultValue = "1")
        long seed;
        @Option(names = "--threads", description = "Extraction threads, in both measurements (default: all cores).")
        int threads = Runtime.getRuntime().availableProcessors();
        @Option(names = "--batch", defaultValue = "500", description = "Articles per measured batch (default ${DEFAULT-VALUE}).")
        int batch;
        @Option(names = "--write-batch", description = "Whole articles per write transaction (default ${DEFAULT-VALUE}).")
        int writeBatch = io.entente.store.BatchIngester.DEFAULT_WRITE_BATCH;
        @Option(names = "--warmup", defaultValue = "1000",
                description = "Articles (another seed) ingested into a scratch database first, to warm up the JIT (default ${DEFAULT-VALUE}).")
        int warmup;

        PrintStream out = System.out;

        @Override
        public Integer call() throws IOException {
            List<Article> corpus = new SyntheticCorpus(seed).articles(articles);
            List<Article> warm = warmup <= 0 ? List.of() : new SyntheticCorpus(seed + 1_000_003).articles(warmup);
            IngestBench.Report r = IngestBench.run(corpus, warm, threads, batch, writeBatch, out);
            out.printf("""
                    articles:              %d (%d failed), %d batches of %d, %d per write transaction, after %d warm-up articles
                    threads:               %d extracting in both; end to end adds 1 writer thread and Neo4j's Bolt worker
                    extraction only:       %.1f articles/s (median over batches)
                    end to end:            %.1f articles/s (median over batches; overall %.1f)
                    end to end / extract:  %.0f%% (median of per-batch ratios)
                    CPU per article:       %.2f ms end to end, %.2f ms extraction only (all threads, JIT and GC included)
                    graph:                 %d nodes, %d relationships (%d evidence nodes)
                    store on disk:         %.1f MB
                    heap after GC / RSS:   %.0f MB / %.0f MB (peak RSS %.0f MB)
                    """, r.articles(), r.failed(), r.rounds().size(), batch, r.writeBatch(), r.warmup(), r.threads(),
                    r.extractOnlyMedian(), r.endToEndMedian(), r.endToEndOverallPerSecond(), r.ratioMedian() * 100,
                    r.endToEndCpuMsPerArticle(), r.extractCpuMsPerArticle(), r.nodes(), r.relationships(), r.evidence(),
                    r.storeBytes() / 1e6, r.heapAfterGcBytes() / 1e6, r.rssBytes() / 1e6, r.peakRssBytes() / 1e6);
            return r.failed() == 0 ? 0 : 1;
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extraction only: articles/s and words/s on one thread and on all cores.")
    static class Extract implements Callable<Integer> {
        @Option(names = "--articles", defaultValue = "2000", description = "Number of articles (default ${DEFAULT-VALUE}).")
        int articles;
        @Option(names = "--seed", defaultValue = "1")
        long seed;
        @Option(names = "--threads", description = "Threads of the parallel run (default: all cores).")
        int threads = Runtime.getRuntime().availableProcessors();
        @Option(names = "--rounds", defaultValue = "5", description = "Rounds; the median is reported (default ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() {
            List<Article> corpus = new SyntheticCorpus(seed).articles(articles);
            RuleExtractor extractor = new RuleExtractor();
            ExtractBench.median(extractor, corpus, threads, 1); // JIT warm-up
            for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
                ExtractBench.Rate r = ExtractBench.median(extractor, corpus, t, rounds);
                System.out.printf("%d thread%s: %.1f articles/s, %.0f words/s (median of %d)%n",
                        t, t == 1 ? "" : "s", r.articlesPerSecond(), r.wordsPerSecond(), rounds);
            }
            return 0;
        }
    }
}
