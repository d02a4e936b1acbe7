package org.collections.gateway.proxy;

/**
 * The client closed its connection before the exchange ended, and the proxy reset the upstream request. Nothing is
 * wrong with the upstream, so it never trips a circuit breaker.
 */
public class ClientGoneException extends RuntimeException {

    public ClientGoneException() {
        super("The client closed the connection", null, false, false);
    }
}
