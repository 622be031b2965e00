package io.entente.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The GraphQL EventFilter input, bound by Spring for GraphQL. */
record EventFilter(List<String> types, String actor, String target, String since, String until, String claimStatus,
                   Integer minSources, Boolean includeRetracted) {

    static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null);

    /** Validated query parameters for {@link EventQueries}. */
    Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        p.put("types", Inputs.eventTypes(types));
        p.put("actor", Inputs.id("actor", actor));
        p.put("target", Inputs.id("target", target));
        p.put("since", Inputs.date("since", since));
        p.put("until", Inputs.date("until", until));
        p.put("claimStatus", Inputs.claimStatus(claimStatus));
        p.put("minSources", Inputs.atLeast("minSources", minSources, 1, 0, 1_000_000));
        p.put("includeRetracted", Boolean.TRUE.equals(includeRetracted));
        return p;
    }

    /** Whether an event (e.g. a freshly ingested one) passes this filter; used by subscriptions. */
    boolean accepts(Event e) {
        Map<String, Object> p = params();
        return ((List<?>) p.get("types")).contains(e.type())
                && (p.get("actor") == null || p.get("actor").equals(e.subjectId()))
                && (p.get("target") == null || p.get("target").equals(e.objectId()))
                && (p.get("claimStatus") == null || p.get("claimStatus").equals(e.claimStatus()))
                && e.sources() >= (int) p.get("minSources")
                && (!e.retracted() || Boolean.TRUE.equals(includeRetracted))
                && DateWindow.overlaps(e.date(), (String) p.get("since"), (String) p.get("until"));
    }
}
