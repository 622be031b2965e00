package io.entente.resolve;

import java.util.List;

/** One article's graph in canonical ids: what the store writes. */
public record ResolvedGraph(String articleId, List<ResolvedNode> nodes, List<ResolvedRelation> relations) {

    public ResolvedGraph {
        nodes = List.copyOf(nodes);
        relations = List.copyOf(relations);
    }
}
