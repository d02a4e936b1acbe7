package org.collections.commons.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.collections.commons.input.Utf8;
import org.collections.commons.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first handler of every request: security headers on every response, a {@code WWW-Authenticate} challenge on
 * every 401, and problem+json answers for what must be refused before any resource is chosen — an API call without a
 * bearer token (401, before content negotiation could answer 415), a URI too long (414) or carrying NUL or malformed
 * UTF-8 (400), a body larger than the JSON limit (413; listed paths such as bulk imports may send more).
 */
@ApplicationScoped
public class EdgeRequestFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @ConfigProperty(name = "edge.json.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @ConfigProperty(name = "edge.large-body-paths")
    Optional<List<String>> largeBodyPaths;

    @ConfigProperty(name = "edge.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        boolean tls = request.isSSL();
        boolean tokenSent = bearer(request);
        boolean api = request.path() != null && request.path().startsWith("/api/");
        rc.addHeadersEndHandler(ignored -> {
            var headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            if (tls) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            // the framework's own challenge is a bare "Bearer": API answers always carry the realm and the error
            if (rc.response().getStatusCode() == 401 && (api || !headers.contains("WWW-Authenticate"))) {
                headers.set("WWW-Authenticate", challenge(tokenSent));
            }
        });
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            refuse(rc, 414, "uri-too-long", "URI too long", "The request URI is longer than " + maxUriLength + " characters");
            return;
        }
        byte[] decoded = Utf8.percentDecoded(uri);
        if (!Utf8.wellFormed(decoded) || contains(decoded, (byte) 0)) {
            refuse(rc, 400, "bad-request", "Bad request",
                    "The path or a query parameter contains a NUL character or malformed UTF-8");
            return;
        }
        String path = request.path();
        if (path.startsWith("/api/") && request.method() != HttpMethod.OPTIONS && !bearer(request)) {
            refuse(rc, 401, "unauthorized", "Unauthorized", "A valid bearer token is required");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length) && largeBodyPaths.orElse(List.of()).stream().noneMatch(path::startsWith)) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(rc, 413, "payload-too-large", "Payload too large",
                    "The request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        rc.next();
    }

    /** RFC 6750: the realm always; {@code error="invalid_token"} only when a token was sent and refused. */
    public static String challenge(boolean tokenSent) {
        return tokenSent ? "Bearer realm=\"collections\", error=\"invalid_token\"" : "Bearer realm=\"collections\"";
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean bearer(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(RoutingContext rc, int status, String slug, String title, String detail) {
        JsonObject problem = new JsonObject().put("type", Problem.TYPE_BASE + slug).put("title", title)
                .put("status", status).put("detail", detail);
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(problem.encode()));
    }
}
