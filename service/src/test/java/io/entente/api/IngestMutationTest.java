package io.entente.api;

import io.entente.EmbeddedGraphTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ingestion mutations over HTTP: the X-API-Key header must carry the ingester role. */
class IngestMutationTest extends EmbeddedGraphTestSupport {

    private static final String TEXT = "SEOUL - South Korea and Japan signed a new defence cooperation agreement on Monday, "
            + "officials in both capitals said. The two governments agreed to share missile warning data in real time.";

    @Autowired
    WebApplicationContext context;

    @Autowired
    Driver driver;

    HttpGraphQl http;

    @BeforeEach
    void http() {
        http = new HttpGraphQl(context);
    }

    @Test
    void ingestsAnArticleAndReportsWhatItStoredThenNothingTheSecondTime() throws Exception {
        String ingest = ingest("https://mutation.example/kor-jpn", TEXT);
        http.post(ingest, "test-ingester-key").andExpect(status().isOk())
                .andExpect(jsonPath("$.errors").doesNotExist())
                .andExpect(jsonPath("$.data.ingestArticle.status").value("INGESTED"))
                .andExpect(jsonPath("$.data.ingestArticle.articleId").value("url:mutation.example/kor-jpn"))
                .andExpect(jsonPath("$.data.ingestArticle.entityIds", hasItems("KOR", "JPN")))
                .andExpect(jsonPath("$.data.ingestArticle.nodesCreated", greaterThan(0)))
                .andExpect(jsonPath("$.data.ingestArticle.relationshipsCreated", greaterThan(0)));

        http.post(ingest, "test-ingester-key")
                .andExpect(jsonPath("$.data.ingestArticle.status").value("UNCHANGED"))
                .andExpect(jsonPath("$.data.ingestArticle.nodesCreated").value(0));
        assertThat(articles("url:mutation.example/kor-jpn")).isEqualTo(1);
    }

    @Test
    void ingestsSeveralArticlesEachOnItsOwn() throws Exception {
        http.post("mutation { ingestArticles(inputs: [" + input("https://mutation.example/many-1", TEXT) + ", "
                        + input("https://mutation.example/many-2", TEXT.replace("Monday", "Tuesday")) + "]) { status articleId } }",
                        "test-ingester-key")
                .andExpect(jsonPath("$.data.ingestArticles[0].status").value("INGESTED"))
                .andExpect(jsonPath("$.data.ingestArticles[1].status").value("INGESTED"));
    }

    @Test
    void withoutTheIngesterRoleTheMutationIsRefused() throws Exception {
        http.post(ingest("https://mutation.example/refused", TEXT), null)
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
        http.post(ingest("https://mutation.example/refused", TEXT), "test-curator-key")
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("FORBIDDEN"));
        assertThat(articles("url:mutation.example/refused")).isZero();
    }

    private static String ingest(String url, String text) {
        return "mutation { ingestArticle(input: " + input(url, text) + ") { articleId status entitiesExtracted "
                + "relationsExtracted nodesCreated relationshipsCreated entityIds relations { id type subject object } error } }";
    }

    private static String input(String url, String text) {
        return "{title: \"Seoul and Tokyo agree on defence cooperation\", text: \"" + text
                + "\", publishedAt: \"2024-11-04\", source: \"Mutation Test Wire\", url: \"" + url + "\"}";
    }

    private long articles(String id) {
        return driver.executableQuery("MATCH (a:Article {id: $id}) RETURN count(a) AS n")
                .withParameters(Map.of("id", id)).execute().records().getFirst().get("n").asLong();
    }
}
