package io.entente.extract;

/**
 * One news article as it enters Entente (the articles.jsonl shape of the evaluation format).
 * {@code publishedAt} is an ISO date or date-time; relative dates in the text resolve against it.
 */
public record Article(String id, String title, String text, String publishedAt, String source, String url) {

    public Article {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
