package io.entente.eval;

/**
 * Input that score.py refuses: it exits with this message (a broken line, a relation naming a
 * list of keys) or fails on a value of the wrong type.
 */
public class ScoringException extends RuntimeException {

    public ScoringException(String message) {
        super(message);
    }

    public ScoringException(String message, Throwable cause) {
        super(message, cause);
    }
}
