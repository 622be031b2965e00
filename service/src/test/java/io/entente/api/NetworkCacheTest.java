package io.entente.api;

import io.entente.store.GraphChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cached networks serve repeats and are dropped as soon as this process changes the graph. */
class NetworkCacheTest extends ApiTestSupport {

    private static final String QUERY = "{ allianceNetwork(countries: [\"LUX\"], depth: 1) { nodes { id } } }";

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aWriteAnnouncedByTheStoreShowsInTheNextAnswer() {
        assertThat(nodes()).containsExactly("LUX");
        driver.executableQuery("""
                MATCH (a:Country {id: 'LUX'}), (b:Country {id: 'LIE'})
                MERGE (a)-[r:ALLIED_WITH {id: 'rel:test-cache-lux-lie'}]->(b) SET r.sources = 1""").execute();
        assertThat(nodes()).as("unannounced writes wait for the cache to expire").containsExactly("LUX");

        events.publishEvent(new GraphChanged(List.of("rel:test-cache-lux-lie")));

        assertThat(nodes()).containsExactlyInAnyOrder("LUX", "LIE");
    }

    @AfterEach
    void removeEdge() {
        driver.executableQuery("MATCH ()-[r {id: 'rel:test-cache-lux-lie'}]-() DELETE r").execute();
        events.publishEvent(new GraphChanged(List.of()));
    }

    private List<String> nodes() {
        return graphQl.document(QUERY).execute().path("allianceNetwork.nodes[*].id").entityList(String.class).get();
    }
}
