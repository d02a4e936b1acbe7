package org.collections.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.collections.contact.compliance.Decision;
import org.collections.contact.compliance.Violation;
import org.junit.jupiter.api.Test;

/** Each scenario's decision is the one its situation calls for, so the benchmark measures the path it claims to. */
class ContactDecisionBenchmarkTest {

    @Test
    void aCallInTheDebtorsDaytimeIsAllowedUnderRegulationF() {
        Decision decision = decide(DecisionScenario.US_REGF_CALL_IN_DAYTIME);

        assertThat(decision.allowed()).as(decision.explanation()).isTrue();
        assertThat(decision.packVersion()).isEqualTo("US_REGF@2021-11-30");
    }

    @Test
    void theEighthCallInSevenDaysIsBlockedUntilTheOldestLeavesTheWindow() {
        Decision decision = decide(DecisionScenario.US_REGF_AFTER_SEVEN_CALLS_IN_SEVEN_DAYS);

        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly("US_REGF.CALL_FREQUENCY");
        // The call six days ago at 10:30 EST leaves the seven-day window at 11:30 EDT tomorrow.
        assertThat(decision.nextPermittedAt()).isEqualTo(Instant.parse("2026-03-11T15:30:00Z"));
    }

    @Test
    void aCallInTheDebtorsDaytimeIsAllowedInChina() {
        Decision decision = decide(DecisionScenario.CN_CALL_IN_DAYTIME);

        assertThat(decision.allowed()).as(decision.explanation()).isTrue();
        assertThat(decision.packVersion()).isEqualTo("CN@2026-01-01");
    }

    @Test
    void aFourthConversationInADayIsBlockedUntilTomorrowsHoursInChina() {
        Decision decision = decide(DecisionScenario.CN_AFTER_THREE_CONVERSATIONS_TODAY);

        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly("CN.DAILY_CONNECTED_CALLS");
        // 08:00 in Shanghai.
        assertThat(decision.nextPermittedAt()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
    }

    @Test
    void theLedgerHoldsAFewDozenAttemptsOverThirtyDays() {
        for (DecisionScenario scenario : DecisionScenario.values()) {
            assertThat(scenario.situation().history()).as(scenario.name()).hasSizeBetween(40, 60);
        }
    }

    private static Decision decide(DecisionScenario scenario) {
        ContactDecisionBenchmark benchmark = new ContactDecisionBenchmark();
        benchmark.scenario = scenario;
        benchmark.prepare();
        return benchmark.decide();
    }
}
