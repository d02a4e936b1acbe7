package org.collections.gateway.proxy;

import io.vertx.core.http.HttpClientRequest;
import java.util.function.BooleanSupplier;

/**
 * The request one proxied exchange sent upstream, and how to let go of it when the client is gone or the answer is
 * not wanted any more. Once its whole request is sent, it is never reset: Vert.x resets an HTTP/1.1 request whose
 * response has ended by closing the connection, and by then the pool may have given that connection to another
 * client's request, which would fail with it (a 502 to a client that did nothing wrong). Its answer is read and
 * dropped instead, and the connection goes back to the pool whole.
 */
final class UpstreamCall {

    private final BooleanSupplier clientRequestComplete;
    private HttpClientRequest request;

    /** @param clientRequestComplete whether the client's request has been received whole, body and all */
    UpstreamCall(BooleanSupplier clientRequestComplete) {
        this.clientRequestComplete = clientRequestComplete;
    }

    void sent(HttpClientRequest request) {
        this.request = request;
    }

    boolean sent() {
        return request != null;
    }

    /**
     * Resets the upstream request while its body is incomplete (its connection can then never be reused); otherwise
     * drops its answer as it arrives.
     */
    void abandon(Throwable cause) {
        if (request == null) {
            return;
        }
        if (!clientRequestComplete.getAsBoolean()) {
            request.reset(0, cause);
            return;
        }
        request.response().onSuccess(response -> response.handler(null).resume());
    }
}
