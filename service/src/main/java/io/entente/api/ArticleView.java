package io.entente.api;

import java.util.Map;

/** An Article node as the API shows it (built with {@link Cypher#article}). */
record ArticleView(String id, String title, String source, String url, String publishedAt, String ingestedAt,
                   String extractor, String extractorVersion, String eid) {

    static ArticleView of(Map<String, Object> m) {
        return new ArticleView(Values.str(m, "id"), Values.str(m, "title") == null ? "" : Values.str(m, "title"),
                Values.str(m, "source"), Values.str(m, "url"), Values.str(m, "publishedAt"),
                Values.str(m, "ingestedAt"), Values.str(m, "extractor"), Values.str(m, "extractorVersion"),
                Values.str(m, "eid"));
    }
}
