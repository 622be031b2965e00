package io.entente.api;

/**
 * The ego-network statement for depths 1 to 3: a breadth-first expansion, one subquery per hop,
 * each ring expanded once; edges are the event relationships walked.
 */
final class NetworkQueries {

    static final int MAX_DEPTH = 3;

    private static final String PREDICATE = """
            WHERE type(r) IN $types AND %s AND coalesce(r.sources, 1) >= $minSources
              AND (($since IS NULL AND $until IS NULL) OR (r.date IS NOT NULL AND %s))
            """.formatted(Cypher.visible("r"), Cypher.window("r.date"));

    private static final String[] STATEMENTS = new String[MAX_DEPTH + 1];

    static {
        for (int depth = 1; depth <= MAX_DEPTH; depth++) {
            STATEMENTS[depth] = build(depth);
        }
    }

    private NetworkQueries() {
    }

    static String statement(int depth) {
        return STATEMENTS[depth];
    }

    private static String build(int depth) {
        StringBuilder q = new StringBuilder("""
                MATCH (seed:Country) WHERE seed.id IN $countries
                WITH collect(seed) AS ring0
                WITH ring0, ring0 AS seen, [] AS rels
                """);
        for (int hop = 1; hop <= depth; hop++) {
            String from = "ring" + (hop - 1);
            q.append("CALL (").append(from).append(") {\n  UNWIND ").append(from).append(" AS a\n")
                    .append("  MATCH (a)-[r").append(Cypher.EVENT_REL).append("]-(b)\n  ").append(PREDICATE)
                    .append("  RETURN collect(DISTINCT r) AS hopRels, collect(DISTINCT b) AS reached\n}\n");
            StringBuilder carried = new StringBuilder();
            for (int i = 0; i < hop; i++) {
                carried.append("ring").append(i).append(", ");
            }
            q.append("WITH ").append(carried).append("seen + [b IN reached WHERE NOT b IN seen] AS seen, rels + hopRels AS rels, ")
                    .append("[b IN reached WHERE NOT b IN seen] AS ring").append(hop).append('\n');
        }
        q.append("CALL (rels) { UNWIND rels AS r RETURN collect(DISTINCT r) AS edges }\n");
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i <= depth; i++) {
            nodes.append(i == 0 ? "" : " + ").append("[n IN ring").append(i).append(" | ")
                    .append("{id: n.id, name: coalesce(n.name, n.id), type: ").append(Cypher.label("n"))
                    .append(", distance: ").append(i).append("}]");
        }
        q.append("RETURN [n IN ring0 | n.id] AS seeds, ").append(nodes).append(" AS nodes,\n")
                .append("  [r IN edges | {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r),")
                .append(" weight: coalesce(r.sources, 1), date: r.date, claimStatus: coalesce(r.claimStatus, 'asserted')}] AS edges");
        return q.toString();
    }
}
