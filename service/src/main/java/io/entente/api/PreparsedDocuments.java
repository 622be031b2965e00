package io.entente.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Dashboards send the same few documents again and again: each is parsed and validated once and
 * the result (including validation errors) reused. Depth and complexity limits still apply to
 * every execution, since graphql-java checks them when the operation starts, not when it parses.
 */
final class PreparsedDocuments implements PreparsedDocumentProvider {

    /** Total characters of cached documents; a document above this size is never cached. */
    private static final long MAX_CHARACTERS = 4_000_000;

    private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS).weigher((String query, PreparsedDocumentEntry entry) -> query.length())
            .build();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(documents.get(input.getQuery(), q -> parseAndValidate.apply(input)));
    }
}
