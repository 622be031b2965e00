package io.entente.resolve;

import io.entente.extract.Entity;

import java.util.List;
import java.util.Map;

/**
 * What resolution knows about one entity before it looks at the graph: its label, names, the
 * id it gets if nothing matches, ids of nodes it would be an exact or alias match for, and a
 * gazetteer match if there is one.
 */
record Proposal(Entity entity, String label, List<String> names, String country, String newId,
                List<String> aliasIds, Match gazetteer, Map<String, Object> props) {

    String name() {
        return names.isEmpty() ? newId : names.getFirst();
    }

    Object prop(String key) {
        return props.get(key);
    }
}
