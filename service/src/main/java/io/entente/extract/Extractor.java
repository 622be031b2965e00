package io.entente.extract;

/**
 * Turns one article into its graph. Implementations are deterministic for a given input and
 * thread-safe, so one instance serves a whole process (models and gazetteers load once).
 */
public interface Extractor {

    /** Short stable name recorded on every edge's evidence, e.g. "rules". */
    String name();

    /** Version recorded on every edge's evidence; bump it when output can change. */
    String version();

    ArticleGraph extract(Article article);
}
