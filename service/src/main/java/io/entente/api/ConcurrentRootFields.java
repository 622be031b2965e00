package io.entente.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A query with several root fields (a dashboard's {@code country} beside its {@code treaties})
 * runs their statements at the same time: every root field but the last is fetched on a virtual
 * thread while the request thread goes on to the next, so the answer waits for the slowest
 * statement, not for their sum. A lone root field stays on the request thread: a hand-off there
 * would only add a context switch. Mutations keep graphql-java's serial order.
 * <p>
 * Spring's context propagation travels with the fetcher it wraps (the GraphQL context's snapshot is
 * restored around each call), so the security context and the request's DataLoaders see the same
 * request on either thread.
 */
@Component
class ConcurrentRootFields extends SimplePerformantInstrumentation implements DisposableBean {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        DataFetchingEnvironment env = parameters.getEnvironment();
        if (env.getExecutionStepInfo().getPath().getLevel() != 1 || !concurrent(env)) {
            return dataFetcher;
        }
        return current -> {
            if (isLast(current)) {
                return dataFetcher.get(current);
            }
            return CompletableFuture.supplyAsync(() -> fetch(dataFetcher, current), executor)
                    .thenCompose(ConcurrentRootFields::settled);
        };
    }

    private static boolean concurrent(DataFetchingEnvironment env) {
        OperationDefinition operation = env.getOperationDefinition();
        return operation.getOperation() == OperationDefinition.Operation.QUERY
                && operation.getSelectionSet().getSelections().size() > 1;
    }

    private static boolean isLast(DataFetchingEnvironment env) {
        var selections = env.getOperationDefinition().getSelectionSet().getSelections();
        return selections.getLast() == env.getField();
    }

    /** A fetcher's value, or what its own future completes with. */
    private static CompletableFuture<Object> settled(Object value) {
        if (value instanceof CompletableFuture<?> future) {
            return future.thenApply(v -> v);
        }
        return CompletableFuture.completedFuture(value);
    }

    private static Object fetch(DataFetcher<?> dataFetcher, DataFetchingEnvironment env) {
        try {
            return dataFetcher.get(env);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    @Override
    public void destroy() {
        executor.close();
    }
}
