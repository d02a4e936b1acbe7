package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Scenarios 2 and 3: a repayment plan seen by all three services, kept to the end or broken. */
class PlanScenarioTest extends Scenario {

    @Test
    void planPaidInFullClosesTheCaseAndEndsAllContact() {
        String caseId = Cases.openInNewYork(unique("PLAN"), "300.00");
        Contacts.awaitKnown(caseId);
        String phone = Contacts.addPhone(Cases.debtorId(caseId), "+1 212 555 0101");
        String slot = Contacts.request(caseId, "CALL", phone).then().statusCode(201).body("status", equalTo("PENDING"))
                .extract().path("id");

        String planId = Plans.activeMonthly(caseId, "300.00", 3, 7);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo("IN_PLAN"));
        for (int i = 1; i <= 3; i++) {
            Plans.pay(planId, "100.00", "USD", unique("TX")).then().statusCode(201);
        }
        assertThat(Plans.status(planId)).isEqualTo("COMPLETED");

        Eventually.until("case closed", () -> Cases.status(caseId), equalTo("CLOSED"));
        assertThat(Cases.get(caseId)).containsEntry("closeReason", "PAID_IN_FULL").containsEntry("balance", "0.00");
        Eventually.until("pending call cancelled", () -> Contacts.slotStatus(caseId, slot), equalTo("CANCELLED"));
        Eventually.until("calls blocked", () -> Contacts.decide(caseId, "CALL").then().extract().jsonPath()
                .getList("violations.ruleId"), hasItem("US_REGF.CASE_CLOSED"));
        Contacts.request(caseId, "CALL", phone).then().statusCode(409);
    }

    @Test
    void missedInstallmentsBreakThePlanAndTheCaseCanBeContactedAgain() {
        String caseId = Cases.openInNewYork(unique("BROKEN"), "300.00");
        Contacts.awaitKnown(caseId);
        String phone = Contacts.addPhone(Cases.debtorId(caseId), "+1 212 555 0102");
        String planId = Plans.activeMonthly(caseId, "300.00", 3, 5);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo("IN_PLAN"));

        try {
            suite.travel(Duration.ofDays(5 + 9)); // 9 days past the first due date: within what the rules tolerate
            Plans.evaluate();
            assertThat(Plans.status(planId)).isEqualTo("ACTIVE");
            suite.travel(Duration.ofDays(1)); // 10 days past due: broken
            Plans.evaluate();
            assertThat(Plans.status(planId)).isEqualTo("BROKEN");

            Eventually.until("case ACTIVE again", () -> Cases.status(caseId), equalTo("ACTIVE"));
            Contacts.request(caseId, "CALL", phone).then().statusCode(201).body("status", equalTo("PENDING"));
        } finally {
            suite.travelTo(Suite.START);
        }
    }
}
