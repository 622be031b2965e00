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
 * in input order (one transaction per article, so writers never contend). Articles stored with
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

    private final ArticleStore store;
    private final int threads;

    public BatchIngester(ArticleStore store, int threads) {
        this.store = store;
        this.threads = Math.max(1, threads);
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
        int window = threads * 16;
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
                            tally.accept(write(pending.removeFirst()));
                        }
                    }
                }
            }
            while (!pending.isEmpty()) {
                tally.accept(write(pending.removeFirst()));
            }
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

    private IngestResult write(Pending p) {
        try {
            ArticleGraph graph = p.graph().get();
            return store.write(p.article(), p.identity(), graph);
        } catch (ExecutionException e) {
            return IngestResult.failed(p.identity().id(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return IngestResult.failed(p.identity().id(), e);
        } catch (RuntimeException e) {
            return IngestResult.failed(p.identity().id(), e);
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

        Summary summary(long millis) {
            return new Summary(articles, ingested, replaced, unchanged, failed, nodes, relationships, millis);
        }
    }
}
