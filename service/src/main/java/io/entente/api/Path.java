package io.entente.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One shortest connection: its entities in order and the events between them. */
record Path(int length, List<Map<String, Object>> nodes, List<Event> edges) {

    /** From a row of {@link PathQueries}: edges name their ends by element id. */
    static Path of(Map<String, Object> row) {
        List<Map<String, Object>> nodes = Values.maps(row, "nodes");
        Map<String, Map<String, Object>> byEid = new HashMap<>();
        nodes.forEach(n -> byEid.put(Values.str(n, "eid"), n));
        List<Event> edges = Values.maps(row, "edges").stream().map(e -> {
            Map<String, Object> eventRow = new HashMap<>(e);
            eventRow.put("subject", byEid.get(Values.str(e, "start")));
            eventRow.put("object", byEid.get(Values.str(e, "end")));
            return Event.of(eventRow);
        }).toList();
        return new Path(edges.size(), nodes, edges);
    }
}
