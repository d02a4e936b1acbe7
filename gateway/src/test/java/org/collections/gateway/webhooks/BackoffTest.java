package org.collections.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.collections.gateway.webhooks.domain.Backoff;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    void growsThenRepeatsTheLastDelay() {
        Backoff exact = new Backoff(DELAYS, 0, Duration.ofHours(24), () -> 0.5);
        assertThat(exact.delay(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(exact.delay(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(exact.delay(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(exact.delay(40)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void jitterStaysWithinItsFraction() {
        assertThat(new Backoff(DELAYS, 0.2, Duration.ofHours(24), () -> 0.0).delay(1)).isEqualTo(Duration.ofSeconds(4));
        assertThat(new Backoff(DELAYS, 0.2, Duration.ofHours(24), () -> 0.999999).delay(1))
                .isBetween(Duration.ofMillis(5990), Duration.ofSeconds(6));
    }

    @Test
    void nothingAfterTheRetryWindow() {
        Backoff backoff = new Backoff(DELAYS, 0, Duration.ofHours(24), () -> 0.5);
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(backoff.next(1, start, start)).isEqualTo(start.plusSeconds(5));
        assertThat(backoff.next(3, start, start.plus(Duration.ofHours(23)))).isNotNull();
        assertThat(backoff.next(3, start, start.plus(Duration.ofHours(24)).minusSeconds(60))).isNull();
    }
}
