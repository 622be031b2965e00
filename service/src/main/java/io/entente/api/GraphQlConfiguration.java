package io.entente.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;
import graphql.schema.GraphQLObjectType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

import java.time.Duration;
import java.util.List;
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

    /**
     * Parses and validates each distinct document once, and runs the instrumentations (the same
     * ones Spring Boot found) without per-field calls to those that only check whole operations.
     */
    @Bean
    GraphQlSourceBuilderCustomizer leanExecution(ObjectProvider<Instrumentation> instrumentations) {
        return builder -> builder.configureGraphQl(graphQl -> {
            graphQl.preparsedDocumentProvider(new PreparsedDocuments());
            List<Instrumentation> all = instrumentations.orderedStream().toList();
            if (!all.isEmpty()) {
                graphQl.instrumentation(new LeanInstrumentation(all));
            }
        });
    }

    /**
     * With virtual threads on, Spring for GraphQL runs every controller method on another
     * (virtual) thread. Requests already run on a virtual thread, so blocking Cypher there is
     * cheap, while each hand-off costs a context switch, which on a busy 2-core machine is the
     * larger part of a small query's latency. Controller methods therefore run where they are called.
     */
    @Bean
    static BeanPostProcessor controllersOnCallingThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }

    /**
     * Requests stay observed (the graphql.request metrics and traces); single data fetchers do not:
     * a timer around every controller-backed field was a quarter of the CPU of a page of a hundred
     * deployments with their troop figures.
     */
    @Bean
    GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObjectProvider<ObservationRegistry> registry) {
        return new GraphQlObservationInstrumentation(registry.getIfAvailable(() -> ObservationRegistry.NOOP)) {
            @Override
            public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                        InstrumentationState state) {
                return dataFetcher;
            }
        };
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

    /** Kept allianceNetwork answers go out as bytes, after Spring Security (order -100) has let the request in. */
    @Bean
    FilterRegistrationBean<NetworkAnswers> networkAnswers(NetworkResponses responses,
                                                         @Value("${spring.graphql.http.path:/graphql}") String path) {
        FilterRegistrationBean<NetworkAnswers> registration = new FilterRegistrationBean<>(new NetworkAnswers(responses, path));
        registration.addUrlPatterns(path);
        registration.setOrder(0);
        return registration;
    }

    /** Requests over HTTP and WebSocket that take longer than this end with a timeout error. */
    @Bean
    TimeoutWebGraphQlInterceptor requestTimeout(@Value("${entente.api.request-timeout:10s}") Duration timeout) {
        return new TimeoutWebGraphQlInterceptor(timeout);
    }
}
