package io.entente.api;

import java.util.Map;

/** One typed event relationship as the API shows it; subject and object are entity maps. */
record Event(String id, String type, Map<String, Object> subject, Map<String, Object> object, String date,
             String claimStatus, int sources, Double confidence, String firstReported, String lastReported,
             boolean retracted, Integer troops, String location, String role, String status, String vote) {

    /** From a row built with {@link Cypher#event}. */
    static Event of(Map<String, Object> row) {
        Map<String, Object> rel = Values.map(row, "rel");
        return new Event(Values.str(rel, "id"), Values.str(row, "type"), Values.map(row, "subject"),
                Values.map(row, "object"), Values.str(rel, "date"),
                rel.get("claimStatus") == null ? "asserted" : Values.str(rel, "claimStatus"),
                Math.max(1, Values.count(rel, "sources")), Values.decimal(rel, "confidence"),
                Values.str(rel, "firstReported"), Values.str(rel, "lastReported"),
                Boolean.TRUE.equals(rel.get("retracted")), Values.integer(rel, "troops"),
                Values.str(rel, "location"), Values.str(rel, "role"), Values.str(rel, "status"),
                Values.str(rel, "vote"));
    }

    String subjectId() {
        return Values.str(subject, "id");
    }

    String objectId() {
        return Values.str(object, "id");
    }
}
