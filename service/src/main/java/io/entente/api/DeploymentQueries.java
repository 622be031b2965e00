package io.entente.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the single statement behind {@code deployments} from the filters actually given (an
 * end of the deployment is an index seek), and the per-deployment details columns; the total and
 * the page come from one pass over the matches.
 */
final class DeploymentQueries {

    /** From eid and d (the deployment), binds f and t (its states), r (their DEPLOYED_TO event) and deployment (d's map). */
    static final String DETAILS_BIND = """
            OPTIONAL MATCH (f:Country {id: d.from})
            OPTIONAL MATCH (t:Country {id: d.to})
            OPTIONAL MATCH (f)-[r:DEPLOYED_TO]->(t)
            WITH eid, d, f, t, r, %s AS deployment""".formatted(DetailsLoader.SELF);

    static final Map<String, String> DETAILS_COLUMNS = Map.of(
            "from", "{{entity:f:}}",
            "to", "{{entity:t:}}",
            "location", "head(COLLECT { MATCH (l:Location) WHERE l.id = d.location OR (d)-[:AT]->(l) RETURN {{entity:l:}} LIMIT 1 })",
            "deployedTo", "CASE WHEN r IS NULL OR coalesce(r.retracted, false) THEN null ELSE %s END"
                    .formatted(Cypher.event("r", "f", "t")),
            "figures", """
                    COLLECT { MATCH (e:Evidence {relId: r.id})-[:IN]->(a:Article) WHERE e.troops IS NOT NULL
                              WITH e, a ORDER BY toString(a.publishedAt) DESC, a.id
                              RETURN e {{{props:e:}}.troops, article: {{article:a:article}}} }""",
            "reportedBy", claims("REPORTED"),
            "deniedBy", claims("DENIED"));

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private DeploymentQueries() {
    }

    /**
     * The list statement for the given filters (each flag: that filter is set). {@code page}: null
     * for the deployments' entity maps alone, or a subquery (from fixed fragments) turning list
     * {@code pageNodes} into {@code page}, the maps with their details.
     */
    static String list(boolean from, boolean to, boolean location, boolean since, boolean until, boolean claimStatus,
                       String page) {
        // Only the filter part is kept: pages vary with the selection, and are quick to append.
        return CACHE.computeIfAbsent(from + "/" + to + "/" + location + "/" + since + "/" + until + "/" + claimStatus,
                k -> build(from, to, location, since, until, claimStatus)) + Cypher.page(page);
    }

    private static String build(boolean from, boolean to, boolean location, boolean since, boolean until,
                                boolean claimStatus) {
        StringBuilder q = new StringBuilder(to ? "MATCH (n:TroopDeployment {to: $to})\n"
                : from ? "MATCH (n:TroopDeployment {from: $from})\n" : "MATCH (n:TroopDeployment)\n");
        q.append("WHERE true");
        if (from && to) {
            q.append("\n  AND n.from = $from");
        }
        if (location) {
            q.append("""

                      AND (n.location = $location
                           OR EXISTS { MATCH (n)-[:AT]->(l:Location) WHERE l.id = $location OR toLower(l.name) = toLower($location) }
                           OR EXISTS { MATCH (l:Location {id: n.location}) WHERE toLower(l.name) = toLower($location) })""");
        }
        if (since) {
            q.append("\n  AND coalesce(n.lastDate, n.firstDate, n.date) >= left($since, size(coalesce(n.lastDate, n.firstDate, n.date)))");
        }
        if (until) {
            q.append("\n  AND coalesce(n.firstDate, n.date) <= left($until, size(coalesce(n.firstDate, n.date)))");
        }
        if (claimStatus) {
            q.append("""

                      AND EXISTS { MATCH (f:Country {id: n.from})-[r:DEPLOYED_TO]->(t:Country {id: n.to}) WHERE r.claimStatus = $claimStatus }""");
        }
        q.append("""

                WITH n ORDER BY coalesce(n.lastDate, n.firstDate, n.date, '') DESC, n.id
                WITH collect(n) AS found
                """);
        return q.toString();
    }

    private static String claims(String type) {
        return "COLLECT { MATCH (s)-[x:%s]->(d) WHERE coalesce(x.retracted, false) = false RETURN %s }"
                .formatted(type, Cypher.eventOf("x", "{{entity:s:subject}}", "{{object:deployment:}}"));
    }
}
