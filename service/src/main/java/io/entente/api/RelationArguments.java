package io.entente.api;

import java.util.List;
import java.util.Map;

/** Binds the raw RelationFilter argument map of a programmatic data fetcher. */
final class RelationArguments {

    private RelationArguments() {
    }

    @SuppressWarnings("unchecked")
    static RelationFilter filter(Object raw) {
        if (!(raw instanceof Map<?, ?> m)) {
            return RelationFilter.NONE;
        }
        Object direction = m.get("direction");
        return new RelationFilter((List<String>) m.get("types"),
                direction == null ? null : RelationFilter.Direction.valueOf(direction.toString()),
                (String) m.get("since"), (String) m.get("until"), (Boolean) m.get("includeRetracted"));
    }
}
