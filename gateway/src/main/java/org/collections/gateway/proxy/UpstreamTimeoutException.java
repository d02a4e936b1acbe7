package org.collections.gateway.proxy;

/** The upstream did not answer within the route class's response timeout. */
public class UpstreamTimeoutException extends RuntimeException {

    public UpstreamTimeoutException() {
        super("The upstream did not answer in time", null, false, false);
    }
}
