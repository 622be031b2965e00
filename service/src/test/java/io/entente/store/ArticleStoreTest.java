package io.entente.store;

import io.entente.EmbeddedGraphTestSupport;
import io.entente.extract.Article;
import io.entente.extract.ClaimStatus;
import io.entente.resolve.ReferenceData;
import io.entente.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.entente.store.FakeExtractor.article;
import static io.entente.store.FakeExtractor.country;
import static io.entente.store.FakeExtractor.entity;
import static io.entente.store.FakeExtractor.relation;
import static org.assertj.core.api.Assertions.assertThat;

class ArticleStoreTest extends EmbeddedGraphTestSupport {

    @Autowired
    Driver driver;

    private final FakeExtractor extractor = new FakeExtractor();

    private ArticleStore store() {
        return new ArticleStore(driver, extractor, new Resolver(ReferenceData.empty()));
    }

    @Test
    void reIngestingAnArticleChangesNoCounts() {
        extractor.given("store-idem", List.of(country("XQA"), country("XQB"),
                        entity("p", "Person", "Ada Quillfeather", Map.of("country", "XQA"))),
                List.of(relation("CONDEMNED", "XQA", "XQB"), relation("HOLDS_OFFICE", "p", "XQA")));
        Article a = article("store-idem", "Quill condemned.", "2024-05-01");

        IngestResult first = store().ingest(a);
        assertThat(first.status()).isEqualTo(IngestStatus.INGESTED);
        assertThat(first.nodesCreated()).isEqualTo(6); // article, 2 stub states, person, 2 evidence
        assertThat(first.entityIds()).containsExactly("XQA", "XQB", "person:ada-quillfeather");
        assertThat(first.relations()).extracting(IngestResult.IngestedRelation::type).containsExactly("CONDEMNED", "HOLDS_OFFICE");
        long nodes = count("MATCH (n) RETURN count(n) AS n");
        long rels = count("MATCH ()-[r]->() RETURN count(r) AS n");

        IngestResult second = store().ingest(a);
        assertThat(second.status()).isEqualTo(IngestStatus.UNCHANGED);
        assertThat(count("MATCH (n) RETURN count(n) AS n")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(rels);
        assertThat(count("MATCH (:Country {id: 'XQA'})-[r:CONDEMNED]->(:Country {id: 'XQB'}) RETURN r.sources AS n")).isEqualTo(1);
    }

    @Test
    void aChangedArticleReplacesItsEvidenceAndNothingElse() {
        extractor.given("store-changed", "v1", List.of(country("XRA"), country("XRB"), country("XRC")),
                        List.of(relation("CONDEMNED", "XRA", "XRB", "2024-03", ClaimStatus.REPORTED, Map.of(), 5),
                                relation("AIDED", "XRA", "XRC", null, ClaimStatus.ASSERTED, Map.of("status", "pledged"), 40)))
                .given("store-changed", "v2", List.of(country("XRA"), country("XRC")),
                        List.of(relation("AIDED", "XRA", "XRC", null, ClaimStatus.ASSERTED, Map.of("status", "provided"), 70)))
                .given("store-other", List.of(country("XRA"), country("XRC")),
                        List.of(relation("AIDED", "XRA", "XRC", "2024-02", ClaimStatus.REPORTED, Map.of("status", "considered"), 3)));
        store().ingest(article("store-other", "other", "2024-02-20"));
        store().ingest(article("store-changed", "v1", "2024-03-01"));
        assertThat(count("MATCH (:Country {id: 'XRA'})-[r:AIDED]->() RETURN r.sources AS n")).isEqualTo(2);

        IngestResult replaced = store().ingest(article("store-changed", "v2", "2024-03-01"));

        assertThat(replaced.status()).isEqualTo(IngestStatus.REPLACED);
        assertThat(count("MATCH (:Country {id: 'XRA'})-[r:CONDEMNED]->() RETURN count(r) AS n"))
                .as("an event only the old version supported is gone").isZero();
        Map<String, Object> aided = driver.executableQuery("MATCH (:Country {id: 'XRA'})-[r:AIDED]->() RETURN properties(r) AS p")
                .execute().records().getFirst().get("p").asMap();
        assertThat(aided).containsEntry("sources", 2L).containsEntry("status", "provided")
                .containsEntry("claimStatus", "asserted").containsEntry("date", "2024-02")
                .containsEntry("firstReported", "2024-02-20").containsEntry("lastReported", "2024-03-01");
        assertThat(count("MATCH (e:Evidence {articleId: 'url:test.example/store-changed'}) RETURN count(e) AS n")).isEqualTo(1);
        assertThat(count("MATCH (e:Evidence {articleId: 'url:test.example/store-changed'}) RETURN e.start AS n")).isEqualTo(70);
        assertThat(count("MATCH (:Article {id: 'url:test.example/store-changed'})-[:MENTIONS]->(c) RETURN count(c) AS n")).isEqualTo(2);
        assertThat(count("MATCH (:Article {id: 'url:test.example/store-other'})-[:MENTIONS]->(c) RETURN count(c) AS n")).isEqualTo(2);
    }

    @Test
    void aChangedArticleRecomputesItsDeploymentAndDropsWhatOnlyItNamed() {
        Map<String, Object> early = Map.of("from", "XYA", "to", "XYB", "date", "2024-04", "troops", 3000);
        extractor.given("store-deploy-other", List.of(country("XYA"), country("XYB"),
                        entity("d", "TroopDeployment", "XYA troops in XYB", early)),
                List.of(relation("DEPLOYED_TO", "XYA", "XYB")))
                .given("store-deploy", "v1", List.of(country("XYA"), country("XYB"),
                        entity("l", "Location", "Ferngate", Map.of("country", "XYB")),
                        entity("p", "Person", "Odo Brackenridge", Map.of("country", "XYA")),
                        entity("d", "TroopDeployment", "XYA troops in XYB",
                                Map.of("from", "XYA", "to", "XYB", "date", "2024-05", "troops", 9000, "location", "Ferngate"))),
                        List.of(relation("DEPLOYED_TO", "XYA", "XYB"), relation("HOLDS_OFFICE", "p", "XYA")))
                .given("store-deploy", "v2", List.of(country("XYA"), country("XYB"),
                        entity("d", "TroopDeployment", "XYA troops in XYB",
                                Map.of("from", "XYA", "to", "XYB", "date", "2024-04", "troops", 5000))),
                        List.of(relation("DEPLOYED_TO", "XYA", "XYB")));
        store().ingest(article("store-deploy-other", "other", "2024-04-02"));
        store().ingest(article("store-deploy", "v1", "2024-05-10"));
        String deployment = "MATCH (d:TroopDeployment {pairKey: 'XYA:XYB'}) ";
        assertThat(count(deployment + "RETURN d.troops AS n")).isEqualTo(9000);
        assertThat(count(deployment + "MATCH (d)-[:AT]->(:Location {name: 'Ferngate'}) RETURN count(*) AS n")).isEqualTo(1);

        store().ingest(article("store-deploy", "v2", "2024-05-10"));

        assertThat(count(deployment + "RETURN count(d) AS n")).isEqualTo(1);
        Map<String, Object> d = driver.executableQuery(deployment + "RETURN properties(d) AS p")
                .execute().records().getFirst().get("p").asMap();
        assertThat(d).containsEntry("troops", 5000L).containsEntry("firstDate", "2024-04")
                .containsEntry("lastDate", "2024-04").doesNotContainKey("location");
        assertThat(count(deployment + "MATCH (d)-[:AT]->() RETURN count(*) AS n")).isZero();
        assertThat(count("MATCH (n) WHERE n.name IN ['Ferngate', 'Odo Brackenridge'] RETURN count(n) AS n"))
                .as("nodes only the old version named are gone").isZero();
        assertThat(count("MATCH (c:Country) WHERE c.id IN ['XYA', 'XYB'] RETURN count(c) AS n")).isEqualTo(2);
    }

    @Test
    void aChangedArticleRecomputesTheTreatyFieldsItContributed() {
        Map<String, Object> plain = Map.of("parties", List.of("XZA", "XZB"));
        extractor.given("store-pact-other", List.of(country("XZA"), country("XZB"), entity("t", "Treaty", "Pact of Reeds",
                        Map.of("parties", List.of("XZA", "XZB"), "signedDate", "2024", "status", "signed"))),
                        List.of(relation("PARTY_TO", "XZA", "t")))
                .given("store-pact", "v1", List.of(country("XZA"), country("XZB"), entity("t", "Treaty", "Pact of Reeds",
                        Map.of("parties", List.of("XZA", "XZB"), "signedDate", "2024-06-12", "status", "ratified"))),
                        List.of(relation("PARTY_TO", "XZA", "t")))
                .given("store-pact", "v2", List.of(country("XZA"), country("XZB"), entity("t", "Treaty", "Pact of Reeds", plain)),
                        List.of(relation("PARTY_TO", "XZA", "t")));
        store().ingest(article("store-pact-other", "other", "2024-06-01"));
        store().ingest(article("store-pact", "v1", "2024-06-20"));
        String treaty = "MATCH (t:Treaty {partyKey: 'XZA-XZB'}) RETURN properties(t) AS p";
        assertThat(driver.executableQuery(treaty).execute().records().getFirst().get("p").asMap())
                .containsEntry("signedDate", "2024-06-12").containsEntry("status", "ratified");

        store().ingest(article("store-pact", "v2", "2024-06-20"));

        assertThat(driver.executableQuery(treaty).execute().records().getFirst().get("p").asMap())
                .containsEntry("signedDate", "2024").containsEntry("status", "signed");
    }

    @Test
    void tenArticlesAboutOneTreatyMakeOneTreatyWithTenSources() {
        for (int i = 0; i < 10; i++) {
            String name = i % 2 == 0 ? "Treaty on Quiet Borders" : "quiet borders treaty";
            extractor.given("store-treaty-" + i, List.of(country("XSA"), country("XSB"),
                            entity("t", "Treaty", name, Map.of("parties", List.of("XSB", "XSA"), "signedDate", "2024-06"))),
                    List.of(relation("PARTY_TO", "XSA", "t"), relation("PARTY_TO", "XSB", "t")));
            store().ingest(article("store-treaty-" + i, "text " + i, "2024-06-%02d".formatted(10 + i)));
        }
        assertThat(count("MATCH (t:Treaty {partyKey: 'XSA-XSB'}) RETURN count(t) AS n")).isEqualTo(1);
        assertThat(count("MATCH (t:Treaty {partyKey: 'XSA-XSB'}) RETURN size(t.mergedBy) AS n")).isEqualTo(2);
        assertThat(count("MATCH (:Country {id: 'XSA'})-[r:PARTY_TO]->(:Treaty) RETURN r.sources AS n")).isEqualTo(10);
        assertThat(count("MATCH (a:Article)-[:MENTIONS]->(:Treaty {partyKey: 'XSA-XSB'}) RETURN count(a) AS n")).isEqualTo(10);
        assertThat(count("MATCH (:Country {id: 'XSA'})-[r:PARTY_TO]->() MATCH (e:Evidence {relId: r.id}) RETURN count(e) AS n"))
                .isEqualTo(10);
    }

    @Test
    void twoThreadsIngestingOverlappingArticlesLeaveNoDuplicates() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            extractor.given("store-race-" + i, List.of(country("XTA"), country("XTB"),
                            entity("p", "Person", "Bram Oakhollow", Map.of("country", "XTA")),
                            entity("l", "Location", "Stillwater", Map.of("country", "XTB")),
                            entity("t", "Treaty", "Oakhollow Accord", Map.of("parties", List.of("XTA", "XTB")))),
                    List.of(relation("SIGNED", "p", "t"), relation("ALLIED_WITH", "XTB", "XTA"), relation("HOLDS_OFFICE", "p", "XTA")));
            articles.add(article("store-race-" + i, "race " + i, "2024-07-01"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<IngestResult>> results = new ArrayList<>();
        for (Article a : articles) {
            results.add(pool.submit(() -> store().ingest(a)));
            results.add(pool.submit(() -> store().ingest(a)));
        }
        for (Future<IngestResult> f : results) {
            assertThat(f.get().status()).isNotEqualTo(IngestStatus.FAILED);
        }
        pool.shutdown();

        assertThat(count("MATCH (n:Person {id: 'person:bram-oakhollow'}) RETURN count(n) AS n")).isEqualTo(1);
        assertThat(count("MATCH (n:Location {id: 'loc:xtb:stillwater'}) RETURN count(n) AS n")).isEqualTo(1);
        assertThat(count("MATCH (n:Treaty {partyKey: 'XTA-XTB'}) RETURN count(n) AS n")).isEqualTo(1);
        assertThat(count("MATCH (n:Article) WHERE n.id STARTS WITH 'url:test.example/store-race-' RETURN count(n) AS n")).isEqualTo(12);
        assertThat(count("MATCH (:Country {id: 'XTA'})-[r:ALLIED_WITH]-(:Country {id: 'XTB'}) RETURN count(r) AS n")).isEqualTo(1);
        assertThat(count("MATCH (:Country {id: 'XTA'})-[r:ALLIED_WITH]-(:Country {id: 'XTB'}) RETURN r.sources AS n")).isEqualTo(12);
        assertThat(count("MATCH (:Person {id: 'person:bram-oakhollow'})-[r:SIGNED]->() RETURN r.sources AS n")).isEqualTo(12);
        assertThat(count("MATCH (e:Evidence) WHERE e.articleId STARTS WITH 'url:test.example/store-race-' RETURN count(e) AS n"))
                .isEqualTo(36);
    }

    @Test
    void aFailingArticleIsReportedAndWritesNothing() {
        IngestResult r = store().ingest(article("store-boom", "boom", "2024-01-01"));
        assertThat(r.status()).isEqualTo(IngestStatus.FAILED);
        assertThat(r.error()).contains("store-boom");
        assertThat(count("MATCH (a:Article {id: 'url:test.example/store-boom'}) RETURN count(a) AS n")).isZero();
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
    }
}
