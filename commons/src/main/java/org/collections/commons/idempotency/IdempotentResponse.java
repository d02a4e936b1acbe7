package org.collections.commons.idempotency;

/** What an idempotent operation answered: replayed byte for byte when the same key comes again. */
public record IdempotentResponse(int status, Object body, String location, String etag) {

    public static IdempotentResponse created(Object body, String location, String etag) {
        return new IdempotentResponse(201, body, location, etag);
    }

    public static IdempotentResponse ok(Object body) {
        return new IdempotentResponse(200, body, null, null);
    }
}
