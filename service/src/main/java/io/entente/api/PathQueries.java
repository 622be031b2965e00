package io.entente.api;

/** allShortestPaths between two anchored entities, one constant statement per hop limit. */
final class PathQueries {

    static final int MAX_HOPS = 6;

    private static final String[] STATEMENTS = new String[MAX_HOPS + 1];

    static {
        for (int hops = 1; hops <= MAX_HOPS; hops++) {
            STATEMENTS[hops] = Cypher.anchor("from", "a") + Cypher.anchor("to", "b")
                    + "MATCH p = allShortestPaths((a)-[rs" + Cypher.EVENT_REL + "*.." + hops + "]-(b))\n"
                    + "WHERE all(r IN rs WHERE type(r) IN $types AND " + Cypher.visible("r") + ")\n"
                    + "WITH p LIMIT $first\n"
                    + "RETURN [n IN nodes(p) | " + Cypher.entity("n") + "] AS nodes,\n"
                    + "  [r IN relationships(p) | {rel: properties(r), type: type(r), start: elementId(startNode(r)),"
                    + " end: elementId(endNode(r))}] AS edges";
        }
    }

    private PathQueries() {
    }

    static String statement(int maxHops) {
        return STATEMENTS[maxHops];
    }
}
