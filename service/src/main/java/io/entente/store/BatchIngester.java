package io.entente.store;

import io.entente.extract.Article;
import io.entente.extract.ArticleGraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Ingests a stream of articles: extraction on a pool of threads, writes by the calling thread
 * in input order, several whole articles per transaction (one commit per article would make the
 * store the bottleneck; a single writer never contends with itself). A transaction that fails
 * is retried one article per transaction, so only the failing article is lost. Articles stored with
 * the same content are skipped before extraction, which makes an interrupted batch resumable;
 * a failing article is reported and the batch carries on.
 */
public final class BatchIngester {

    /** An article the source could not even read, e.g. a malformed JSON line. */
    public record Unreadable(String source, String error) {
    }

    /** One input item: an article, or why there is none. */
    public record Item(Article article, Unreadable unreadable) {
        public static Item of(Article article) {
            return new Item(article, null);
        }

        public static Item failed(String source, String error) {
            return new Item(null, new Unreadable(source, error));
        }
    }

    /** Counts of a finished batch; nodes and relationships are those its transactions created. */
    public record Summary(int articles, int ingested, int replaced, int unchanged, int failed,
                          long nodesCreated, long relationshipsCreated, long millis) {
    }

    private static final int CHUNK = 256;
    /** Articles per write transaction in batch ingestion. */
    public static final int DEFAULT_WRITE_BATCH = 250;

    private final ArticleStore store;
    private final int threads;
    private final int writeBatch;

    public BatchIngester(ArticleStore store, int threads) {
        this(store, threads, DEFAULT_WRITE_BATCH);
    }

    public BatchIngester(ArticleStore store, int threads, int writeBatch) {
        this.store = store;
        this.threads = Math.max(1, threads);
        this.writeBatch = Math.max(1, writeBatch);
    }

    public Summary run(Iterator<Item> items, Consumer<IngestResult> onResult) {
        long started = System.nanoTime();
        Tally tally = new Tally(onResult);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> pending = new ArrayDeque<>();
        Writes writes = new Writes(tally);
        int window = Math.max(threads * 16, writeBatch * 2);
        try {
            while (items.hasNext()) {
                List<Item> chunk = new ArrayList<>(CHUNK);
                while (items.hasNext() && chunk.size() < CHUNK) {
                    chunk.add(items.next());
                }
                List<ArticleIdentity> identities = new ArrayList<>();
                for (Item item : chunk) {
                    identities.add(item.article() == null ? null : identify(item.article()));
                }
                Set<String> current = store.current(identities.stream().filter(java.util.Objects::nonNull).toList());
                for (int i = 0; i < chunk.size(); i++) {
                    Item item = chunk.get(i);
                    ArticleIdentity identity = identities.get(i);
                    if (item.article() == null) {
                        tally.accept(new IngestResult(item.unreadable().source(), IngestStatus.FAILED, 0, 0, 0, 0,
                                List.of(), List.of(), item.unreadable().error()));
                    } else if (identity == null) {
                        tally.accept(IngestResult.failed(item.article().id(), new IllegalArgumentException("article has no identity")));
                    } else if (current.contains(identity.id())) {
                        tally.accept(IngestResult.unchanged(identity.id()));
                    } else {
                        Article a = item.article();
                        pending.add(new Pending(a, identity, pool.submit(() -> store.extractor().extract(a))));
                        if (pending.size() >= window) {
                            writes.add(pending.removeFirst());
                        }
                    }
                }
            }
            while (!pending.isEmpty()) {
                writes.add(pending.removeFirst());
            }
            writes.flush();
        } finally {
            pool.shutdownNow();
        }
        return tally.summary((System.nanoTime() - started) / 1_000_000);
    }

    private static ArticleIdentity identify(Article a) {
        try {
            return ArticleIdentity.of(a);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Extracted articles waiting for their transaction; extraction failures are reported at once. */
    private final class Writes {
        private final Tally tally;
        private final List<ArticleStore.Extracted> batch = new ArrayList<>();
        private final Set<String> ids = new java.util.HashSet<>();

        Writes(Tally tally) {
            this.tally = tally;
        }

        void add(Pending p) {
            ArticleGraph graph;
            try {
                graph = p.graph().get();
            } catch (ExecutionException e) {
                tally.accept(IngestResult.failed(p.identity().id(), e.getCause()));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tally.accept(IngestResult.failed(p.identity().id(), e));
                return;
            }
            if (ids.contains(p.identity().id())) {
                flush(); // the same article twice: the second must see the first
            }
            batch.add(new ArticleStore.Extracted(p.article(), p.identity(), graph));
            ids.add(p.identity().id());
            if (batch.size() >= writeBatch) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                ArticleStore.BatchWrite w = store.writeAll(batch);
                w.results().forEach(tally);
                tally.created(w.nodesCreated(), w.relationshipsCreated());
            } catch (RuntimeException batchFailed) {
                for (ArticleStore.Extracted a : batch) {
                    try {
                        tally.accept(store.write(a));
                    } catch (RuntimeException e) {
                        tally.accept(IngestResult.failed(a.identity().id(), e));
                    }
                }
            }
            batch.clear();
            ids.clear();
        }
    }

    private record Pending(Article article, ArticleIdentity identity, Future<ArticleGraph> graph) {
    }

    /** Running counts, passing each result on as it comes. */
    private static final class Tally implements Consumer<IngestResult> {
        private final Consumer<IngestResult> next;
        private int articles;
        private int ingested;
        private int replaced;
        private int unchanged;
        private int failed;
        private long nodes;
        private long relationships;

        Tally(Consumer<IngestResult> next) {
            this.next = next;
        }

        @Override
        public void accept(IngestResult r) {
            articles++;
            switch (r.status()) {
                case INGESTED -> ingested++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
                case FAILED -> failed++;
            }
            nodes += r.nodesCreated();
            relationships += r.relationshipsCreated();
            next.accept(r);
        }

        void created(long moreNodes, long moreRelationships) {
            nodes += moreNodes;
            relationships += moreRelationships;
        }

        Summary summary(long millis) {
            return new Summary(articles, ingested, replaced, unchanged, failed, nodes, relationships, millis);
        }
    }
}
