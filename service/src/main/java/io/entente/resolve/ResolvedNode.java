package io.entente.resolve;

import java.util.List;
import java.util.Map;

/**
 * A graph node an article's entity resolved to: its label and canonical id, the names the
 * article used (accumulated as aliases), label-specific properties, and the rule that merged
 * it with an existing node (null when the node is new or a state).
 */
public record ResolvedNode(String label, String id, String name, List<String> aliases, Map<String, Object> props,
                           String rule) {

    public ResolvedNode {
        aliases = List.copyOf(aliases);
        props = Map.copyOf(props);
    }
}
