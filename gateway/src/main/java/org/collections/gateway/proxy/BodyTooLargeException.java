package org.collections.gateway.proxy;

/** A request body streamed past its route class's limit; the client's fault, so it never trips a circuit breaker. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes", null, false, false);
    }
}
