package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue section "rules as data, one way to build the facts", across the real services: decisions name the version
 * of the pack they used, phone numbers given at case creation are contact points without being entered again, and a
 * plan paid within tolerance closes its case as paid in full with the shortfall written off.
 */
class RulesAsDataScenarioTest extends Scenario {

    @Test
    void decisionsNameTheirPackVersionAndTheCasesPhoneIsAContactPoint() {
        String caseId = Cases.openInNewYork(unique("PACKS"), "200.00");
        Contacts.awaitKnown(caseId);
        String phone = PhoneFromCase.of(caseId);
        assertThat(((String) PhoneFromCase.view(Tokens.admin(), caseId, phone).get("value")).replaceAll("[^0-9]", ""))
                .isEqualTo("12125550147");

        JsonPath decision = Contacts.decision(Tokens.collector(), caseId, "CALL", phone);
        assertThat(decision.getString("rulePackVersion")).isEqualTo("US_REGF@2021-11-30");
        assertThat(decision.getString("explanation")).contains("US_REGF@2021-11-30");
    }

    @Test
    void aPlanPaidWithinToleranceClosesTheCaseAsPaidInFull() {
        String caseId = Cases.openInNewYork(unique("TOLERANCE"), "300.00");
        String planId = Plans.activeMonthly(caseId, "300.00", 3, 7);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo("IN_PLAN"));
        Plans.pay(planId, "100.00", "USD", unique("TX")).then().statusCode(201);
        Plans.pay(planId, "100.00", "USD", unique("TX")).then().statusCode(201);
        Plans.pay(planId, "99.50", "USD", unique("TX")).then().statusCode(201);
        assertThat(Plans.status(planId)).isEqualTo("COMPLETED");

        Eventually.until("case closed", () -> Cases.status(caseId), equalTo("CLOSED"));
        Map<String, Object> closed = Cases.get(caseId);
        assertThat(closed).containsEntry("closeReason", "PAID_IN_FULL").containsEntry("balance", "0.00")
                .containsEntry("writtenOff", "0.50");
    }
}
