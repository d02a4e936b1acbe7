package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.collections.client.ApiException;
import org.collections.client.model.AttemptView;
import org.collections.client.model.Channel;
import org.collections.client.model.ContactDecision;
import org.collections.client.model.ContactOutcome;
import org.collections.client.model.ViolationView;
import org.junit.jupiter.api.Test;

/**
 * Issue section "rules that count wrong", across the real services: under Regulation F calls that never reach the
 * number do not count toward 7 calls in 7 days, and the explanation gives the decision's next permitted time to the
 * minute in the debtor's zone.
 */
class RuleCountingScenarioTest extends Scenario {

    @Test
    void busyCallsDoNotCountTowardSevenInSevenDaysAndTheBlockSaysWhenCallsMayResume() throws Exception {
        UUID caseId = Cases.openInNewYork(unique("REGF"), "500.00");
        Contacts.awaitKnown(caseId);
        Gateway collector = Gateway.collector();
        UUID phone = PhoneFromCase.of(caseId);

        for (int i = 0; i < 7; i++) {
            callUnder(collector, caseId, phone, ContactOutcome.BUSY);
        }
        Instant firstCounted = suite.now();
        for (int i = 0; i < 7; i++) {
            callUnder(collector, caseId, phone, i % 2 == 0 ? ContactOutcome.NO_ANSWER : ContactOutcome.VOICEMAIL);
        }

        ContactDecision blocked = Contacts.decision(collector, caseId, Channel.CALL, phone);
        assertThat(blocked.getDecision()).isEqualTo(ContactDecision.DecisionEnum.BLOCK);
        assertThat(blocked.getViolations()).extracting(ViolationView::getRuleId).containsExactly("US_REGF.CALL_FREQUENCY");
        assertThat(blocked.getViolations().get(0).getReason()).contains("7 calls").contains("not counted");
        Instant next = blocked.getNextPermittedAt().toInstant();
        assertThat(next).isBetween(firstCounted.plus(Duration.ofDays(7)), firstCounted.plus(Duration.ofDays(7)).plusSeconds(60));
        assertThat(blocked.getExplanation())
                .matches("(?s).*next permitted \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} America/New_York \\(.*Z\\).*");
        assertThat(blocked.getRulePackVersion()).isEqualTo("US_REGF@2021-11-30");
    }

    /** A call made under a fresh ALLOW decision, with its outcome. */
    private static void callUnder(Gateway as, UUID caseId, UUID phone, ContactOutcome outcome) throws ApiException {
        ContactDecision decision = Contacts.decision(as, caseId, Channel.CALL, phone);
        assertThat(decision.getDecision()).as("call before recording " + outcome)
                .isEqualTo(ContactDecision.DecisionEnum.ALLOW);
        AttemptView attempt = Contacts.attempt(as, caseId, Channel.CALL, phone, outcome, decision.getDecisionId());
        assertThat(attempt.getCompliant()).isTrue();
    }
}
