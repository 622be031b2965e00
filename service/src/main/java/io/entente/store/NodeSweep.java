package io.entente.store;

import org.neo4j.driver.TransactionContext;

import java.util.List;
import java.util.Map;

/**
 * After a changed article's new version is written: recomputes the fields of the treaties and
 * deployments its old version mentioned from the MENTIONS left (each keeps what its article
 * said), and deletes the nodes no article mentions any more, unless they come from the
 * gazetteer or something still points at them. Mentions written before they carried these
 * values count as saying nothing. Each statement locks its nodes (the no-op SET) before reading
 * their mentions, so a concurrent ingest naming one of them is either seen or waits.
 */
final class NodeSweep {

    /** A node the old version mentioned. */
    record Node(String elementId, String label) {
    }

    /** The latest report wins (by the date it gives, then publication); the most precise signing date wins. */
    private static final String TREATIES = """
            UNWIND $ids AS id
            MATCH (n:Treaty) WHERE elementId(n) = id
            SET n.id = n.id
            WITH n
            CALL (n) {
              MATCH (a:Article)-[m:MENTIONS]->(n)
              WITH m, a ORDER BY m.published, a.id
              RETURN collect(m {.*}) AS said
            }
            WITH n, said WHERE size(said) > 0
            SET n.signedDate = reduce(best = null, x IN said | CASE
                  WHEN x.signedDate IS NOT NULL AND (best IS NULL OR size(x.signedDate) > size(best)) THEN x.signedDate
                  ELSE best END),
                n.status = last([x IN said WHERE x.status IS NOT NULL | x.status])""";

    private static final String DEPLOYMENTS = """
            UNWIND $ids AS id
            MATCH (n:TroopDeployment) WHERE elementId(n) = id
            SET n.id = n.id
            WITH n
            CALL (n) {
              MATCH (a:Article)-[m:MENTIONS]->(n)
              WITH m, a ORDER BY m.date, m.published, a.id
              RETURN collect(m {.*}) AS said
            }
            WITH n, said WHERE size(said) > 0
            CALL (n) {
              MATCH (n)-[at:AT]->()
              DELETE at
            }
            SET n.firstDate = coalesce(head([x IN said WHERE x.date IS NOT NULL | x.date]), n.firstDate),
                n.lastDate = coalesce(last([x IN said WHERE x.date IS NOT NULL | x.date]), n.lastDate),
                n.troops = last([x IN said WHERE x.troops IS NOT NULL | x.troops]),
                n.location = last([x IN said WHERE x.location IS NOT NULL | x.location])
            SET n.date = n.firstDate
            WITH n, said
            CALL (n, said) {
              UNWIND [x IN said WHERE x.locationId IS NOT NULL | x.locationId] AS locationId
              MATCH (l:Location {id: locationId})
              MERGE (n)-[:AT]->(l)
            }""";

    /**
     * Nothing points at it (no MENTIONS, AT, BASED_IN, …) and it takes part in no event: only its
     * own links to places and states go with it.
     */
    private static final String ORPHANS = """
            UNWIND $ids AS id
            MATCH (n) WHERE elementId(n) = id AND NOT coalesce(n.gazetteer, false)
            SET n.id = n.id
            WITH n
            WHERE NOT EXISTS { (n)<--() }
              AND NOT EXISTS { (n)-[r]->() WHERE NOT type(r) IN ['BASED_IN', 'LOCATED_IN', 'PART_OF', 'FROM', 'TO', 'AT'] }
            DETACH DELETE n""";

    /** Deleted in this order, so a node whose only referrer was an orphan of an earlier group goes too. */
    private static final List<List<String>> ORPHAN_ORDER = List.of(
            List.of("Person", "Organization", "Treaty", "TroopDeployment"), List.of("Location"), List.of("Country"));

    private final TransactionContext tx;

    NodeSweep(TransactionContext tx) {
        this.tx = tx;
    }

    void sweep(List<Node> mentioned) {
        if (mentioned.isEmpty()) {
            return;
        }
        tx.run(TREATIES, Map.of("ids", ids(mentioned, List.of("Treaty")))).consume();
        tx.run(DEPLOYMENTS, Map.of("ids", ids(mentioned, List.of("TroopDeployment")))).consume();
        for (List<String> labels : ORPHAN_ORDER) {
            tx.run(ORPHANS, Map.of("ids", ids(mentioned, labels))).consume();
        }
    }

    private static List<String> ids(List<Node> nodes, List<String> labels) {
        return nodes.stream().filter(n -> labels.contains(n.label())).map(Node::elementId).distinct().toList();
    }
}
