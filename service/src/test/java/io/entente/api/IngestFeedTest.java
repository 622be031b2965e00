package io.entente.api;

import io.entente.extract.Article;
import io.entente.store.ArticleStore;
import io.entente.store.IngestStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An ingested article reaches eventAdded subscribers without anyone calling the publisher by hand. */
class IngestFeedTest extends ApiTestSupport {

    @Autowired
    ArticleStore store;

    @Test
    void aSubscriberHearsOfTheSigningInAnIngestedArticle() throws Exception {
        CompletableFuture<Map> received = graphQl
                .document("subscription { eventAdded(filter: {types: [\"SIGNED\"]}) { type object { id } evidence { sentence } } }")
                .executeSubscription().toFlux("eventAdded", Map.class).next().timeout(Duration.ofSeconds(30)).toFuture();
        Thread.sleep(500); // the subscription starts asynchronously

        var result = store.ingest(new Article("feed-1", "Chile and Peru sign fisheries pact",
                "LIMA - Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed a fisheries "
                        + "cooperation agreement in Lima on Tuesday, their offices said.",
                "2024-03-14", "Feed Test Wire", "https://feed.example/chl-per-" + System.nanoTime()));

        assertThat(result.status()).isEqualTo(IngestStatus.INGESTED);
        Map<?, ?> event = received.get(30, TimeUnit.SECONDS);
        assertThat(event.get("type")).isEqualTo("SIGNED");
        assertThat(event.get("evidence").toString()).contains("fisheries");
    }
}
