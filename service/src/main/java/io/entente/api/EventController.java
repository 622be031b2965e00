package io.entente.api;

import graphql.schema.DataFetchingEnvironment;
import io.entente.api.EventQueries.EventOrderBy;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** events (the timeline) and event(id): one Cypher statement each. */
@Controller
class EventController {

    private static final String BY_ID = Cypher.relationsById("", "$ids") + """
            WITH s, r, o WHERE $includeRetracted OR coalesce(r.retracted, false) = false
            RETURN %s AS event""".formatted(Cypher.event("r", "s", "o"));

    private final GraphReader graph;

    EventController(GraphReader graph) {
        this.graph = graph;
    }

    @QueryMapping
    Connection<Event> events(@Argument EventFilter filter, @Argument Integer first, @Argument String after,
                             @Argument EventOrderBy orderBy, DataFetchingEnvironment env) {
        PageRequest page = PageRequest.of(first, after);
        Map<String, Object> params = new HashMap<>((filter == null ? EventFilter.NONE : filter).params());
        params.put("skip", page.offset());
        params.put("limit", page.first() + 1);
        boolean withCount = env.getSelectionSet().contains("totalCount");
        @SuppressWarnings("unchecked")
        List<String> types = (List<String>) params.get("types");
        EventQueries.Selection selection = new EventQueries.Selection(Selections.names(env, "edges/node/*"),
                Selections.names(env, "edges/node/subject/*"), Selections.names(env, "edges/node/object/*"));
        String cypher = EventQueries.statement(EventQueries.Given.of(params),
                orderBy == null ? EventOrderBy.DATE_DESC : orderBy, withCount, types, selection);
        Map<String, Object> row = graph.row(cypher, params).orElse(Map.of());
        List<Event> events = Values.maps(row, "page").stream().map(Event::of).toList();
        return Connection.of(events, page, Values.count(row, "total"));
    }

    @QueryMapping
    Event event(@Argument String id, @Argument Boolean includeRetracted) {
        String relId = Inputs.text("id", id);
        return graph.row(BY_ID, Map.of("ids", List.of(relId), "includeRetracted", Boolean.TRUE.equals(includeRetracted)))
                .map(row -> Event.of(Values.map(row, "event"))).orElse(null);
    }
}
