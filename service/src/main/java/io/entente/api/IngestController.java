package io.entente.api;

import io.entente.extract.Article;
import io.entente.extract.RuleExtractor;
import io.entente.store.ArticleStore;
import io.entente.store.IngestResult;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import java.util.List;

/** The ingestion mutations: each article extracted and stored in its own transaction. */
@Controller
class IngestController {

    static final int MAX_ARTICLES = 100;

    /** GraphQL input ArticleInput. */
    record ArticleInput(String id, String title, String text, String publishedAt, String source, String url) {
        Article toArticle() {
            return new Article(id, title, text, publishedAt, source, url);
        }
    }

    private final ArticleStore store;

    IngestController(ArticleStore store) {
        this.store = store;
    }

    @MutationMapping
    @PreAuthorize("hasRole('INGESTER')")
    IngestResult ingestArticle(@Argument ArticleInput input) {
        return store.ingest(check(input));
    }

    @MutationMapping
    @PreAuthorize("hasRole('INGESTER')")
    List<IngestResult> ingestArticles(@Argument List<ArticleInput> inputs) {
        if (inputs.size() > MAX_ARTICLES) {
            throw new BadRequestException("at most " + MAX_ARTICLES + " articles per request, got " + inputs.size());
        }
        return inputs.stream().map(IngestController::check).map(store::ingest).toList();
    }

    private static Article check(ArticleInput input) {
        if (input.text().length() > RuleExtractor.MAX_TEXT_CHARS) {
            throw new BadRequestException("article text is longer than " + RuleExtractor.MAX_TEXT_CHARS + " characters");
        }
        return input.toArticle();
    }
}
