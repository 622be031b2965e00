package io.entente.store;

import io.entente.extract.Article;
import io.entente.extract.ArticleGraph;
import io.entente.extract.Extractor;
import io.entente.resolve.ResolvedGraph;
import io.entente.resolve.ResolvedNode;
import io.entente.resolve.Resolver;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The write path: one article per driver-managed write transaction (retried on transient
 * errors, so the work inside is written to be repeatable), all or nothing. Same content and
 * extractor version as stored: nothing is written; changed content: the old evidence is
 * replaced. Resolution reads the graph inside the same transaction.
 */
public final class ArticleStore {

    /**
     * Locks the article (a new one by creating it, a stored one by the no-op SET) before its
     * version is read, so two concurrent ingests of one article run one after the other.
     */
    private static final String LOCK_ARTICLE = """
            MERGE (a:Article {id: $id})
            SET a.contentHash = a.contentHash
            RETURN a.contentHash IS NOT NULL AS stored,
                   coalesce(a.contentHash = $hash AND a.extractorVersion = $version, false) AS same""";

    private static final String CURRENT = """
            UNWIND $rows AS row
            MATCH (a:Article {id: row.id})
            WHERE a.contentHash = row.hash AND a.extractorVersion = $version
            RETURN a.id AS id""";

    private final Driver driver;
    private final Extractor extractor;
    private final Resolver resolver;

    public ArticleStore(Driver driver, Extractor extractor, Resolver resolver) {
        this.driver = driver;
        this.extractor = extractor;
        this.resolver = resolver;
    }

    public Extractor extractor() {
        return extractor;
    }

    /** Extracts and stores one article; never throws for a bad article, reports FAILED instead. */
    public IngestResult ingest(Article article) {
        ArticleIdentity identity;
        try {
            identity = ArticleIdentity.of(article);
        } catch (RuntimeException e) {
            return IngestResult.failed(article.id(), e);
        }
        try {
            if (current(List.of(identity)).contains(identity.id())) {
                return IngestResult.unchanged(identity.id());
            }
            return write(article, identity, extractor.extract(article));
        } catch (RuntimeException e) {
            return IngestResult.failed(identity.id(), e);
        }
    }

    /** The ids among these whose stored version is exactly this one (same content, same extractor version). */
    public Set<String> current(List<ArticleIdentity> identities) {
        if (identities.isEmpty()) {
            return Set.of();
        }
        List<Map<String, Object>> rows = identities.stream()
                .map(i -> Map.<String, Object>of("id", i.id(), "hash", i.contentHash())).toList();
        try (Session session = driver.session()) {
            return new HashSet<>(session.executeRead(tx -> tx.run(CURRENT, Map.of("rows", rows, "version", extractor.version()))
                    .list(r -> r.get("id").asString())));
        }
    }

    /** Stores an already extracted article in one transaction; throws when the transaction fails for good. */
    public IngestResult write(Article article, ArticleIdentity identity, ArticleGraph graph) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> writeInTransaction(tx, article, identity, graph));
        }
    }

    /** Everything here may run more than once (a retried transaction starts from scratch). */
    private IngestResult writeInTransaction(TransactionContext tx, Article article, ArticleIdentity identity,
                                            ArticleGraph graph) {
        Result lock = tx.run(LOCK_ARTICLE, Map.of("id", identity.id(), "hash", identity.contentHash(),
                "version", extractor.version()));
        Record stored = lock.single();
        int articleCreated = lock.consume().counters().nodesCreated();
        if (stored.get("same").asBoolean()) {
            return IngestResult.unchanged(identity.id());
        }
        boolean replacing = stored.get("stored").asBoolean();
        if (replacing) {
            new EvidenceRemover(tx).remove(identity.id());
        }
        ResolvedGraph resolved = resolver.resolve(graph, identity.id(), identity.publishedDate(), new GraphLookup(tx));
        GraphWriter writer = new GraphWriter(tx);
        writer.write(article, identity, resolved, extractor.name(), extractor.version());
        return new IngestResult(identity.id(), replacing ? IngestStatus.REPLACED : IngestStatus.INGESTED,
                graph.entities().size(), graph.relations().size(),
                articleCreated + writer.nodesCreated(), writer.relationshipsCreated(),
                resolved.nodes().stream().map(ResolvedNode::id).distinct().toList(),
                resolved.relations().stream().map(r -> new IngestResult.IngestedRelation(r.id(), r.type(), r.subjectId(),
                        r.objectId())).toList(), null);
    }
}
