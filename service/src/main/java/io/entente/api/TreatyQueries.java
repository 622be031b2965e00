package io.entente.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the single statement behind {@code treaties} from the filters actually given, so that a
 * party or signer filter starts from an index seek instead of a scan of every treaty; the total
 * and the page come from one pass over the matches.
 */
final class TreatyQueries {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private TreatyQueries() {
    }

    /**
     * {@code page}: null for the treaties' entity maps alone, or a subquery (from fixed fragments)
     * turning list {@code pageNodes} into {@code page}, the maps with their details.
     */
    static String statement(boolean party, boolean signedBy, boolean status, boolean window, String page) {
        // Only the filter part is kept: pages vary with the selection, and are quick to append.
        return CACHE.computeIfAbsent(party + "/" + signedBy + "/" + status + "/" + window,
                k -> build(party, signedBy, status, window)) + Cypher.page(page);
    }

    /** Binds {@code x} to the entity whose id is {@code $signedBy}: an index seek per entity label. */
    private static String signers() {
        StringBuilder union = new StringBuilder("CALL () {\n");
        for (String label : Cypher.ENTITY_LABELS) {
            union.append(label.equals(Cypher.ENTITY_LABELS.getFirst()) ? "  " : "  UNION ")
                    .append("MATCH (x:").append(label).append(" {id: $signedBy}) RETURN x\n");
        }
        return union.append("}\n").toString();
    }

    private static String build(boolean party, boolean signedBy, boolean status, boolean window) {
        StringBuilder q = new StringBuilder();
        if (party) {
            // A party is named by the treaty's parties list or by a PARTY_TO event; either counts.
            // partyKey (the parties joined) has a text index: CONTAINS seeks, the list check is exact.
            q.append("""
                    CALL () {
                      MATCH (:Country {id: $party})-[:PARTY_TO]->(n:Treaty) RETURN n
                      UNION
                      MATCH (n:Treaty) WHERE n.partyKey CONTAINS $party AND $party IN n.parties RETURN n
                    }
                    """);
        } else if (signedBy) {
            q.append(signers()).append("MATCH (x)-[:SIGNED]->(n:Treaty)\nWITH DISTINCT n\n");
        } else {
            q.append("MATCH (n:Treaty)\n");
        }
        q.append("WITH n WHERE true");
        if (party && signedBy) {
            q.append("\n  AND EXISTS { MATCH (x)-[:SIGNED]->(n) WHERE x.id = $signedBy }");
        }
        if (status) {
            q.append("\n  AND n.status = $status");
        }
        if (window) {
            q.append("\n  AND n.signedDate IS NOT NULL AND ").append(Cypher.window("n.signedDate"));
        }
        q.append("""

                WITH n ORDER BY coalesce(n.signedDate, '') DESC, n.id
                WITH collect(n) AS found
                """);
        return q.toString();
    }
}
