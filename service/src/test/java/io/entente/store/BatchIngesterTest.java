package io.entente.store;

import io.entente.EmbeddedGraphTestSupport;
import io.entente.extract.Article;
import io.entente.extract.RuleExtractor;
import io.entente.resolve.ReferenceData;
import io.entente.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.entente.store.FakeExtractor.article;
import static io.entente.store.FakeExtractor.country;
import static io.entente.store.FakeExtractor.entity;
import static io.entente.store.FakeExtractor.relation;
import static org.assertj.core.api.Assertions.assertThat;

class BatchIngesterTest extends EmbeddedGraphTestSupport {

    @Autowired
    Driver driver;

    @Autowired
    ArticleStore serviceStore;

    @Test
    void aKilledThenResumedBatchEndsWithTheSameGraphAsAnUninterruptedOne() {
        // Two disjoint worlds (different states) ingest the same batch shape: one in one go, one cut and resumed.
        List<Article> whole = batch("XUA", "XUB", "batch-whole-");
        List<Article> resumed = batch("XVA", "XVB", "batch-resumed-");

        BatchIngester.Summary uninterrupted = ingester().run(items(whole), r -> { });
        ingester().run(items(resumed.subList(0, 4)), r -> { }); // the "kill": only a prefix got in
        BatchIngester.Summary rest = ingester().run(items(resumed), r -> { });

        assertThat(uninterrupted.ingested()).isEqualTo(10);
        assertThat(rest.unchanged()).as("the prefix is skipped").isEqualTo(4);
        assertThat(rest.ingested()).isEqualTo(6);
        assertThat(shape("XUA", "batch-whole-")).isEqualTo(shape("XVA", "batch-resumed-"));
    }

    @Test
    void aFailingArticleDoesNotStopTheBatch() {
        List<Article> articles = new ArrayList<>(batch("XWA", "XWB", "batch-failing-"));
        articles.add(3, article("batch-failing-boom", "boom", "2024-01-01"));
        List<BatchIngester.Item> items = new ArrayList<>(articles.stream().map(BatchIngester.Item::of).toList());
        items.add(5, BatchIngester.Item.failed("articles.jsonl:6", "Unexpected character"));
        List<IngestResult> results = new ArrayList<>();

        BatchIngester.Summary s = ingester().run(items.iterator(), results::add);

        assertThat(s.failed()).isEqualTo(2);
        assertThat(s.ingested()).isEqualTo(10);
        assertThat(results).filteredOn(r -> r.status() == IngestStatus.FAILED)
                .extracting(IngestResult::articleId).containsExactlyInAnyOrder("url:test.example/batch-failing-boom", "articles.jsonl:6");
        assertThat(count("MATCH (a:Article) WHERE a.id STARTS WITH 'url:test.example/batch-failing-' RETURN count(a) AS n"))
                .isEqualTo(10);
    }

    /** The acceptance scenario on the fixture corpus: a second ingest changes no count. */
    @Test
    void ingestingTheFixtureCorpusTwiceGivesIdenticalCounts() throws IOException {
        Path fixture = Path.of("src/test/resources/fixtures/articles.jsonl");
        BatchIngester ingester = new BatchIngester(serviceStore, 2);
        assertThat(serviceStore.extractor()).isInstanceOf(RuleExtractor.class);

        BatchIngester.Summary first = ingester.run(ArticleFiles.read(fixture), r -> { });
        long[] afterFirst = totals();
        BatchIngester.Summary second = ingester.run(ArticleFiles.read(fixture), r -> { });

        assertThat(first.failed()).isZero();
        assertThat(first.ingested() + first.unchanged()).isEqualTo((int) ArticleFiles.count(fixture));
        assertThat(second.unchanged()).isEqualTo(second.articles());
        assertThat(totals()).isEqualTo(afterFirst);
        assertThat(count("MATCH (e:Evidence)-[:IN]->(a:Article) WHERE a.source IS NOT NULL RETURN count(e) AS n")).isPositive();
    }

    @Test
    void readsAFolderOfJsonAndTextFiles() throws IOException {
        Path dir = Files.createTempDirectory("entente-articles-");
        Files.writeString(dir.resolve("one.json"), """
                {"id": "folder-1", "title": "A", "text": "Some text.", "publishedAt": "2024-01-02", "url": null}""");
        Files.writeString(dir.resolve("two.txt"), "A title line\n\nThe body of the article.\n");
        Files.writeString(dir.resolve("bad.json"), "{not json");
        List<BatchIngester.Item> items = new ArrayList<>();
        ArticleFiles.read(dir).forEachRemaining(items::add);

        assertThat(ArticleFiles.count(dir)).isEqualTo(3);
        assertThat(items).hasSize(3);
        assertThat(items.get(0).unreadable().source()).endsWith("bad.json");
        assertThat(items.get(1).article().id()).isEqualTo("folder-1");
        assertThat(items.get(2).article().title()).isEqualTo("A title line");
        assertThat(items.get(2).article().text()).isEqualTo("The body of the article.");
    }

    private BatchIngester ingester() {
        return new BatchIngester(new ArticleStore(driver, fakes, new Resolver(ReferenceData.empty())), 2);
    }

    private final FakeExtractor fakes = new FakeExtractor();

    /** Ten articles about two states (people of their own): a treaty, a deployment with growing figures, meetings. */
    private List<Article> batch(String a, String b, String prefix) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = prefix + i;
            fakes.given(id, List.of(country(a), country(b),
                            entity("p", "Person", "Orla Vennick " + a, Map.of("country", a)),
                            entity("q", "Person", "Tamsin " + b + (i % 2 == 0 ? "rook" : "rooke"), Map.of("country", b)),
                            entity("t", "Treaty", "Harbour Accord", Map.of("parties", List.of(a, b))),
                            entity("d", "TroopDeployment", null, Map.of("from", a, "to", b, "troops", 1000 * (i + 1)))),
                    List.of(relation("MET_WITH", "p", "q"), relation("PARTY_TO", a, "t"), relation("DEPLOYED_TO", a, b),
                            relation("REPORTED", "p", "d")));
            articles.add(article(id, "text " + i, "2024-09-%02d".formatted(i + 1)));
        }
        return articles;
    }

    private static Iterator<BatchIngester.Item> items(List<Article> articles) {
        return articles.stream().map(BatchIngester.Item::of).iterator();
    }

    /** Everything the batch created, with the state codes and article prefix taken out. */
    private List<String> shape(String state, String prefix) {
        return driver.executableQuery("""
                MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.id STARTS WITH 'url:test.example/' + $prefix
                WITH DISTINCT n
                OPTIONAL MATCH (n)-[r]->(m) WHERE type(r) <> 'MENTIONS'
                RETURN labels(n)[0] + ' ' + coalesce(n.troops, '') + ' ' + size(coalesce(n.aliases, [])) + ' -' + type(r)
                       + '-> ' + coalesce(r.sources, '') + ' ' + coalesce(r.lastReported, '') AS row
                ORDER BY row""").withParameters(Map.of("prefix", prefix)).execute()
                .records().stream().map(r -> r.get("row").asString().replace(state.substring(0, 2), "X?")).toList();
    }

    private long[] totals() {
        return new long[] {count("MATCH (n) RETURN count(n) AS n"), count("MATCH ()-[r]->() RETURN count(r) AS n")};
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
    }
}
