package org.collections.gateway.edge;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every 401 of the gateway is problem+json with an RFC 6750 challenge: {@code Bearer realm="collections"} when no
 * token came, plus {@code error="invalid_token"} when one came and was refused (expired, wrong issuer or audience,
 * bad signature, {@code alg=none}, or breaking commons' TokenRules). The verification itself is quarkus-smallrye-jwt's
 * (HTTP permission {@code authenticated} on /api/*); this class only shapes its refusals. A challenge of another
 * scheme that a handler set is left alone: the token endpoint answers failed client authentication with {@code Basic}
 * (RFC 6749 §5.2).
 */
@ApplicationScoped
public class BearerChallenge {

    static final String REALM = "Bearer realm=\"collections\"";
    static final String INVALID = REALM + ", error=\"invalid_token\"";
    private static final String CHALLENGE_HEADER = "WWW-Authenticate";

    void install(@Observes Router router) {
        // Before commons' EdgeRequestFilter (MIN_VALUE + 100): headers-end handlers run in reverse order, so this one has
        // the last word over the framework's bare "Bearer" and the filter's challenge.
        router.route().order(Integer.MIN_VALUE + 50).handler(rc -> {
            rc.addHeadersEndHandler(ignored -> {
                String set = rc.response().headers().get(CHALLENGE_HEADER);
                if (rc.response().getStatusCode() == 401 && (set == null || isBearer(set))) {
                    rc.response().headers().set(CHALLENGE_HEADER, challenge(rc));
                }
            });
            rc.next();
        });
        router.route().order(Integer.MIN_VALUE + 50).failureHandler(this::onFailure);
    }

    void onFailure(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException
                || (failure == null && rc.statusCode() == 401)) {
            EdgeProblems.send(rc, 401, "unauthorized", "Unauthorized", "A valid bearer token is required");
        } else {
            rc.next();
        }
    }

    private static boolean isBearer(String challenge) {
        return challenge.regionMatches(true, 0, "Bearer", 0, 6)
                && (challenge.length() == 6 || challenge.charAt(6) == ' ');
    }

    private static String challenge(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && !authorization.isBlank() ? INVALID : REALM;
    }
}
