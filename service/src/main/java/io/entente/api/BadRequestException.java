package io.entente.api;

/** Input the client can fix; reported as a GraphQL error classified BAD_REQUEST. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
