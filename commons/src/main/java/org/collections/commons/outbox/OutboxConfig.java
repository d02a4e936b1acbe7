package org.collections.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where the relay delivers which events, and how it retries. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** The name of this service, written as the source of every event. */
    String source();

    Map<String, Subscriber> subscribers();

    Relay relay();

    interface Subscriber {
        /** The subscriber's inbox URL. */
        String url();

        /** The event types it receives. */
        List<String> events();
    }

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("100")
        int batchSize();

        /** How long a delivery stays leased to one relay before another replica may take it. */
        @WithDefault("30s")
        Duration lease();

        @WithDefault("5s")
        Duration requestTimeout();

        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("10m")
        Duration maxBackoff();

        /**
         * Answers refusing a delivery (any error status but 408, 425, 429, 502, 503 and 504) after which it is parked
         * for an admin: with the backoff, 10 refusals take about 9 minutes. 400, 410, 413, 415 and 422 park at once.
         */
        @WithDefault("10")
        int maxRefusals();
    }
}
