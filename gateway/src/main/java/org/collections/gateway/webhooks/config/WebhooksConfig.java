package org.collections.gateway.webhooks.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Partner webhooks: which endpoint URLs are acceptable, and how the relay delivers and retries. */
@ConfigMapping(prefix = "webhooks")
public interface WebhooksConfig {

    /**
     * Accept {@code http://localhost} / {@code http://127.0.0.1} endpoints and deliver to loopback addresses. Only the
     * test and local profiles switch this on: in production every endpoint is HTTPS on a public address.
     */
    @WithDefault("false")
    boolean allowLoopback();

    /** How long a rotated-out secret keeps signing next to the new one. */
    @WithDefault("24h")
    Duration secretOverlap();

    /**
     * How long an event of a case no agency was known to hold waits for a placement event that arrives late (placement
     * events come on case-service's relay, plan and payment events on plan-service's) before it is dropped.
     */
    @WithDefault("24h")
    Duration heldEventRetention();

    /**
     * How long the routing of an event waits for case-service's placement history of its case (asked when the gateway's
     * replica says the case is still placed: its recall may be on its way). No answer: the event is redelivered later.
     */
    @WithDefault("3s")
    Duration holderCheckTimeout();

    Relay relay();

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1s")
        Duration interval();

        @WithDefault("50")
        int batchSize();

        /** How long an attempt stays leased to one relay before another replica may try it again. */
        @WithDefault("60s")
        Duration lease();

        /** Per attempt; capped at 10 s whatever is configured. */
        @WithDefault("10s")
        Duration requestTimeout();

        /** The delays after the 1st, 2nd, … failed attempt; the last one repeats. */
        @WithDefault("5s,30s,2m,10m,30m,1h,2h,4h")
        List<Duration> backoff();

        /** Each delay is moved by up to this fraction either way, so failed endpoints are not retried in lockstep. */
        @WithDefault("0.2")
        double jitter();

        /** How long a message is retried (from its first attempt, or from an admin replay) before it is dead. */
        @WithDefault("24h")
        Duration retryWindow();
    }
}
