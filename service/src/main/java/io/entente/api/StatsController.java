package io.entente.api;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** stats: whole-graph and per-label counts, all answered from Neo4j's count store in one statement. */
@Controller
class StatsController {

    private static final List<String> LABELS = Stream.concat(Cypher.ENTITY_LABELS.stream(),
            Stream.of("Article", "Evidence", "AuditEntry")).toList();
    private static final List<String> REL_TYPES = Stream.concat(Cypher.EVENT_TYPES.stream(),
            Stream.of("MENTIONS", "IN", "BASED_IN", "PART_OF", "LOCATED_IN", "FROM", "TO", "AT")).toList();

    private static final String CYPHER = counts("(n:%s)", LABELS) + "WITH collect({name: name, count: count}) AS labels\n"
            + counts("()-[n:%s]->()", REL_TYPES) + "WITH labels, collect({name: name, count: count}) AS types\n"
            + """
            CALL () { MATCH (n) RETURN count(n) AS nodes }
            CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
            CALL () { MATCH (a:Article) RETURN count(a) AS articles }
            CALL () {
              MATCH (a:Article) WHERE a.publishedAt IS NOT NULL
              WITH a ORDER BY a.publishedAt DESC LIMIT 1
              RETURN collect(toString(a.publishedAt))[0] AS newest
            }
            RETURN labels, types, nodes, relationships, articles, newest""";

    /** Stats as the GraphQL type Stats. */
    record Stats(int articles, int nodes, int relationships, List<LabelCount> labels,
                 List<LabelCount> relationshipTypes, String newestArticle) { }

    record LabelCount(String name, int count) { }

    private final GraphReader graph;

    StatsController(GraphReader graph) {
        this.graph = graph;
    }

    @QueryMapping
    Stats stats() {
        Map<String, Object> row = graph.row(CYPHER, Map.of()).orElseThrow();
        return new Stats(Values.count(row, "articles"), Values.count(row, "nodes"), Values.count(row, "relationships"),
                nonZero(Values.maps(row, "labels")), nonZero(Values.maps(row, "types")), Values.str(row, "newest"));
    }

    private static List<LabelCount> nonZero(List<Map<String, Object>> counts) {
        return counts.stream().map(m -> new LabelCount(Values.str(m, "name"), Values.count(m, "count")))
                .filter(c -> c.count() > 0).toList();
    }

    /** A UNION ALL of one count-store lookup per fixed label or type. */
    private static String counts(String pattern, List<String> names) {
        StringBuilder union = new StringBuilder("CALL () {\n");
        for (String name : names) {
            union.append(name.equals(names.getFirst()) ? "  " : "  UNION ALL ")
                    .append("MATCH ").append(pattern.formatted(name)).append(" RETURN '").append(name)
                    .append("' AS name, count(n) AS count\n");
        }
        return union.append("}\n").toString();
    }
}
