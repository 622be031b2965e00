package io.entente.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** Turns client mistakes into classified GraphQL errors instead of INTERNAL_ERROR. */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BadRequestException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
                    .message(ex.getMessage()).build();
        }
        if (ex instanceof NotFoundException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.NOT_FOUND)
                    .message(ex.getMessage()).build();
        }
        return null;
    }
}
