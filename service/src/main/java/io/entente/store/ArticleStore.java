package io.entente.store;

import io.entente.extract.Article;
import io.entente.extract.ArticleGraph;
import io.entente.extract.Extractor;
import io.entente.resolve.ResolvedGraph;
import io.entente.resolve.ResolvedNode;
import io.entente.resolve.Resolver;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The write path: whole articles in driver-managed write transactions (retried on transient
 * errors, so the work inside is written to be repeatable), all or nothing: a crash never leaves
 * part of an article. Same content and extractor version as stored: nothing is written; changed
 * content: the old evidence is replaced. Resolution reads the graph inside the same transaction.
 */
public final class ArticleStore {

    /** An extracted article ready to be written. */
    public record Extracted(Article article, ArticleIdentity identity, ArticleGraph graph) {
    }

    /** Per-article results of one transaction (without counts), and the nodes and relationships it created in all. */
    public record BatchWrite(List<IngestResult> results, int nodesCreated, int relationshipsCreated) {
    }

    /**
     * Locks the articles (new ones by creating them, stored ones by the no-op SET) before their
     * versions are read, so concurrent ingests of one article run one after the other; then
     * writes the properties of those not stored in this very version (in the same statement: a
     * second one would find every Article again). Their graphs follow in the same transaction.
     */
    private static final String LOCK_ARTICLES = """
            UNWIND $rows AS row
            MERGE (a:Article {id: row.id})
            SET a.contentHash = a.contentHash
            WITH a, row, a.contentHash IS NOT NULL AS stored,
                 coalesce(a.contentHash = row.props.contentHash AND a.extractorVersion = $version, false) AS same
            FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET a += row.props, a.ingestedAt = datetime())
            RETURN row.id AS id, stored, same""";

    private static final String CURRENT = """
            UNWIND $rows AS row
            MATCH (a:Article {id: row.id})
            WHERE a.contentHash = row.hash AND a.extractorVersion = $version
            RETURN a.id AS id""";

    private final Driver driver;
    private final Extractor extractor;
    private final Resolver resolver;
    private final Consumer<GraphChanged> changes;

    public ArticleStore(Driver driver, Extractor extractor, Resolver resolver) {
        this(driver, extractor, resolver, change -> { });
    }

    /** {@code changes} hears of every committed write: live feeds and caches listen there. */
    public ArticleStore(Driver driver, Extractor extractor, Resolver resolver, Consumer<GraphChanged> changes) {
        this.driver = driver;
        this.extractor = extractor;
        this.resolver = resolver;
        this.changes = changes;
    }

    public Extractor extractor() {
        return extractor;
    }

    /** Extracts and stores one article in its own transaction; reports FAILED rather than throwing. */
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
            return write(new Extracted(article, identity, extractor.extract(article)));
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

    /** Stores one extracted article in its own transaction; throws when the transaction fails for good. */
    public IngestResult write(Extracted article) {
        BatchWrite w = writeAll(List.of(article));
        return w.results().getFirst().withCounts(w.nodesCreated(), w.relationshipsCreated());
    }

    /**
     * Stores whole articles (distinct ids) in one transaction: they commit together or not at all.
     * Used by batch ingestion, where one commit per article would make the store the bottleneck.
     */
    public BatchWrite writeAll(List<Extracted> articles) {
        BatchWrite written;
        try (Session session = driver.session()) {
            written = session.executeWrite(tx -> writeInTransaction(tx, articles));
        }
        List<String> relationIds = written.results().stream()
                .flatMap(r -> r.relations().stream()).map(IngestResult.IngestedRelation::id).distinct().toList();
        if (!relationIds.isEmpty()) {
            changes.accept(new GraphChanged(relationIds));
        }
        return written;
    }

    /** Everything here may run more than once (a retried transaction starts from scratch). */
    private BatchWrite writeInTransaction(TransactionContext tx, List<Extracted> articles) {
        List<Map<String, Object>> rows = articles.stream().map(a -> Map.<String, Object>of(
                "id", a.identity().id(), "props", articleProperties(a))).toList();
        Result lock = tx.run(LOCK_ARTICLES, Map.of("rows", rows, "version", extractor.version()));
        Map<String, Record> stored = new HashMap<>();
        lock.list().forEach(r -> stored.put(r.get("id").asString(), r));
        int articlesCreated = lock.consume().counters().nodesCreated();

        List<Extracted> toWrite = new ArrayList<>();
        Set<String> replacing = new HashSet<>();
        List<NodeSweep.Node> oldMentions = new ArrayList<>();
        for (Extracted a : articles) {
            Record r = stored.get(a.identity().id());
            if (r.get("same").asBoolean()) {
                continue;
            }
            if (r.get("stored").asBoolean()) {
                oldMentions.addAll(new EvidenceRemover(tx).remove(a.identity().id()));
                replacing.add(a.identity().id());
            }
            toWrite.add(a);
        }
        List<ResolvedGraph> resolved = resolver.resolveAll(toWrite.stream().map(a -> new Resolver.Input(a.graph(),
                a.identity().id(), a.identity().publishedDate())).toList(), new GraphLookup(tx));
        List<GraphWriter.Item> items = new ArrayList<>();
        Map<String, IngestResult> results = new HashMap<>();
        for (int i = 0; i < toWrite.size(); i++) {
            Extracted a = toWrite.get(i);
            ResolvedGraph g = resolved.get(i);
            items.add(new GraphWriter.Item(a.article(), a.identity(), g));
            results.put(a.identity().id(), result(a, g, replacing.contains(a.identity().id())));
        }
        GraphWriter writer = new GraphWriter(tx);
        if (!items.isEmpty()) {
            writer.write(items);
        }
        new NodeSweep(tx).sweep(oldMentions);
        int nodes = articlesCreated + writer.nodesCreated();
        List<IngestResult> out = new ArrayList<>();
        for (Extracted a : articles) {
            out.add(results.getOrDefault(a.identity().id(), IngestResult.unchanged(a.identity().id())));
        }
        return new BatchWrite(out, nodes, writer.relationshipsCreated());
    }

    /** The Article node's properties (a null url removes a stored one, as the version has none). */
    private Map<String, Object> articleProperties(Extracted a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.identity().id());
        p.put("title", a.article().title());
        p.put("source", a.article().source());
        p.put("url", a.article().url());
        p.put("publishedAt", a.identity().publishedDate());
        p.put("externalId", a.article().id());
        p.put("contentHash", a.identity().contentHash());
        p.put("extractor", extractor.name());
        p.put("extractorVersion", extractor.version());
        return p;
    }

    private static IngestResult result(Extracted a, ResolvedGraph g, boolean replaced) {
        return new IngestResult(a.identity().id(), replaced ? IngestStatus.REPLACED : IngestStatus.INGESTED,
                a.graph().entities().size(), a.graph().relations().size(), 0, 0,
                g.nodes().stream().map(ResolvedNode::id).distinct().toList(),
                g.relations().stream().map(r -> new IngestResult.IngestedRelation(r.id(), r.type(), r.subjectId(),
                        r.objectId())).toList(), null);
    }
}
