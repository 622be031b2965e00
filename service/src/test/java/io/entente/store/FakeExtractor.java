package io.entente.store;

import io.entente.extract.Article;
import io.entente.extract.ArticleGraph;
import io.entente.extract.ClaimStatus;
import io.entente.extract.Entity;
import io.entente.extract.Evidence;
import io.entente.extract.Extractor;
import io.entente.extract.Relation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Returns the graph a test registered for an article id; fails on articles whose text says "boom". */
final class FakeExtractor implements Extractor {

    private final Map<String, ArticleGraph> graphs = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public ArticleGraph extract(Article article) {
        if (article.text().contains("boom")) {
            throw new IllegalArgumentException("cannot read article " + article.id());
        }
        ArticleGraph graph = graphs.get(article.id() + "|" + article.text());
        return graph != null ? graph : graphs.getOrDefault(article.id(), new ArticleGraph(article.id(), List.of(), List.of()));
    }

    /** The graph for every version of this article. */
    FakeExtractor given(String articleId, List<Entity> entities, List<Relation> relations) {
        graphs.put(articleId, new ArticleGraph(articleId, entities, relations));
        return this;
    }

    /** The graph for the version of the article with this text. */
    FakeExtractor given(String articleId, String text, List<Entity> entities, List<Relation> relations) {
        graphs.put(articleId + "|" + text, new ArticleGraph(articleId, entities, relations));
        return this;
    }

    static Article article(String id, String text, String publishedAt) {
        return new Article(id, "Title of " + id, text, publishedAt, "Test Wire", "https://test.example/" + id);
    }

    static Entity country(String iso3) {
        return new Entity(iso3, "Country", iso3, List.of(), Map.of());
    }

    static Entity entity(String key, String type, String name, Map<String, Object> attrs) {
        return new Entity(key, type, name, List.of(), attrs);
    }

    static Relation relation(String type, String subject, String object, String date, ClaimStatus status,
                             Map<String, Object> attrs, int start) {
        return new Relation(type, subject, object, date, attrs, status,
                new Evidence("Sentence " + start + ".", start, start + 10, 0.8, "fake", "1"));
    }

    static Relation relation(String type, String subject, String object) {
        return relation(type, subject, object, null, ClaimStatus.ASSERTED, Map.of(), 0);
    }
}
