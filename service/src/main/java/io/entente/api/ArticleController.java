package io.entente.api;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** article / articles, and each article's entities and events batched over all articles of a request. */
@Controller
class ArticleController {

    private static final String BY_ID = "MATCH (a:Article {id: $id}) RETURN " + Cypher.article("a") + " AS article";
    private static final String MATCH = """
            MATCH (a:Article)
            WHERE ($source IS NULL OR a.source = $source)
              AND ($since IS NULL OR left(toString(a.publishedAt), size($since)) >= $since)
              AND ($until IS NULL OR left(toString(a.publishedAt), size($until)) <= $until)
            """;
    private static final String LIST = "CALL () {\n" + MATCH + "RETURN count(a) AS total\n}\n"
            + "CALL () {\n" + MATCH + "WITH a ORDER BY toString(a.publishedAt) DESC, a.id SKIP $skip LIMIT $limit\n"
            + "RETURN collect(" + Cypher.article("a") + ") AS page\n}\nRETURN total, page";
    private static final String ENTITIES = """
            UNWIND $eids AS eid
            MATCH (a)-[:MENTIONS]->(n) WHERE elementId(a) = eid
            WITH eid, n ORDER BY n.name
            RETURN eid, collect(%s) AS entities""".formatted(Cypher.entity("n"));
    private static final String EVENTS = """
            UNWIND $eids AS eid
            MATCH (e:Evidence)-[:IN]->(a) WHERE elementId(a) = eid
            WITH eid, collect(DISTINCT e.relId) AS relIds
            %sWITH eid, s, r, o WHERE coalesce(r.retracted, false) = false
            RETURN eid, collect(%s) AS events""".formatted(Cypher.relationsById("relIds", "relIds"),
            Cypher.event("r", "s", "o"));

    private final GraphReader graph;

    ArticleController(GraphReader graph) {
        this.graph = graph;
    }

    @QueryMapping
    ArticleView article(@Argument String id) {
        return graph.row(BY_ID, Map.of("id", Inputs.text("id", id)))
                .map(row -> ArticleView.of(Values.map(row, "article"))).orElse(null);
    }

    @QueryMapping
    Connection<ArticleView> articles(@Argument Integer first, @Argument String after, @Argument String since,
                                     @Argument String until, @Argument String source) {
        PageRequest page = PageRequest.of(first, after);
        Map<String, Object> params = new HashMap<>();
        params.put("since", Inputs.date("since", since));
        params.put("until", Inputs.date("until", until));
        params.put("source", Inputs.text("source", source));
        params.put("skip", page.offset());
        params.put("limit", page.first() + 1);
        Map<String, Object> row = graph.row(LIST, params).orElse(Map.of());
        return Connection.of(Values.maps(row, "page").stream().map(ArticleView::of).toList(), page,
                Values.count(row, "total"));
    }

    @BatchMapping(typeName = "Article")
    Map<ArticleView, List<Map<String, Object>>> entities(List<ArticleView> articles) {
        return byArticle(articles, ENTITIES, "entities", m -> m);
    }

    @BatchMapping(typeName = "Article")
    Map<ArticleView, List<Event>> events(List<ArticleView> articles) {
        return byArticle(articles, EVENTS, "events", Event::of);
    }

    private <T> Map<ArticleView, List<T>> byArticle(List<ArticleView> articles, String cypher, String column,
                                                    java.util.function.Function<Map<String, Object>, T> convert) {
        Map<String, List<T>> byEid = new HashMap<>();
        for (Map<String, Object> row : graph.rows(cypher, Map.of("eids", articles.stream().map(ArticleView::eid).toList()))) {
            byEid.put(Values.str(row, "eid"), Values.maps(row, column).stream().map(convert).toList());
        }
        Map<ArticleView, List<T>> result = new HashMap<>();
        articles.forEach(a -> result.put(a, byEid.getOrDefault(a.eid(), List.of())));
        return result;
    }
}
