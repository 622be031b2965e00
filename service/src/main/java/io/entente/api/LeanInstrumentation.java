package io.entente.api;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

import java.util.Arrays;
import java.util.List;

/**
 * graphql-java's chain asks every instrumentation about every field and every object, even those
 * (depth and complexity limits) that only look at the whole operation: on an answer of 18,000
 * edges that was a third of the CPU. This chain skips a per-field hook when no instrumentation
 * in it overrides that hook, and otherwise behaves exactly like {@link ChainedInstrumentation}.
 */
final class LeanInstrumentation extends ChainedInstrumentation {

    private final boolean fieldExecution;
    private final boolean fieldFetching;
    private final boolean fieldCompletion;
    private final boolean fieldListCompletion;
    private final boolean executeObject;
    private final boolean dataFetcher;

    LeanInstrumentation(List<Instrumentation> instrumentations) {
        super(instrumentations);
        fieldExecution = anyOverrides(instrumentations, "beginFieldExecution", InstrumentationFieldParameters.class);
        fieldFetching = anyOverrides(instrumentations, "beginFieldFetching", InstrumentationFieldFetchParameters.class)
                || anyOverrides(instrumentations, "beginFieldFetch", InstrumentationFieldFetchParameters.class);
        fieldCompletion = anyOverrides(instrumentations, "beginFieldCompletion", InstrumentationFieldCompleteParameters.class);
        fieldListCompletion = anyOverrides(instrumentations, "beginFieldListCompletion", InstrumentationFieldCompleteParameters.class);
        executeObject = anyOverrides(instrumentations, "beginExecuteObject", InstrumentationExecutionStrategyParameters.class);
        dataFetcher = anyOverrides(instrumentations, "instrumentDataFetcher", DataFetcher.class,
                InstrumentationFieldFetchParameters.class);
    }

    /** Whether some instrumentation declares its own {@code name} (the last parameter is always the state). */
    static boolean anyOverrides(List<Instrumentation> instrumentations, String name, Class<?>... parameters) {
        Class<?>[] types = Arrays.copyOf(parameters, parameters.length + 1);
        types[parameters.length] = InstrumentationState.class;
        for (Instrumentation instrumentation : instrumentations) {
            try {
                Class<?> declaring = instrumentation.getClass().getMethod(name, types).getDeclaringClass();
                if (declaring != Instrumentation.class && declaring != SimplePerformantInstrumentation.class) {
                    return true;
                }
            } catch (NoSuchMethodException e) {
                return true; // an unknown shape: keep the hook rather than guess
            }
        }
        return false;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
                                                              InstrumentationState state) {
        return fieldExecution ? super.beginFieldExecution(parameters, state) : null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                                                                  InstrumentationState state) {
        return fieldFetching ? super.beginFieldFetching(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                                                               InstrumentationState state) {
        return fieldCompletion ? super.beginFieldCompletion(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
                                                                   InstrumentationState state) {
        return fieldListCompletion ? super.beginFieldListCompletion(parameters, state) : null;
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
                                                                  InstrumentationState state) {
        return executeObject ? super.beginExecuteObject(parameters, state) : null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        return dataFetcher ? super.instrumentDataFetcher(fetcher, parameters, state) : fetcher;
    }
}
