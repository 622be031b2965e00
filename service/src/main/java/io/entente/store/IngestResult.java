package io.entente.store;

import java.util.List;

/**
 * What was extracted from one article and what its transaction added: counts, the canonical
 * ids of the entities it names and the event relationships it supports.
 */
public record IngestResult(String articleId, IngestStatus status, int entitiesExtracted, int relationsExtracted,
                           int nodesCreated, int relationshipsCreated, List<String> entityIds,
                           List<IngestedRelation> relations, String error) {

    /** An event relationship the article supports, by canonical ids. */
    public record IngestedRelation(String id, String type, String subject, String object) {
    }

    public IngestResult {
        entityIds = List.copyOf(entityIds);
        relations = List.copyOf(relations);
    }

    IngestResult withCounts(int nodes, int relationships) {
        return new IngestResult(articleId, status, entitiesExtracted, relationsExtracted, nodes, relationships,
                entityIds, relations, error);
    }

    static IngestResult unchanged(String articleId) {
        return new IngestResult(articleId, IngestStatus.UNCHANGED, 0, 0, 0, 0, List.of(), List.of(), null);
    }

    public static IngestResult failed(String articleId, Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new IngestResult(articleId, IngestStatus.FAILED, 0, 0, 0, 0, List.of(), List.of(), message);
    }
}
