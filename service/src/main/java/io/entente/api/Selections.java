package io.entente.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

import java.util.LinkedHashSet;
import java.util.Set;

/** What a request's selection reads: the names of the fields at given paths of a field's selection set. */
final class Selections {

    private Selections() {
    }

    /** Names of the fields selected at any of {@code paths} (selection-set globs such as {@code edges/node/*}). */
    static Set<String> names(DataFetchingEnvironment env, String... paths) {
        Set<String> names = new LinkedHashSet<>();
        for (String path : paths) {
            env.getSelectionSet().getFields(path).stream().map(SelectedField::getName).forEach(names::add);
        }
        return names;
    }
}
