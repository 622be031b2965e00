package io.entente.store;

import io.entente.extract.Article;
import io.entente.resolve.Keys;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who an article is and which version of it: the id comes from its URL when it has one (so a
 * corrected text replaces the old one), else from a hash of title and text; the content hash
 * tells an unchanged re-ingest from a changed version.
 */
public record ArticleIdentity(String id, String contentHash, String publishedDate) {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    public static ArticleIdentity of(Article a) {
        String url = normaliseUrl(a.url());
        String id = url != null ? "url:" + url : "sha:" + Keys.sha256(a.title() + "\u0000" + a.text());
        String hash = Keys.sha256(a.title() + "\u0000" + a.text() + "\u0000" + a.publishedAt() + "\u0000" + a.source());
        String published = a.publishedAt() != null && DATE.matcher(a.publishedAt()).matches()
                ? a.publishedAt().substring(0, 10) : null;
        return new ArticleIdentity(id, hash, published);
    }

    /** Host in lower case without "www.", no scheme, fragment or trailing slash; null when blank. */
    static String normaliseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = URI.create(u);
            if (uri.getHost() != null) {
                String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                return host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path + query;
            }
        } catch (IllegalArgumentException e) {
            // not a URI: keep the text itself as the identity
        }
        return u.replaceFirst("#.*$", "").replaceFirst("/+$", "");
    }
}
