package org.collections.commons.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long stored responses may be replayed, and how expired ones are purged. */
@ConfigMapping(prefix = "idempotency")
public interface IdempotencyConfig {

    /** A key older than this runs its request again; its record is purged. */
    @WithDefault("PT24H")
    Duration retention();

    /** How often each replica purges expired records (the purge is a plain batched delete, safe on all at once). */
    @WithDefault("10m")
    Duration purgeInterval();

    /** Rows deleted per statement by the purge. */
    @WithDefault("1000")
    int purgeBatchSize();
}
