package io.entente.api;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The lean chain drops per-field hooks nobody implements, and keeps those somebody does. */
class LeanInstrumentationTest {

    private static final List<Instrumentation> LIMITS = List.of(new MaxQueryDepthInstrumentation(2),
            new MaxQueryComplexityInstrumentation(100));

    /** Counts the fields it sees, as a tracing instrumentation would. */
    static final class FieldCounter extends SimplePerformantInstrumentation {
        final AtomicInteger fields = new AtomicInteger();

        @Override
        public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
                                                                  InstrumentationState state) {
            fields.incrementAndGet();
            return null;
        }
    }

    @Test
    void operationLevelLimitsHaveNoPerFieldHooks() {
        assertThat(LeanInstrumentation.anyOverrides(LIMITS, "beginFieldExecution", InstrumentationFieldParameters.class)).isFalse();
        assertThat(LeanInstrumentation.anyOverrides(LIMITS, "beginFieldFetching", InstrumentationFieldFetchParameters.class)).isFalse();
        assertThat(LeanInstrumentation.anyOverrides(List.of(new FieldCounter()), "beginFieldExecution",
                InstrumentationFieldParameters.class)).isTrue();
    }

    @Test
    void limitsStillRejectAndFieldHooksStillRun() {
        FieldCounter counter = new FieldCounter();
        List<Instrumentation> all = List.of(LIMITS.get(0), LIMITS.get(1), counter);
        GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
                type Query { a: A }
                type A { b: B  x: Int }
                type B { c: A }"""), RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("a", env -> Map.of("x", 1))).build()))
                .instrumentation(new LeanInstrumentation(all)).build();

        ExecutionResult ok = graphQl.execute("{ a { x } }");
        assertThat(ok.getErrors()).isEmpty();
        assertThat(ok.<Map<String, Object>>getData()).isEqualTo(Map.of("a", Map.of("x", 1)));
        assertThat(counter.fields).hasValue(2);

        ExecutionResult tooDeep = graphQl.execute("{ a { b { c { x } } } }");
        assertThat(tooDeep.getErrors()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("depth"));
    }
}
