package org.collections.gateway.proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * {@code gateway.requests}: a timer per route rule, upstream, route class and outcome status, so dashboards show
 * each upstream's traffic, errors and latency as the gateway saw them (503/504 from the gateway included). Every tag
 * comes from configuration or the status code, never from the request, to keep the series bounded.
 */
@ApplicationScoped
public class ProxyMetrics {

    private final MeterRegistry registry;

    public ProxyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(Route route, int status, long startedNanos) {
        Timer.builder("gateway.requests")
                .description("Requests the gateway proxied or refused, by route, upstream and status")
                .tag("route", route.name()).tag("upstream", route.upstream()).tag("class", route.routeClass())
                .tag("status", Integer.toString(status))
                .register(registry).record(Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
