package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import org.collections.client.model.CaseStatus;
import org.collections.client.model.CaseView;
import org.collections.client.model.Channel;
import org.collections.client.model.CloseReason;
import org.collections.client.model.ContactDecision;
import org.collections.client.model.PlanStatus;
import org.junit.jupiter.api.Test;

/**
 * Issue section "rules as data, one way to build the facts", across the real services: decisions name the version
 * of the pack they used, phone numbers given at case creation are contact points without being entered again, and a
 * plan paid within tolerance closes its case as paid in full with the shortfall written off.
 */
class RulesAsDataScenarioTest extends Scenario {

    @Test
    void decisionsNameTheirPackVersionAndTheCasesPhoneIsAContactPoint() throws Exception {
        UUID caseId = Cases.openInNewYork(unique("PACKS"), "200.00");
        Contacts.awaitKnown(caseId);
        UUID phone = PhoneFromCase.of(caseId);
        assertThat(PhoneFromCase.view(Gateway.admin(), caseId, phone).getValue().replaceAll("[^0-9]", ""))
                .isEqualTo("12125550147");

        ContactDecision decision = Contacts.decision(Gateway.collector(), caseId, Channel.CALL, phone);
        assertThat(decision.getRulePackVersion()).isEqualTo("US_REGF@2021-11-30");
        assertThat(decision.getExplanation()).contains("US_REGF@2021-11-30");
    }

    @Test
    void aPlanPaidWithinToleranceClosesTheCaseAsPaidInFull() throws Exception {
        UUID caseId = Cases.openInNewYork(unique("TOLERANCE"), "300.00");
        UUID planId = Plans.activeMonthly(caseId, "300.00", 3, 7);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo(CaseStatus.IN_PLAN));
        Plans.pay(planId, "100.00", "USD", unique("TX"));
        Plans.pay(planId, "100.00", "USD", unique("TX"));
        Plans.pay(planId, "99.50", "USD", unique("TX"));
        assertThat(Plans.status(planId)).isEqualTo(PlanStatus.COMPLETED);

        Eventually.until("case closed", () -> Cases.status(caseId), equalTo(CaseStatus.CLOSED));
        CaseView closed = Cases.get(caseId);
        assertThat(closed.getCloseReason()).isEqualTo(CloseReason.PAID_IN_FULL);
        assertThat(closed.getBalance()).isEqualTo("0.00");
        assertThat(closed.getWrittenOff()).isEqualTo("0.50");
    }
}
