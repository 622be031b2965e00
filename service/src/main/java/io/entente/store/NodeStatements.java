package io.entente.store;

import java.util.Map;

/**
 * One MERGE statement per label (labels cannot be parameters): each UNWINDs the nodes of that
 * label, one row per node (rows of several articles are combined beforehand, since a statement
 * does not see its own earlier rows' writes), keeps gazetteer names, accumulates aliases and
 * merge rules, links every article that names the node by MENTIONS (with the name it used and
 * the rule that resolved it) and returns element ids.
 */
final class NodeStatements {

    /** Accumulates aliases and merge rules, writing only when something is new. */
    private static final String ACCUMULATE = """
            WITH n, row, [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS fresh
            FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
              SET n.aliases = coalesce(n.aliases, []) + fresh)
            FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
              SET n.aliasText = reduce(s = '', x IN n.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x))
            FOREACH (rule IN CASE WHEN row.rule IS NULL OR row.rule IN coalesce(n.mergedBy, []) THEN [] ELSE [row.rule] END |
              SET n.mergedBy = coalesce(n.mergedBy, []) + rule)
            """;

    /**
     * Each row is one node with every article of the transaction that names it. CREATE, not
     * MERGE: the articles are locked by this transaction and have no MENTIONS yet (new, or their
     * old ones were removed), and each names a node once; MERGE would scan a country's thousands.
     */
    private static final String MENTION = """
            WITH n, row
            UNWIND row.mentions AS mention
            MATCH (a:Article {id: mention.articleId})
            CREATE (a)-[m:MENTIONS]->(n)
            SET m = mention.props
            RETURN DISTINCT row.id AS id, elementId(n) AS eid""";

    private static final String HEAD = """
            UNWIND $rows AS row
            """;

    /** States come from the gazetteer; an unknown code gets a stub, a known one is left alone. */
    private static final String COUNTRY = HEAD + """
            MERGE (n:Country {id: row.id})
            ON CREATE SET n.name = row.name, n.aliases = [], n.aliasText = ''
            """ + MENTION;

    private static final String PERSON = HEAD + """
            MERGE (n:Person {id: row.id})
            ON CREATE SET n.name = row.name
            SET n.country = coalesce(n.country, row.country), n.role = coalesce(row.role, n.role)
            """ + ACCUMULATE + MENTION;

    private static final String ORGANIZATION = HEAD + """
            MERGE (n:Organization {id: row.id})
            ON CREATE SET n.name = row.name
            SET n.country = coalesce(n.country, row.country), n.kind = coalesce(n.kind, row.kind)
            """ + ACCUMULATE + """
            FOREACH (code IN CASE WHEN row.country IS NULL THEN [] ELSE [row.country] END |
              MERGE (c:Country {id: code}) MERGE (n)-[:BASED_IN]->(c))
            """ + MENTION;

    private static final String LOCATION = HEAD + """
            MERGE (n:Location {id: row.id})
            ON CREATE SET n.name = row.name
            SET n.country = coalesce(n.country, row.country)
            """ + ACCUMULATE + """
            FOREACH (code IN CASE WHEN row.country IS NULL THEN [] ELSE [row.country] END |
              MERGE (c:Country {id: code}) MERGE (n)-[:LOCATED_IN]->(c))
            """ + MENTION;

    private static final String TREATY = HEAD + """
            MERGE (n:Treaty {id: row.id})
            ON CREATE SET n.name = row.name, n.parties = row.parties, n.partyKey = row.partyKey
            SET n.signedDate = CASE WHEN n.signedDate IS NULL OR size(coalesce(row.signedDate, '')) > size(n.signedDate)
                                    THEN coalesce(row.signedDate, n.signedDate) ELSE n.signedDate END,
                n.status = coalesce(row.status, n.status)
            """ + ACCUMULATE + MENTION;

    /** The latest report's troop figure is the deployment's; every figure stays on its Evidence. */
    private static final String DEPLOYMENT = HEAD + """
            MERGE (n:TroopDeployment {id: row.id})
            ON CREATE SET n.name = row.name, n.from = row.from, n.to = row.to, n.pairKey = row.pairKey
            WITH n, row, n.lastDate AS lastBefore
            SET n.firstDate = CASE WHEN n.firstDate IS NULL OR row.firstDate < n.firstDate THEN row.firstDate ELSE n.firstDate END,
                n.lastDate = CASE WHEN n.lastDate IS NULL OR row.lastDate > n.lastDate THEN row.lastDate ELSE n.lastDate END,
                n.location = coalesce(row.location, n.location),
                n.troops = CASE WHEN row.troops IS NOT NULL AND (lastBefore IS NULL OR row.troopsDate >= lastBefore)
                                THEN row.troops ELSE coalesce(n.troops, row.troops) END
            SET n.date = n.firstDate
            """ + ACCUMULATE + """
            FOREACH (code IN CASE WHEN row.from IS NULL THEN [] ELSE [row.from] END |
              MERGE (c:Country {id: code}) MERGE (n)-[:FROM]->(c))
            FOREACH (code IN CASE WHEN row.to IS NULL THEN [] ELSE [row.to] END |
              MERGE (c:Country {id: code}) MERGE (n)-[:TO]->(c))
            WITH n, row
            CALL (n, row) {
              UNWIND [m IN row.mentions WHERE m.props.locationId IS NOT NULL | m.props.locationId] AS locationId
              MATCH (l:Location {id: locationId})
              MERGE (n)-[:AT]->(l)
            }
            """ + MENTION;

    static final Map<String, String> BY_LABEL = Map.of("Country", COUNTRY, "Person", PERSON,
            "Organization", ORGANIZATION, "Location", LOCATION, "Treaty", TREATY, "TroopDeployment", DEPLOYMENT);

    private NodeStatements() {
    }
}
