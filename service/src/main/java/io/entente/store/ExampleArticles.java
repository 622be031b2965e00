package io.entente.store;

import io.entente.extract.Article;
import io.entente.extract.GraphJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingests the example articles shipped in {@code /seed-data/examples/articles.jsonl}, so a new
 * user sees a populated graph. Unchanged articles are skipped by content hash, so every start
 * after the first writes nothing.
 */
final class ExampleArticles {

    static final String RESOURCE = "/seed-data/examples/articles.jsonl";
    private static final Logger log = LoggerFactory.getLogger(ExampleArticles.class);

    private final ArticleStore store;

    ExampleArticles(ArticleStore store) {
        this.store = store;
    }

    void ingest() {
        List<Article> articles = read();
        int written = 0;
        for (Article a : articles) {
            IngestResult r = store.ingest(a);
            switch (r.status()) {
                case FAILED -> log.warn("Example article {} not ingested: {}", a.id(), r.error());
                case INGESTED, REPLACED -> written++;
                default -> { }
            }
        }
        if (written > 0) {
            log.info("Ingested {} of {} example articles", written, articles.size());
        }
    }

    static List<Article> read() {
        try (InputStream in = ExampleArticles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            List<Article> articles = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    articles.add(GraphJson.readArticle(line));
                }
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
