package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.UUID;
import org.collections.client.model.CaseStatus;
import org.collections.client.model.CaseView;
import org.collections.client.model.PaymentReversal;
import org.collections.client.model.PaymentView;
import org.collections.client.model.Channel;
import org.collections.client.model.CloseReason;
import org.collections.client.model.PlanStatus;
import org.collections.client.model.SlotStatus;
import org.collections.client.model.ViolationView;
import org.junit.jupiter.api.Test;

/** Scenarios 2 and 3: a repayment plan seen by all three services, kept to the end or broken. */
class PlanScenarioTest extends Scenario {

    @Test
    void planPaidInFullClosesTheCaseAndEndsAllContact() throws Exception {
        UUID caseId = Cases.openInNewYork(unique("PLAN"), "300.00");
        Contacts.awaitKnown(caseId);
        UUID phone = Contacts.addPhone(Cases.debtorId(caseId), "+1 212 555 0101");
        var slot = Contacts.request(caseId, Channel.CALL, phone);
        assertThat(slot.getStatus()).isEqualTo(SlotStatus.PENDING);

        UUID planId = Plans.activeMonthly(caseId, "300.00", 3, 7);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo(CaseStatus.IN_PLAN));
        PaymentView last = null;
        for (int i = 1; i <= 3; i++) {
            last = Plans.pay(planId, "100.00", "USD", unique("TX"));
        }
        assertThat(Plans.status(planId)).isEqualTo(PlanStatus.COMPLETED);

        Eventually.until("case closed", () -> Cases.status(caseId), equalTo(CaseStatus.CLOSED));
        CaseView closed = Cases.get(caseId);
        assertThat(closed.getCloseReason()).isEqualTo(CloseReason.PAID_IN_FULL);
        assertThat(closed.getBalance()).isEqualTo("0.00");
        Eventually.until("pending call cancelled", () -> Contacts.slotStatus(caseId, slot.getId()),
                equalTo(SlotStatus.CANCELLED));
        Eventually.until("calls blocked", () -> Contacts.decide(caseId, Channel.CALL).getViolations().stream()
                .map(ViolationView::getRuleId).toList(), hasItem("US_REGF.CASE_CLOSED"));
        assertThat(Contacts.requestStatus(caseId, Channel.CALL, phone)).isEqualTo(409);

        // the last payment bounces: the plan runs again, and the case is reopened and back in its plan, owing again
        Gateway.supervisor().payments().reversePayment(last.getId(),
                new PaymentReversal().reason("Chargeback: card reported stolen"));
        assertThat(Plans.status(planId)).isEqualTo(PlanStatus.ACTIVE);
        Eventually.until("case back IN_PLAN", () -> Cases.status(caseId), equalTo(CaseStatus.IN_PLAN));
        assertThat(Cases.get(caseId).getBalance()).isEqualTo("100.00");
        assertThat(Cases.historyActions(caseId)).contains("REOPENED");
    }

    @Test
    void missedInstallmentsBreakThePlanAndTheCaseCanBeContactedAgain() throws Exception {
        UUID caseId = Cases.openInNewYork(unique("BROKEN"), "300.00");
        Contacts.awaitKnown(caseId);
        UUID phone = Contacts.addPhone(Cases.debtorId(caseId), "+1 212 555 0102");
        UUID planId = Plans.activeMonthly(caseId, "300.00", 3, 5);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo(CaseStatus.IN_PLAN));

        try {
            suite.travel(Duration.ofDays(5 + 9)); // 9 days past the first due date: within what the rules tolerate
            Plans.evaluate();
            assertThat(Plans.status(planId)).isEqualTo(PlanStatus.ACTIVE);
            suite.travel(Duration.ofDays(1)); // 10 days past due: broken
            Plans.evaluate();
            assertThat(Plans.status(planId)).isEqualTo(PlanStatus.BROKEN);

            Eventually.until("case ACTIVE again", () -> Cases.status(caseId), equalTo(CaseStatus.ACTIVE));
            assertThat(Contacts.request(caseId, Channel.CALL, phone).getStatus()).isEqualTo(SlotStatus.PENDING);
        } finally {
            suite.travelTo(Suite.START);
        }
    }
}
