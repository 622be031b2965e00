package io.entente.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.entente.store.GraphChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Dashboards ask for the same alliance networks again and again; answers are kept until this
 * process writes to the graph, and at most {@code entente.api.network-cache-ttl} (writes by other
 * instances of a cluster become visible within that time).
 */
@Component
class NetworkCache {

    private final Cache<Map<String, Object>, Network> networks;

    NetworkCache(@Value("${entente.api.network-cache-ttl:5s}") Duration ttl) {
        networks = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
    }

    Network get(Map<String, Object> query, Supplier<Network> load) {
        return networks.get(new HashMap<>(query), key -> load.get());
    }

    @EventListener
    void onGraphChanged(GraphChanged change) {
        networks.invalidateAll();
    }
}
