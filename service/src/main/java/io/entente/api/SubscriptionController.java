package io.entente.api;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** eventAdded: newly ingested events that match the subscriber's filter. */
@Controller
class SubscriptionController {

    private final EventPublisher publisher;

    SubscriptionController(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @SubscriptionMapping
    Flux<Event> eventAdded(@Argument EventFilter filter) {
        EventFilter f = filter == null ? EventFilter.NONE : filter;
        f.params(); // validates the filter up front: a bad one is an error, not a silent empty feed
        return publisher.events().filter(f::accepts);
    }
}
