package io.entente.api;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Event.evidence through the batched {@link EvidenceLoader}: no statement per event. */
@Controller
class EvidenceController {

    @SchemaMapping(typeName = "Event", field = "evidence")
    CompletableFuture<List<EvidenceView>> evidence(Event event, @Argument Integer first, DataFetchingEnvironment env) {
        int limit = EvidenceLoader.limit(first);
        return EvidenceLoader.load(env.getDataLoader(EvidenceLoader.NAME), event.id(), limit);
    }
}
