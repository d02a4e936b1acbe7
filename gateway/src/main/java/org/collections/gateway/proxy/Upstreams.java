package org.collections.gateway.proxy;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One pooled HTTP client and one circuit breaker per upstream service. The breaker is SmallRye Fault Tolerance's
 * programmatic {@link TypedGuard} around the asynchronous "send the request, wait for the response headers" step:
 * it opens after {@code failure-ratio} of the last {@code request-volume-threshold} exchanges failed (connection
 * refused or lost, timeout, unparseable response; upstream 5xx answers are answers and do not count) and lets a trial
 * request through after {@code delay}. Vert.x's own circuit breaker would need another dependency for the same job.
 */
@ApplicationScoped
public class Upstreams {

    public record Upstream(String name, URI url, HttpClient client, TypedGuard<CompletionStage<ProxyResponse>> breaker) {
    }

    private final Map<String, Upstream> upstreams = new TreeMap<>();
    private final Map<String, CircuitBreakerState> states = new ConcurrentHashMap<>();
    private final Duration breakerDelay;

    public Upstreams(Vertx vertx, GatewaySettings settings,
            @ConfigProperty(name = "gateway.circuit-breaker.request-volume-threshold", defaultValue = "20") int volume,
            @ConfigProperty(name = "gateway.circuit-breaker.failure-ratio", defaultValue = "0.5") double ratio,
            @ConfigProperty(name = "gateway.circuit-breaker.delay", defaultValue = "10s") Duration delay,
            @ConfigProperty(name = "gateway.upstream-pool-size", defaultValue = "100") int poolSize) {
        this.breakerDelay = delay;
        settings.upstreams().forEach((name, url) -> {
            boolean tls = "https".equalsIgnoreCase(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
            HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(url.getHost())
                    .setDefaultPort(port).setSsl(tls).setMaxPoolSize(poolSize).setKeepAlive(true)
                    .setDecompressionSupported(false));
            states.put(name, CircuitBreakerState.CLOSED);
            TypedGuard<CompletionStage<ProxyResponse>> breaker = TypedGuard
                    .create(new TypeLiteral<CompletionStage<ProxyResponse>>() {
                    })
                    .withDescription("upstream " + name)
                    .withThreadOffload(false)
                    .withCircuitBreaker()
                    .name("gateway-upstream-" + name)
                    .requestVolumeThreshold(volume)
                    .failureRatio(ratio)
                    .delay(delay.toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(1)
                    .skipOn(List.of(BodyTooLargeException.class, ClientGoneException.class))
                    .onStateChange(state -> states.put(name, state))
                    .done()
                    .build();
            upstreams.put(name, new Upstream(name, url, client, breaker));
        });
    }

    public Upstream get(String name) {
        return upstreams.get(name);
    }

    /** Each upstream's breaker state (closed, open, half_open), for the readiness report. */
    public Map<String, CircuitBreakerState> states() {
        return Map.copyOf(states);
    }

    public Map<String, Upstream> all() {
        return upstreams;
    }

    /** Seconds a client should wait before trying again while a breaker is open. */
    public long retryAfterOpenSeconds() {
        return Math.max(1, (breakerDelay.toMillis() + 999) / 1000);
    }

    @PreDestroy
    void close() {
        upstreams.values().forEach(u -> u.client().close());
    }
}
