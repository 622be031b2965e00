package io.entente.resolve;

import java.util.Map;

/**
 * An event relationship between two resolved nodes, with the evidence node this article adds
 * to it ({@code evidence} holds the Evidence node's properties, {@code id} included).
 */
public record ResolvedRelation(String id, String type, String subjectId, String subjectLabel, String objectId,
                               String objectLabel, Map<String, Object> evidence) {

    public ResolvedRelation {
        evidence = Map.copyOf(evidence);
    }
}
