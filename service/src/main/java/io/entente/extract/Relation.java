package io.entente.extract;

import java.util.Map;

/**
 * A typed edge between two entity keys, with the claim status that tells facts from claims
 * and the evidence that says where it came from.
 */
public record Relation(String type, String subject, String object, String date,
                       Map<String, Object> attrs, ClaimStatus claimStatus, Evidence evidence) {

    public Relation {
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
        claimStatus = claimStatus == null ? ClaimStatus.ASSERTED : claimStatus;
    }
}
