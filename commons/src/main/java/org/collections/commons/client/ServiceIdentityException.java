package org.collections.commons.client;

/** The service could not get a token of its own: an outage for the caller (retried, then 503), never a 4xx. */
public class ServiceIdentityException extends RuntimeException {

    public ServiceIdentityException(String message) {
        super(message);
    }

    public ServiceIdentityException(String message, Throwable cause) {
        super(message, cause);
    }
}
