package io.entente.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The GraphQL RelationFilter input of Entity.relations. */
record RelationFilter(List<String> types, Direction direction, String since, String until, Boolean includeRetracted) {

    enum Direction { OUTGOING, INCOMING, BOTH }

    static final RelationFilter NONE = new RelationFilter(null, null, null, null, null);

    /** Validated parameters; equal filters give equal maps, so keys batch together. */
    Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        p.put("types", Inputs.eventTypes(types));
        p.put("direction", (direction == null ? Direction.BOTH : direction).name());
        p.put("since", Inputs.date("since", since));
        p.put("until", Inputs.date("until", until));
        p.put("includeRetracted", Boolean.TRUE.equals(includeRetracted));
        return p;
    }
}
