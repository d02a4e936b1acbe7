package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collections.contact.compliance.Fixtures.NEW_YORK;
import static org.collections.contact.compliance.Fixtures.call;
import static org.collections.contact.compliance.Fixtures.outboundCall;
import static org.collections.contact.compliance.Fixtures.situation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ComplianceEngineTest {

    @Test
    void anAllowedContactIsPermittedAtOnce() {
        Instant at = Instant.parse("2026-06-10T16:00:00Z");

        Decision decision = ComplianceEngine.decide(RulePacks.US_REGF, call(at), situation(NEW_YORK).build());

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.violations()).isEmpty();
        assertThat(decision.nextPermittedAt()).isEqualTo(at);
        assertThat(ComplianceEngine.explain(decision)).containsExactly("allowed");
        assertThat(decision.explanation()).isEqualTo("allowed under US_REGF@2021-11-30");
    }

    @Test
    void explanationsNameTheRuleTheCountsAndTheNextTime() {
        Instant first = Instant.parse("2026-03-02T14:00:00Z");
        List<AttemptRecord> calls = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            calls.add(outboundCall(first.plus(Duration.ofDays(day)), Outcome.NO_ANSWER));
        }

        Decision decision = ComplianceEngine.decide(RulePacks.US_REGF,
                call(first.plus(Duration.ofDays(6)).plus(Duration.ofHours(1))), situation(NEW_YORK).with(calls).build());

        assertThat(ComplianceEngine.explain(decision)).containsExactly("blocked: US_REGF.CALL_FREQUENCY — 7 calls"
                + " in the 7 days since 2026-03-02T14:00Z: 7 unanswered; next permitted 2026-03-09 10:00"
                + " America/New_York (2026-03-09T14:00Z)");
        assertThat(decision.nextPermittedAt()).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
    }

    @Test
    void aSituationWithoutZonesIsRejected() {
        assertThatThrownBy(() -> ComplianceEngine.decide(RulePacks.UK_CONC, call(Instant.parse("2026-06-10T12:00:00Z")),
                situation().build())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zone");
    }
}
