package io.entente.store;

import java.util.List;

/** The event relationship types of the evaluation format: the only types the writer creates. */
final class EventTypes {

    static final List<String> ALL = List.of("SIGNED", "RATIFIED", "DEPLOYED_TO", "CONDEMNED", "PARTY_TO",
            "HOLDS_OFFICE", "ALLIED_WITH", "REPORTED", "DENIED", "MET_WITH", "AIDED");

    private EventTypes() {
    }
}
