package io.entente.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A mutable entity while an article is being read; becomes an {@link Entity} at assembly. */
final class Node {

    final String key;
    final String type;
    String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final Map<String, Object> attrs = new LinkedHashMap<>();
    /** Whether the entity is emitted even when no relation uses it (countries, people, named bodies). */
    boolean standalone;
    /** The sentence that first gave this person's office, for the HOLDS_OFFICE evidence. */
    Sentence officeSentence;
    /** The sentence a gazetteer person is first named in, for an office the text does not state. */
    Sentence knownSentence;
    /** The organisation the office belongs to ("State Duma speaker"), else null. */
    String officeOrg;

    Node(String key, String type, String name) {
        this.key = key;
        this.type = type;
        this.name = name;
    }

    String attr(String name) {
        Object v = attrs.get(name);
        return v == null ? null : v.toString();
    }

    void alias(String alias) {
        if (alias != null && !alias.isBlank() && !alias.equals(name)) {
            aliases.add(alias.strip());
        }
    }

    Entity toEntity() {
        Map<String, Object> out = new LinkedHashMap<>();
        attrs.forEach((k, v) -> {
            if (k.startsWith("_")) {
                return; // working notes, not output
            }
            if (v instanceof Set<?> set) {
                out.put(k, java.util.List.copyOf(set));
            } else if (v != null) {
                out.put(k, v);
            }
        });
        return new Entity(key, type, name, java.util.List.copyOf(aliases), out);
    }
}
