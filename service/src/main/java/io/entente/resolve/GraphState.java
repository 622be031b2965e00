package io.entente.resolve;

/**
 * What the graph already holds that resolution must see: read inside the article's own write
 * transaction, so the decision and the write see the same state.
 */
@FunctionalInterface
public interface GraphState {

    GraphSnapshot load(GraphNeeds needs);

    /** An empty graph: every entity is new. */
    GraphState EMPTY = needs -> GraphSnapshot.EMPTY;
}
