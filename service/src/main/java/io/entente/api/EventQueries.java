package io.entente.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the single statement behind {@code events}: anchored on the actor and/or target by an
 * index seek when given, else a scan of event relationships only; the page and (when selected)
 * the total count come back together. Only the relationship types asked for are expanded (their
 * names, checked against the schema's list, are spliced into the pattern), and each event map holds
 * only what the selection reads.
 */
final class EventQueries {

    /** Statements by shape: bounded, since selections come from clients. */
    private static final Cache<String, String> CACHE = Caffeine.newBuilder().maximumSize(2_000).build();

    private EventQueries() {
    }

    /**
     * The statement for the given anchors, order, checked {@code types} and selection: the Event
     * fields read ({@code fields}) and those read of its subject and object.
     */
    static String statement(Given given, EventOrderBy order, boolean withCount, List<String> types, Selection selection) {
        Set<String> sortedTypes = new TreeSet<>(types);
        return CACHE.get(given + "/" + order + "/" + withCount + "/" + sortedTypes + "/" + selection,
                k -> build(given, order, withCount, sortedTypes, selection));
    }

    /**
     * Which filters a request gives. Only their conditions go into the statement: a generic
     * "$x IS NULL OR ..." per absent filter cost about a tenth of a timeline's Cypher time.
     */
    record Given(boolean actor, boolean target, boolean claimStatus, boolean minSources, boolean window,
                 boolean includeRetracted) {

        /** From {@link EventFilter#params()}; a minimum of one source holds for every event. */
        static Given of(Map<String, Object> params) {
            return new Given(params.get("actor") != null, params.get("target") != null, params.get("claimStatus") != null,
                    ((Number) params.get("minSources")).intValue() > 1,
                    params.get("since") != null || params.get("until") != null,
                    Boolean.TRUE.equals(params.get("includeRetracted")));
        }

        /** The WHERE clause; actor and target are already bound by their anchors. */
        String predicate() {
            StringBuilder where = new StringBuilder("WHERE true");
            if (!includeRetracted) {
                where.append(" AND coalesce(r.retracted, false) = false");
            }
            if (claimStatus) {
                where.append("\n  AND r.claimStatus = $claimStatus");
            }
            if (minSources) {
                where.append("\n  AND coalesce(r.sources, 1) >= $minSources");
            }
            if (window) {
                where.append("\n  AND r.date IS NOT NULL AND ").append(Cypher.window("r.date"));
            }
            return where.append('\n').toString();
        }
    }

    /** What a request reads of each event: its own fields, its subject's and its object's. */
    record Selection(Set<String> fields, Set<String> subject, Set<String> object) {
        Selection {
            fields = new TreeSet<>(fields);
            subject = new TreeSet<>(subject);
            object = new TreeSet<>(object);
        }
    }

    private static String build(Given given, EventOrderBy order, boolean withCount, Set<String> types, Selection selection) {
        boolean actor = given.actor();
        boolean target = given.target();
        String match = (actor ? Cypher.anchor("actor", "s") : "") + (target ? Cypher.anchor("target", "o") : "")
                + "MATCH (s)-[r:" + String.join("|", types) + "]->(o)\n" + given.predicate();
        String event = "{rel: " + Cypher.relation("r", selection.fields()) + ", type: type(r), subject: "
                + Cypher.entity("s", selection.subject()) + ", object: " + Cypher.entity("o", selection.object()) + "}";
        if (withCount && (actor || target)) {
            // An anchored match is bounded by its anchor's degree, so one pass can give both the total
            // and the page; a second pass for the count cost as much as the page itself.
            return match + "WITH s, r, o " + order.cypher() + "\nWITH collect([s, r, o]) AS rows\nCALL (rows) {\n"
                    + "  UNWIND rows[$skip..($skip + $limit)] AS x\n  WITH x[0] AS s, x[1] AS r, x[2] AS o\n"
                    + "  RETURN collect(" + event + ") AS page\n}\nRETURN size(rows) AS total, page";
        }
        String count = withCount ? "CALL () {\n" + match + "RETURN count(r) AS total\n}\n" : "";
        String page = "CALL () {\n" + match + "WITH s, r, o " + order.cypher() + "\nSKIP $skip LIMIT $limit\n"
                + "RETURN collect(" + event + ") AS page\n}\n";
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
