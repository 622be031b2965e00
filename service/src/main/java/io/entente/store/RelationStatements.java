package io.entente.store;

import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Statements over event relationships, one text per type. Relationship types cannot be
 * parameters, and a dynamic type ({@code $(row.type)}) is matched by expanding all of a node's
 * relationships and filtering, which grows with the node's degree (a country's runs to
 * thousands); a typed pattern seeks the type's id constraint index instead. The types are the
 * constants of {@link EventTypes}, never input.
 */
final class RelationStatements {

    /**
     * MERGEs the relationships and locks them (the SET) before their properties are read, so two
     * transactions adding sources to one event cannot both start from the same count. One
     * statement for all types: each row goes through the one branch of its type (a typed MERGE,
     * see above); one statement per type cost a round trip, a plan and a cache lookup each.
     * Rows come sorted by type and id, so concurrent writers take their locks in one order.
     */
    static final String LOCK = """
            UNWIND $rows AS row
            MATCH (s) WHERE elementId(s) = row.s
            MATCH (o) WHERE elementId(o) = row.o
            CALL (s, o, row) {
            %s
            }
            SET r.lastArticleId = row.articleId
            RETURN row.id AS id, elementId(r) AS eid, properties(r) AS props""".formatted(String.join("\n  UNION ALL\n",
            EventTypes.ALL.stream().map(type -> """
                      WITH s, o, row WHERE row.type = '%s'
                      MERGE (s)-[r:%s {id: row.id}]->(o)
                      RETURN r""".formatted(type, type)).toList()));

    /**
     * Sets derived properties of relationships of any type, found by the element ids {@link #LOCK}
     * returned in the same transaction: one statement instead of one per type (an element id
     * seek needs no type), then creates the new Evidence nodes, in the same round trip.
     */
    static final String SET_AND_ADD_EVIDENCE = """
            UNWIND $relations AS row
            MATCH ()-[r]->() WHERE elementId(r) = row.eid
            SET r += row.props
            WITH count(*) AS updated
            UNWIND $evidence AS row
            MATCH (a:Article {id: row.articleId})
            CREATE (e:Evidence)-[:IN]->(a)
            SET e = row""";

    /** Sets derived properties, finding each relationship by its id. */
    static final Map<String, String> SET = byType(type -> """
            UNWIND $rows AS row
            MATCH ()-[r:%s {id: row.id}]->()
            SET r += row.props""".formatted(type));

    /** Deletes relationships left without evidence. */
    static final Map<String, String> DELETE = byType(type -> """
            UNWIND $rows AS row
            MATCH ()-[r:%s {id: row.id}]->()
            DELETE r""".formatted(type));

    private RelationStatements() {
    }

    /**
     * Runs {@code statements}' text for each type among the rows (their {@code type} field) over
     * that type's rows, in type order, so concurrent writers take their locks in one order.
     */
    static void run(TransactionContext tx, Map<String, String> statements, List<Map<String, Object>> rows,
                    Consumer<Result> results) {
        Map<String, List<Map<String, Object>>> byType = new TreeMap<>();
        rows.forEach(row -> byType.computeIfAbsent((String) row.get("type"), t -> new ArrayList<>()).add(row));
        byType.forEach((type, typed) -> results.accept(tx.run(statements.get(type), Map.of("rows", typed))));
    }

    private static Map<String, String> byType(Function<String, String> statement) {
        Map<String, String> out = new TreeMap<>();
        EventTypes.ALL.forEach(type -> out.put(type, statement.apply(type)));
        return Map.copyOf(out);
    }
}
