package io.entente.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLObjectType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

import java.time.Duration;
import java.util.Map;

/** Schema wiring that annotations cannot express, and the protective limits of the API. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /** Deepest selection accepted; the documented acceptance shapes need about 8. */
    static final int MAX_DEPTH = 12;
    /** Highest complexity accepted: one point per field, list fields multiplied by their `first`. */
    static final int MAX_COMPLEXITY = 100_000;

    @Bean
    RuntimeWiringConfigurer entityWiring() {
        return wiring -> {
            // Entities are plain maps whose `type` is their node label.
            wiring.type("Entity", type -> type.typeResolver(env -> {
                Object source = env.getObject();
                String label = source instanceof Map<?, ?> m ? String.valueOf(m.get("type")) : null;
                GraphQLObjectType resolved = label == null ? null : env.getSchema().getObjectType(label);
                return resolved != null ? resolved : env.getSchema().getObjectType("Country");
            }));
            for (String label : Cypher.ENTITY_LABELS) {
                wiring.type(label, type -> type.dataFetcher("relations", RelationsLoader.fetcher()));
            }
        };
    }

    @Bean
    GraphQlSourceBuilderCustomizer mutationTypeBase() {
        return builder -> builder.configureTypeDefinitions(new MutationTypeBase());
    }

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth() {
        return new MaxQueryDepthInstrumentation(MAX_DEPTH);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity() {
        return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, (env, childComplexity) -> {
            Object first = env.getArguments().get("first");
            // An oversized `first` is refused by the field itself with a clearer BAD_REQUEST.
            int multiplier = first instanceof Number n ? Math.clamp(n.intValue(), 1, PageRequest.MAX_PAGE_SIZE) : 1;
            return (1 + childComplexity) * multiplier;
        });
    }

    /** Requests over HTTP and WebSocket that take longer than this end with a timeout error. */
    @Bean
    TimeoutWebGraphQlInterceptor requestTimeout(@Value("${entente.api.request-timeout:10s}") Duration timeout) {
        return new TimeoutWebGraphQlInterceptor(timeout);
    }
}
