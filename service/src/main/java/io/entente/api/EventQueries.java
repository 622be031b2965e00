package io.entente.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the single statement behind {@code events}: anchored on the actor and/or target by an
 * index seek when given, else a scan of event relationships only; the page and (when selected)
 * the total count come back together.
 */
final class EventQueries {

    private static final String PREDICATE = """
            WHERE type(r) IN $types AND %s
              AND ($claimStatus IS NULL OR r.claimStatus = $claimStatus)
              AND coalesce(r.sources, 1) >= $minSources
              AND ($actor IS NULL OR s.id = $actor OR s.iso2 = $actor)
              AND ($target IS NULL OR o.id = $target OR o.iso2 = $target)
              AND (($since IS NULL AND $until IS NULL) OR (r.date IS NOT NULL AND %s))
            """.formatted(Cypher.visible("r"), Cypher.window("r.date"));

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private EventQueries() {
    }

    static String statement(boolean actor, boolean target, EventOrderBy order, boolean withCount) {
        return CACHE.computeIfAbsent(actor + "/" + target + "/" + order + "/" + withCount,
                k -> build(actor, target, order, withCount));
    }

    private static String build(boolean actor, boolean target, EventOrderBy order, boolean withCount) {
        String match = (actor ? Cypher.anchor("actor", "s") : "") + (target ? Cypher.anchor("target", "o") : "")
                + "MATCH (s)-[r" + Cypher.EVENT_REL + "]->(o)\n" + PREDICATE;
        String count = withCount ? "CALL () {\n" + match + "RETURN count(r) AS total\n}\n" : "";
        String page = "CALL () {\n" + match + "WITH s, r, o " + order.cypher() + "\nSKIP $skip LIMIT $limit\n"
                + "RETURN collect(" + Cypher.event("r", "s", "o") + ") AS page\n}\n";
        return count + page + "RETURN " + (withCount ? "total" : "0 AS total") + ", page";
    }

    /** The GraphQL EventOrder enum with the ORDER BY it stands for. */
    enum EventOrderBy {
        DATE_DESC("ORDER BY coalesce(r.date, '') DESC, r.id"),
        DATE_ASC("ORDER BY r.date IS NULL, r.date, r.id"),
        SOURCES_DESC("ORDER BY coalesce(r.sources, 1) DESC, coalesce(r.date, '') DESC, r.id");

        private final String cypher;

        EventOrderBy(String cypher) {
            this.cypher = cypher;
        }

        String cypher() {
            return cypher;
        }
    }
}
