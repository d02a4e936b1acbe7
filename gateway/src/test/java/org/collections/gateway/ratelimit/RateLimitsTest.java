package org.collections.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bucket map keeps at most the configured number of clients, however many subjects an attacker mints. */
class RateLimitsTest {

    private final RateLimits limits = new RateLimits(new SmallRyeConfigBuilder().withDefaultValues(Map.of(
            "gateway.rate-limits.default.capacity", "2",
            "gateway.rate-limits.default.refill-per-minute", "60",
            "gateway.rate-limits.max-clients", "100")).build());

    @Test
    void aFloodOfFreshClientsDoesNotGrowTheMapBeyondItsBound() {
        for (int i = 0; i < 5_000; i++) {
            assertThat(limits.take("minted-" + UUID.randomUUID(), "default").allowed()).isTrue();
        }
        assertThat(limits.trackedClients()).isLessThanOrEqualTo(100);
    }

    @Test
    void aClassWithoutItsOwnLimitUsesTheDefault() {
        assertThat(limits.take("c", "unlisted").limit()).isEqualTo(2);
        assertThat(limits.take("c", "unlisted").remaining()).isZero();
        RateLimits.Decision refused = limits.take("c", "unlisted");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }
}
