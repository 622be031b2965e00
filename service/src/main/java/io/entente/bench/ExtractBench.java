package io.entente.bench;

import io.entente.extract.Article;
import io.entente.extract.Extractor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Extraction alone: articles (and words) per second over a thread pool. */
public final class ExtractBench {

    public record Rate(int threads, double articlesPerSecond, double wordsPerSecond) {
    }

    private ExtractBench() {
    }

    /** The median of {@code rounds} passes over all articles with {@code threads} threads. */
    public static Rate median(Extractor extractor, List<Article> articles, int threads, int rounds) {
        long words = articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
        double[] seconds = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            seconds[i] = pass(extractor, articles, threads);
        }
        Arrays.sort(seconds);
        double s = seconds[rounds / 2];
        return new Rate(threads, articles.size() / s, words / s);
    }

    /** Seconds for one pass; each thread takes the next article until none is left. */
    static double pass(Extractor extractor, List<Article> articles, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        extractor.extract(articles.get(i));
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("extraction failed", e);
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
