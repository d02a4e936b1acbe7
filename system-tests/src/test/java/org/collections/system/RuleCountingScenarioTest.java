package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue section "rules that count wrong", across the real services: under Regulation F calls that never reach the
 * number do not count toward 7 calls in 7 days, and the explanation gives the decision's next permitted time to the
 * minute in the debtor's zone.
 */
class RuleCountingScenarioTest extends Scenario {

    @Test
    void busyCallsDoNotCountTowardSevenInSevenDaysAndTheBlockSaysWhenCallsMayResume() {
        String caseId = Cases.openInNewYork(unique("REGF"), "500.00");
        Contacts.awaitKnown(caseId);
        String collector = Tokens.collector();
        String phone = PhoneFromCase.of(caseId);

        for (int i = 0; i < 7; i++) {
            callUnder(collector, caseId, phone, "BUSY");
        }
        Instant firstCounted = suite.now();
        for (int i = 0; i < 7; i++) {
            callUnder(collector, caseId, phone, i % 2 == 0 ? "NO_ANSWER" : "VOICEMAIL");
        }

        JsonPath blocked = Contacts.decision(collector, caseId, "CALL", phone);
        assertThat(blocked.getString("decision")).isEqualTo("BLOCK");
        assertThat(blocked.getList("violations.ruleId")).containsExactly("US_REGF.CALL_FREQUENCY");
        assertThat(blocked.getString("violations[0].reason")).contains("7 calls").contains("not counted");
        Instant next = Instant.parse(blocked.getString("nextPermittedAt"));
        assertThat(next).isBetween(firstCounted.plus(Duration.ofDays(7)), firstCounted.plus(Duration.ofDays(7)).plusSeconds(60));
        assertThat(blocked.getString("explanation"))
                .matches("(?s).*next permitted \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} America/New_York \\(.*Z\\).*");
        assertThat(blocked.getString("rulePackVersion")).isEqualTo("US_REGF@2021-11-30");
    }

    /** A call made under a fresh ALLOW decision, with its outcome. */
    private static void callUnder(String token, String caseId, String phone, String outcome) {
        JsonPath decision = Contacts.decision(token, caseId, "CALL", phone);
        assertThat(decision.getString("decision")).as("call before recording " + outcome).isEqualTo("ALLOW");
        JsonPath attempt = Contacts.attempt(token, caseId, "CALL", phone, outcome, decision.getString("decisionId"));
        assertThat(attempt.getBoolean("compliant")).isTrue();
    }
}
