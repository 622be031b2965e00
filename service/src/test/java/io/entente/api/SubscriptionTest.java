package io.entente.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** eventAdded delivers published events that match the subscriber's filter, and only those. */
class SubscriptionTest extends ApiTestSupport {

    @Autowired
    EventPublisher publisher;

    @Test
    void subscriberReceivesAMatchingEventAfterPublish() throws Exception {
        CompletableFuture<Map> received = graphQl
                .document("subscription { eventAdded(filter: {types: [\"DEPLOYED_TO\"], actor: \"PRK\"}) { id type subject { id } object { id } troops evidence { sentence } } }")
                .executeSubscription().toFlux("eventAdded", Map.class).next().timeout(Duration.ofSeconds(20)).toFuture();
        // Publishing the other events first proves the filter; retrying covers subscription start-up.
        for (int attempt = 0; attempt < 50 && !received.isDone(); attempt++) {
            publisher.publish(List.of("rel:fx:SIGNED:person:fx-vladimir-putin:" + ApiFixture.TREATY,
                    "rel:fx:DEPLOYED_TO:PRK:RUS"));
            Thread.sleep(100);
        }
        Map<?, ?> event = received.get(20, TimeUnit.SECONDS);
        assertThat(event.get("type")).isEqualTo("DEPLOYED_TO");
        assertThat(((Map<?, ?>) event.get("object")).get("id")).isEqualTo("RUS");
        assertThat(event.get("troops")).isEqualTo(10000);
        assertThat((List<?>) event.get("evidence")).isNotEmpty();
    }
}
