package io.entente.extract;

/** Whether the article states an edge as fact, attributes it to a source, or reports it denied. */
public enum ClaimStatus {
    ASSERTED, REPORTED, DENIED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
