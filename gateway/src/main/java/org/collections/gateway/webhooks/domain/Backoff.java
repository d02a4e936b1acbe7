package org.collections.gateway.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * When a failed message is tried again: the configured delay for its attempt count (the last one repeats), moved by
 * a random fraction of at most {@code jitter} either way; or never, once that would fall after its retry window.
 */
public final class Backoff {

    private final List<Duration> delays;
    private final double jitter;
    private final Duration window;
    private final DoubleSupplier random;

    public Backoff(List<Duration> delays, double jitter, Duration window, DoubleSupplier random) {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("At least one backoff delay is needed");
        }
        this.delays = List.copyOf(delays);
        this.jitter = Math.max(0, Math.min(jitter, 1));
        this.window = window;
        this.random = random;
    }

    /** The delay after {@code failedAttempts} (at least 1) failures, jitter included. */
    public Duration delay(int failedAttempts) {
        Duration base = delays.get(Math.min(Math.max(failedAttempts, 1), delays.size()) - 1);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(0, Math.round(base.toMillis() * factor)));
    }

    /** The next attempt after a failure at {@code now}, or null when the message is out of its window (dead). */
    public Instant next(int failedAttempts, Instant retryFrom, Instant now) {
        Instant next = now.plus(delay(failedAttempts));
        return next.isAfter(retryFrom.plus(window)) ? null : next;
    }
}
