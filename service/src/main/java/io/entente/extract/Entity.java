package io.entente.extract;

import java.util.List;
import java.util.Map;

/**
 * A node of an article's graph. {@code type} is one of Country, Person, Organization, Location,
 * Treaty, TroopDeployment. A Country's key is its ISO alpha-3 code. Type-specific fields of the
 * evaluation format (country, role, kind, parties, signedDate, status, from, to, location,
 * troops, date) live in {@code attrs} and are written flat beside key/type/name.
 */
public record Entity(String key, String type, String name, List<String> aliases, Map<String, Object> attrs) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
    }

    public Object attr(String name) {
        return attrs.get(name);
    }
}
