package org.collections.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each upstream's address and circuit-breaker state on the readiness endpoint, but is always UP: a gateway
 * replica that cannot reach one service still serves the others (and answers 503 for that one), and taking every
 * replica out of the load balancer because a service is down would turn one outage into a total one. Alert on the
 * breaker state and the 5xx rate in {@code gateway.requests} instead (README).
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements HealthCheck {

    private final Upstreams upstreams;

    public UpstreamsReadiness(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("gateway-upstreams").up();
        upstreams.all().forEach((name, upstream) -> builder.withData(name, upstream.url() + " circuit "
                + upstreams.states().get(name).name().toLowerCase(Locale.ROOT)));
        return builder.build();
    }
}
