package io.entente.api.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * API keys from configuration: {@code entente.api.keys=key1:ingester+curator,key2:reader}.
 * Roles: reader, ingester, curator. A key is a shared secret sent in the X-API-Key header.
 */
final class ApiKeys {

    private final Map<String, List<SimpleGrantedAuthority>> rolesByKey;

    private ApiKeys(Map<String, List<SimpleGrantedAuthority>> rolesByKey) {
        this.rolesByKey = Map.copyOf(rolesByKey);
    }

    static ApiKeys parse(String spec) {
        Map<String, List<SimpleGrantedAuthority>> keys = new HashMap<>();
        if (spec != null) {
            for (String entry : spec.split(",")) {
                String[] parts = entry.strip().split(":", 2);
                if (parts.length == 2 && !parts[0].isBlank()) {
                    keys.put(parts[0].strip(), Arrays.stream(parts[1].split("\\+"))
                            .map(r -> new SimpleGrantedAuthority("ROLE_" + r.strip().toUpperCase(Locale.ROOT)))
                            .toList());
                }
            }
        }
        return new ApiKeys(keys);
    }

    Optional<List<SimpleGrantedAuthority>> rolesOf(String key) {
        return Optional.ofNullable(key).map(rolesByKey::get);
    }

    boolean isEmpty() {
        return rolesByKey.isEmpty();
    }
}
