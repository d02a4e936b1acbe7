package org.collections.gateway.partners;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Test only: stands where the proxy to the services stands (a later route on /api/v1), so that a test sees whether a
 * request got past the partner checks.
 */
@ApplicationScoped
public class EchoRoute {

    public static final String PATH = "/api/v1/partner-checks-passed";

    void install(@Observes Router router) {
        router.route(PATH).order(1000).handler(rc -> rc.response().putHeader("Content-Type", "text/plain").end("passed"));
    }
}
