package io.entente.extract;

import java.util.List;

/** The graph of one article: entity keys are unique within the article. */
public record ArticleGraph(String articleId, List<Entity> entities, List<Relation> relations) {

    public ArticleGraph {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
