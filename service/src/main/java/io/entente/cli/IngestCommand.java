package io.entente.cli;

import io.entente.EntenteApplication;
import io.entente.store.ArticleFiles;
import io.entente.store.ArticleStore;
import io.entente.store.BatchIngester;
import io.entente.store.IngestStatus;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Ingests articles from disk into the graph (embedded, or NEO4J_URI), with a progress bar.
 * Articles already stored with the same content are skipped, so a killed run resumes; a failing
 * article is reported and the rest go on; the exit code is 1 when any failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest articles (a JSONL file, or a folder of .json/.txt files) into the graph.")
class IngestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PATH", description = "Articles JSONL file (FORMAT.md) or a folder of .json/.txt files.")
    Path path;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "SPRING_ARG", description = "Extra Spring Boot arguments.")
    List<String> springArgs = List.of();

    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(path)) {
            err.println("ingest: no such file or folder: " + path);
            return 2;
        }
        long total = ArticleFiles.count(path);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EntenteApplication.class)
                .web(WebApplicationType.NONE).run(springArgs.toArray(String[]::new))) {
            ArticleStore store = context.getBean(ArticleStore.class);
            Driver driver = context.getBean(Driver.class);
            long[] before = counts(driver);
            BatchIngester.Summary s;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
                    .setUnit(" articles", 1).showSpeed().setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(250).build()) {
                s = new BatchIngester(store, threads).run(ArticleFiles.read(path), r -> {
                    bar.step();
                    if (r.status() == IngestStatus.FAILED) {
                        bar.pause();
                        err.println("\ningest: failed " + r.articleId() + ": " + r.error());
                        bar.resume();
                    }
                });
            }
            long[] after = counts(driver);
            err.printf("ingest: %d articles (%d new, %d replaced, %d unchanged, %d failed) in %s; "
                            + "+%d nodes, +%d relationships (graph: %d nodes, %d relationships)%n",
                    s.articles(), s.ingested(), s.replaced(), s.unchanged(), s.failed(),
                    format(Duration.ofMillis(s.millis())), after[0] - before[0], after[1] - before[1], after[0], after[1]);
            return s.failed() == 0 ? 0 : 1;
        }
    }

    private static long[] counts(Driver driver) {
        var row = driver.executableQuery("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                RETURN nodes, relationships""").execute().records().getFirst();
        return new long[] {row.get("nodes").asLong(), row.get("relationships").asLong()};
    }

    private static String format(Duration d) {
        return d.toMinutes() > 0 ? "%dm%02ds".formatted(d.toMinutes(), d.toSecondsPart())
                : "%.1fs".formatted(d.toMillis() / 1000.0);
    }
}
