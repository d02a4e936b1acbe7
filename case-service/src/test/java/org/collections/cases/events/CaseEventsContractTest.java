package org.collections.cases.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.collections.cases.CaseApi.transition;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.collections.cases.CaseApi;
import org.collections.cases.Events;
import org.collections.commons.pii.TransitCipher;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The events of issue #9's contract: contact details to contact-service, plans completed within tolerance, breaches. */
@QuarkusTest
class CaseEventsContractTest {

    @Inject
    TransitCipher transit;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aCreatedCaseSendsItsDebtorsContactDetailsEncrypted() throws Exception {
        String id = openCase();
        Map<String, Object> debtor = as(Tokens.admin()).get("/api/v1/cases/" + id).then().extract().path("debtor");
        String phone = ((List<?>) debtor.get("phones")).get(0).toString();
        String email = ((List<?>) debtor.get("emails")).get(0).toString();

        JsonNode payload = contactDetailsOf(id);
        assertThat(payload.toString()).doesNotContain(phone).doesNotContain(email).doesNotContain("@example.org");
        assertThat(payload.path("debtorId").asText()).isEqualTo(debtor.get("id"));
        assertThat(payload.path("changedAt").asText()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(decrypted(payload.path("phones"))).containsExactly(phone);
        assertThat(decrypted(payload.path("emails"))).containsExactly(email);
        assertThat(Jdbc.count("select count(*) from outbox_delivery d join outbox_event e on e.id = d.event_id"
                + " where e.aggregate_id = '" + id + "' and e.event_type = 'DebtorContactDetailsChanged'"
                + " and d.subscriber = 'contact'")).isEqualTo(1);
    }

    @Test
    void importedCasesSendTheirDebtorsContactDetailsEncrypted() throws Exception {
        String csv = "creditorId,externalRef,fullName,nationalId,phones,emails,timeZone,jurisdiction,preferredLanguage,"
                + "product,principal,interest,fees,currency,oldestUnpaidDate\n"
                + "CDIMP,CD-1,Zhao Lei,CDNID-1,+86 135 1111 0001;+86 135 1111 0002,zl@example.cn,Asia/Shanghai,CN,zh-CN,"
                + "CONSUMER_LOAN,500.00,0,0,CNY,2026-07-01";
        given().auth().oauth2(Tokens.supervisor()).contentType("text/csv").body(csv).post("/api/v1/case-imports")
                .then().statusCode(200).body("created", equalTo(1));
        String id = Jdbc.query("select id::text as id from collection_case where creditor_id = 'CDIMP'").get(0).get("id")
                .toString();
        JsonNode payload = contactDetailsOf(id);
        assertThat(payload.toString()).doesNotContain("1111").doesNotContain("zl@example.cn");
        assertThat(decrypted(payload.path("phones"))).containsExactly("+8613511110001", "+8613511110002");
        assertThat(decrypted(payload.path("emails"))).containsExactly("zl@example.cn");
    }

    @Test
    void aPlanCompletedWithinToleranceWritesTheRestOffAndClosesTheCase() {
        String id = inPlanOwing("1010.00", "ACME");
        Events.fromPlanService("PlanCompleted", Map.of("caseId", id, "planId", "plan-tol", "planType", "INSTALLMENT",
                "shortfall", "5.00", "currency", "CNY"));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("PAID_IN_FULL")).body("writtenOff", equalTo("5.00"))
                .body("balance", equalTo("0.00"));
        List<Map<String, Object>> adjustments = Jdbc.query("select kind, amount::text as amount, actor, reason"
                + " from case_adjustment where case_id = '" + id + "'");
        assertThat(adjustments).hasSize(1);
        assertThat(adjustments.get(0)).containsEntry("kind", "WRITE_OFF").containsEntry("amount", "5.0000")
                .containsEntry("actor", "plan-service");
        assertThat(adjustments.get(0).get("reason").toString()).contains("plan-tol");
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + id + "' and action = 'WRITE_OFF'"
                + " and actor = 'plan-service' and reason like '%plan-tol%'")).isEqualTo(1);
    }

    @Test
    void aCreditorWhoSwitchedTheWriteOffOffKeepsTheBalance() {
        String id = inPlanOwing("1010.00", "NO-TOLERANCE");
        Events.fromPlanService("PlanCompleted", Map.of("caseId", id, "planId", "plan-notol", "planType", "INSTALLMENT",
                "shortfall", "5.00", "currency", "CNY"));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("ACTIVE"))
                .body("writtenOff", equalTo("0.00")).body("balance", equalTo("5.00"));
        assertThat(Jdbc.count("select count(*) from case_adjustment where case_id = '" + id + "'")).isZero();
    }

    @Test
    void aBalanceAboveTheShortfallIsNotWrittenOff() {
        String id = inPlanOwing("1000.00", "ACME");
        Events.fromPlanService("PlanCompleted", Map.of("caseId", id, "planId", "plan-short", "planType", "INSTALLMENT",
                "shortfall", "5.00", "currency", "CNY"));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("ACTIVE"))
                .body("balance", equalTo("15.00"));
    }

    @Test
    void aComplianceBreachLandsInTheCaseHistory() {
        String id = openCase();
        Events.deliver("contact-service", "ComplianceBreach", Map.of("caseId", id, "debtorId", "d-1",
                "attemptId", "attempt-9", "agencyId", "AG-X", "actor", "agent-7", "channel", "CALL",
                "at", "2026-11-23T09:00:00Z", "ruleIds", List.of("CN.DAILY_CONNECTED_CALLS"),
                "reason", "call made without a dispatch lease")).then().statusCode(200);
        List<Map<String, Object>> events = as(Tokens.auditor()).get("/api/v1/cases/" + id + "/history")
                .then().statusCode(200).extract().path("events");
        Map<String, Object> breach = events.stream().filter(e -> "COMPLIANCE_BREACH".equals(e.get("action")))
                .findFirst().orElseThrow();
        assertThat(breach).containsEntry("actor", "contact-service")
                .containsEntry("reason", "call made without a dispatch lease");
        assertThat((Map<String, Object>) breach.get("after")).containsEntry("attemptId", "attempt-9")
                .containsEntry("agencyId", "AG-X").containsEntry("attemptBy", "agent-7")
                .containsEntry("ruleIds", List.of("CN.DAILY_CONNECTED_CALLS"));
    }

    /** A case of {@code creditor} owing 1015.00, in a plan, with {@code paid} paid. */
    private static String inPlanOwing(String paid, String creditor) {
        String unique = java.util.UUID.randomUUID().toString().substring(0, 12);
        String id = as(Tokens.admin()).body(CaseApi.newCase(creditor, "TOL-" + unique,
                        CaseApi.debtor("TOLNID" + unique, CaseApi.mobileFor(unique)),
                        List.of(CaseApi.debt("1000.00", "CNY", "2026-09-01"))))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        Events.fromPlanService("PlanActivated", Map.of("caseId", id, "planId", "plan-" + unique, "planType", "INSTALLMENT"));
        Events.fromPlanService("PaymentPosted", Map.of("caseId", id, "paymentId", "pay-" + unique, "amount", paid,
                "currency", "CNY"));
        return id;
    }

    private JsonNode contactDetailsOf(String caseId) throws Exception {
        List<Map<String, Object>> rows = Jdbc.query("select payload::text as payload from outbox_event where aggregate_id = '"
                + caseId + "' and event_type = 'DebtorContactDetailsChanged'");
        assertThat(rows).hasSize(1);
        return mapper.readTree(rows.get(0).get("payload").toString());
    }

    private List<String> decrypted(JsonNode values) {
        List<String> plain = new ArrayList<>();
        values.forEach(v -> plain.add(transit.decrypt(v.asText())));
        return plain;
    }
}
