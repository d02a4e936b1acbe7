package org.collections.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Token buckets per client and route class ({@code gateway.rate-limits.<class>.capacity} requests in a burst,
 * refilled at {@code .refill-per-minute}). The buckets live in this replica's memory: with N replicas behind a load
 * balancer a client may get up to N times the configured rate, so the numbers are sized per replica (README). The
 * map is bounded ({@code gateway.rate-limits.max-clients}) and forgets clients idle for longer than a full refill, so
 * minting fresh subjects cannot exhaust memory; a forgotten client starts again with a full bucket, which is all it
 * would have had anyway.
 */
@ApplicationScoped
public class RateLimits {

    private static final Pattern LIMIT = Pattern.compile("gateway\\.rate-limits\\.([^.]+)\\.capacity");

    /** The outcome of one request against its bucket, with what the {@code RateLimit-*} headers say. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds,
            long windowSeconds) {
    }

    private record Limit(long capacity, long refillPerMinute) {
    }

    private final Map<String, Limit> limits = new TreeMap<>();
    private final Cache<String, Bucket> buckets;

    public RateLimits(Config config) {
        for (String name : config.getPropertyNames()) {
            Matcher m = LIMIT.matcher(name);
            if (m.matches()) {
                String routeClass = m.group(1);
                limits.put(routeClass, new Limit(config.getValue(name, Long.class),
                        config.getValue("gateway.rate-limits." + routeClass + ".refill-per-minute", Long.class)));
            }
        }
        if (!limits.containsKey("default")) {
            throw new IllegalStateException("gateway.rate-limits.default.capacity is missing");
        }
        long maxClients = config.getOptionalValue("gateway.rate-limits.max-clients", Long.class).orElse(100_000L);
        Duration idle = config.getOptionalValue("gateway.rate-limits.idle-expiry", Duration.class)
                .orElse(Duration.ofMinutes(10));
        this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(idle).build();
    }

    /** Takes one token from the bucket of {@code client} for {@code routeClass} (the default class's limit if unset). */
    public Decision take(String client, String routeClass) {
        String limitName = limits.containsKey(routeClass) ? routeClass : "default";
        Limit limit = limits.get(limitName);
        Bucket bucket = buckets.get(limitName + "|" + client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.refillPerMinute(), Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long window = Math.max(1, Math.round(60.0 * limit.capacity() / limit.refillPerMinute()));
        return new Decision(probe.isConsumed(), limit.capacity(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())), window);
    }

    /** Sizes the bucket map for tests and metrics. */
    public long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
