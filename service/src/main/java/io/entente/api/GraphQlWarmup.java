package io.entente.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Runs one query through the whole GraphQL and Cypher stack when the service is ready, so the
 * first analyst's request does not pay for class loading and query planning.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlWarmup {

    private static final Logger log = LoggerFactory.getLogger(GraphQlWarmup.class);

    private final ExecutionGraphQlService graphQl;

    GraphQlWarmup(ExecutionGraphQlService graphQl) {
        this.graphQl = graphQl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        long start = System.nanoTime();
        var request = new DefaultExecutionGraphQlRequest(
                "{ countries(first: 1) { totalCount edges { node { id name } } } country(code: \"USA\") { name } }",
                null, Map.of(), Map.of(), "warmup", null);
        graphQl.execute(request).block();
        log.info("GraphQL warm-up took {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
