package io.entente.api;

/** The client named something the graph does not hold; reported classified NOT_FOUND. */
class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
