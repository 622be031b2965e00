package io.entente.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.entente.store.GraphChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Live feed behind the {@code eventAdded} subscription. After an article's transaction commits, the
 * store announces the ids of the event relationships it created or updated ({@link GraphChanged});
 * the events are read back in one statement and pushed to every matching subscriber.
 * Slow subscribers miss events rather than hold ingestion up.
 */
@Component
public class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);
    private static final String BY_IDS = Cypher.relationsById("", "$ids")
            + "WITH s, r, o WHERE coalesce(r.retracted, false) = false\nRETURN " + Cypher.event("r", "s", "o") + " AS event";

    private final Sinks.Many<Event> sink = Sinks.many().multicast().directBestEffort();
    private final GraphReader graph;

    EventPublisher(GraphReader graph) {
        this.graph = graph;
    }

    @EventListener
    void onGraphChanged(GraphChanged change) {
        publish(change.relationIds());
    }

    /** Publishes the committed event relationships with these ids ({@code r.id}); unknown ids are skipped. */
    public void publish(Collection<String> relationIds) {
        if (relationIds == null || relationIds.isEmpty() || sink.currentSubscriberCount() == 0) {
            return;
        }
        try {
            for (Map<String, Object> row : graph.rows(BY_IDS, Map.of("ids", List.copyOf(relationIds)))) {
                publish(Event.of(Values.map(row, "event")));
            }
        } catch (RuntimeException e) {
            // A live feed must never fail the ingest that feeds it.
            log.warn("Could not publish {} events: {}", relationIds.size(), e.toString());
        }
    }

    void publish(Event event) {
        sink.tryEmitNext(event);
    }

    Flux<Event> events() {
        return sink.asFlux();
    }
}
