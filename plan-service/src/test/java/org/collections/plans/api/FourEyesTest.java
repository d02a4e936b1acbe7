package org.collections.plans.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.plans.api.PlanFlowTest.as;
import static org.collections.plans.api.PlanFlowTest.monthly;
import static org.collections.plans.api.PlanFlowTest.propose;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.collections.plans.CaseServiceProcess;
import org.collections.plans.Cases;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Whoever proposes a plan or settlement may not approve it; a promise is credited to whoever took it. */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceProcess.class, restrictToAnnotatedClass = true)
class FourEyesTest {

    @Test
    void theProposerMayNotApproveTheirOwnPlanOrSettlement() {
        String caseId = Cases.open("1000.00", "CNY");
        String planId = propose(monthly(caseId, "1000.00", 2, "2026-12-15"), Tokens.supervisor());
        as(Tokens.supervisor()).body(Map.of("reason", "my own")).post("/api/v1/plans/" + planId + "/approve").then()
                .statusCode(403).contentType("application/problem+json").body("type", endsWith("four-eyes"))
                .body("detail", containsString("four-eyes"));
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("status", equalTo("PENDING_APPROVAL"));
        as(PlanFlowTest.approver()).body(Map.of("reason", "second pair of eyes")).post("/api/v1/plans/" + planId + "/approve")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("approvedBy", equalTo("collector-2-user"));

        String other = Cases.open("1000.00", "CNY");
        Map<String, Object> settlement = monthly(other, "950.00", 1, "2026-12-20");
        settlement.put("type", "SETTLEMENT");
        settlement.put("offerExpiresOn", "2026-12-10");
        String settlementId = propose(settlement, Tokens.admin());
        as(Tokens.admin()).body(Map.of("reason", "my own")).post("/api/v1/plans/" + settlementId + "/approve").then()
                .statusCode(403).body("type", endsWith("four-eyes"));
    }

    @Test
    void aCreditorMaySwitchFourEyesOff() {
        String caseId = Cases.open("1000.00", "CNY", "SOLO-TEST");
        String planId = propose(monthly(caseId, "1000.00", 2, "2026-12-15"), Tokens.collector());
        as(Tokens.collector()).body(Map.of("reason", "small creditor, one collector"))
                .post("/api/v1/plans/" + planId + "/approve").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aPromiseIsCreditedToTheCallerNotToANameInTheBody() {
        String caseId = Cases.open("1000.00", "CNY");
        String id = as(Tokens.collector()).body(Map.of("caseId", caseId, "amount", "100.00", "dueDate", "2026-12-05",
                "channel", "CALL", "collector", "star-collector")).post("/api/v1/promises").then().statusCode(201)
                .body("collector", equalTo("collector-user")).extract().path("id");
        assertThat(Jdbc.query("select collector from promise where id = '" + id + "'").get(0))
                .containsEntry("collector", "collector-user");
    }
}
