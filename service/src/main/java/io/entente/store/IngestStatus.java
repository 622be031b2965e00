package io.entente.store;

/** What ingesting one article did. */
public enum IngestStatus {
    /** A new article: its graph was written. */
    INGESTED,
    /** Same content and extractor version as stored: nothing written. */
    UNCHANGED,
    /** A changed version: the old evidence was removed and the new graph written. */
    REPLACED,
    /** Extraction or writing failed; the transaction rolled back, nothing of it is stored. */
    FAILED
}
