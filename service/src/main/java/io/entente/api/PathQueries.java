package io.entente.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * allShortestPaths between two anchored entities. Only the relationship types asked for are
 * expanded (names checked against the schema's list, spliced into the pattern: a filter after
 * the expansion would walk every event type first), and nodes and edges hold only what the
 * selection reads; with {@code evidence}, each edge carries its evidence (up to
 * {@code $evidenceLimit} sentences) for {@link EvidenceLoader#prime}.
 */
final class PathQueries {

    static final int MAX_HOPS = 6;

    /** Statements by shape: bounded, since selections come from clients. */
    private static final Cache<String, String> CACHE = Caffeine.newBuilder().maximumSize(2_000).build();

    private PathQueries() {
    }

    /**
     * {@code nodeFields}: what the selection reads of the path's entities (as nodes or as an edge's
     * subject or object); {@code edgeFields}: what it reads of the edges (Event fields).
     */
    static String statement(int maxHops, Collection<String> types, Set<String> nodeFields, Set<String> edgeFields,
                            boolean evidence) {
        Set<String> sortedTypes = new TreeSet<>(types);
        Set<String> nodes = new TreeSet<>(nodeFields);
        Set<String> edges = new TreeSet<>(edgeFields);
        return CACHE.get(maxHops + "/" + sortedTypes + "/" + nodes + "/" + edges + "/" + evidence,
                k -> Cypher.anchor("from", "a") + Cypher.anchor("to", "b")
                        + "MATCH p = allShortestPaths((a)-[rs:" + String.join("|", sortedTypes) + "*.." + maxHops + "]-(b))\n"
                        + "WHERE all(r IN rs WHERE " + Cypher.visible("r") + ")\n"
                        + "WITH p LIMIT $first\n"
                        + "RETURN [n IN nodes(p) | " + Cypher.entity("n", nodes) + "] AS nodes,\n"
                        + "  [r IN relationships(p) | {rel: " + Cypher.relation("r", edges) + ", type: type(r),"
                        + " start: elementId(startNode(r)), end: elementId(endNode(r))"
                        + (evidence ? ", evidence: " + EvidenceLoader.inline("r") : "") + "}] AS edges");
    }
}
