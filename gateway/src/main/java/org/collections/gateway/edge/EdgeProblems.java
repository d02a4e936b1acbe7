package org.collections.gateway.edge;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.collections.commons.problem.Problem;

/**
 * Problem+json answers the gateway gives itself (never echoing input), for handlers on the Vert.x router where no
 * JAX-RS exception mapper runs. An HTTP/1 request whose body has not been read yet gets {@code Connection: close}, so
 * an unread upload cannot be taken for the next request on the connection (HTTP/2 ends just that stream).
 */
public final class EdgeProblems {

    private EdgeProblems() {
    }

    public static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        HttpServerResponse response = rc.response();
        if (response.headWritten() || response.ended()) {
            response.reset();
            return;
        }
        HttpServerRequest request = rc.request();
        JsonObject problem = new JsonObject().put("type", Problem.TYPE_BASE + slug).put("title", title)
                .put("status", status).put("detail", detail);
        if (!request.isEnded() && request.version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(problem.encode()));
        if (!request.isEnded()) {
            request.resume();
        }
    }
}
