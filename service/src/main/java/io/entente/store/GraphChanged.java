package io.entente.store;

import java.util.List;

/**
 * Published (as a Spring application event) after a write transaction commits: the ids of the
 * event relationships it created or updated. Readers that cache or stream react to it; the write
 * path knows nothing about them.
 */
public record GraphChanged(List<String> relationIds) {

    public GraphChanged {
        relationIds = relationIds == null ? List.of() : List.copyOf(relationIds);
    }
}
