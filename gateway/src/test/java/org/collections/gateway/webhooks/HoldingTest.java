package org.collections.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.collections.gateway.webhooks.domain.Holding;
import org.junit.jupiter.api.Test;

class HoldingTest {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void anAgencyHoldsTheCaseFromItsPlacementUntilJustBeforeItsRecall() {
        List<Holding> history = List.of(new Holding("A", T0, T0.plusSeconds(3600)),
                new Holding("B", T0.plusSeconds(7200), null));

        assertThat(Holding.holderAt(history, T0.minusSeconds(1))).isEmpty();
        assertThat(Holding.holderAt(history, T0)).contains("A");
        assertThat(Holding.holderAt(history, T0.plusSeconds(3599))).contains("A");
        assertThat(Holding.holderAt(history, T0.plusSeconds(3600))).isEmpty();
        assertThat(Holding.holderAt(history, T0.plusSeconds(7200))).contains("B");
        assertThat(Holding.holderAt(history, T0.plusSeconds(999_999))).contains("B");
    }

    @Test
    void aPlacementMadeAtTheInstantOfTheRecallTakesOver() {
        List<Holding> history = List.of(new Holding("A", T0, T0.plusSeconds(60)), new Holding("B", T0.plusSeconds(60), null));

        assertThat(Holding.holderAt(history, T0.plusSeconds(60))).contains("B");
        assertThat(Holding.holderAt(List.of(), T0)).isEmpty();
    }
}
