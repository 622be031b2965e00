package io.entente.api;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.entente.store.GraphChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dashboards ask for the same alliance networks again and again; answers are kept until this
 * process writes to the graph, and at most {@code entente.api.network-cache-ttl} (writes by other
 * instances of a cluster become visible within that time). An answer past half its lifetime is
 * reloaded in the background on its next use, so a busy dashboard does not stall every few
 * seconds while one large network is recomputed. A zero TTL turns caching off.
 */
@Component
class NetworkCache {

    private final GraphReader graph;
    private final LoadingCache<Map<String, Object>, Network> networks;

    NetworkCache(GraphReader graph, @Value("${entente.api.network-cache-ttl:5s}") Duration ttl) {
        this.graph = graph;
        this.networks = ttl.isZero() ? null : Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(ttl).refreshAfterWrite(ttl.dividedBy(2))
                .executor(task -> Thread.ofVirtual().name("network-refresh").start(task))
                .build(new CacheLoader<>() {
                    @Override
                    public Network load(Map<String, Object> params) {
                        return NetworkCache.this.load(params);
                    }

                    /** A reload that finds the same network keeps the held instance: answers rendered from it stay valid. */
                    @Override
                    public Network reload(Map<String, Object> params, Network held) {
                        Network fresh = load(params);
                        return fresh.equals(held) ? held : fresh;
                    }
                });
    }

    /** The network for validated parameters (countries, depth, types, window, minSources, includeRetracted). */
    Network get(Map<String, Object> params) {
        return networks == null ? load(params) : networks.get(new HashMap<>(params));
    }

    boolean enabled() {
        return networks != null;
    }

    /**
     * The network held now for validated parameters, without loading one; null when there is none.
     * Like {@link #get}, a use past half the TTL starts a background reload.
     */
    Network current(Map<String, Object> params) {
        return networks == null ? null : networks.getIfPresent(new HashMap<>(params));
    }

    /** Reloads the network for validated parameters now, as a background refresh would; for tests. */
    void refresh(Map<String, Object> params) {
        if (networks != null) {
            networks.refresh(new HashMap<>(params)).join();
        }
    }

    @EventListener
    void onGraphChanged(GraphChanged change) {
        if (networks != null) {
            networks.invalidateAll();
        }
    }

    private Network load(Map<String, Object> params) {
        @SuppressWarnings("unchecked")
        Set<String> missing = new LinkedHashSet<>((List<String>) params.get("countries"));
        Map<String, Object> row = graph.row(NetworkQueries.statement((Integer) params.get("depth")), params).orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) row.get("seeds");
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw new NotFoundException("Unknown country codes: " + missing);
        }
        return new Network(Values.maps(row, "nodes"), Values.maps(row, "edges"));
    }
}
