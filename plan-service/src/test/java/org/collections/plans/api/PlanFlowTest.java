package org.collections.plans.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collections.commons.outbox.OutboxRelay;
import org.collections.plans.CaseServiceProcess;
import org.collections.plans.Cases;
import org.collections.plans.Relay;
import org.collections.plans.TestClock;
import org.collections.testsupport.Concurrently;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.PrometheusMetrics;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CaseServiceProcess.class, restrictToAnnotatedClass = true)
class PlanFlowTest {

    @Inject
    TestClock clock;

    @Inject
    OutboxRelay relay;

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    private static final Map<String, String> USD = Map.of("currency", "USD");

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static Map<String, Object> monthly(String caseId, String amount, int count, String firstDue) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("caseId", caseId);
        plan.put("type", "INSTALLMENT");
        plan.put("amount", amount);
        plan.put("installments", count);
        plan.put("frequency", "MONTHLY");
        plan.put("firstDueDate", firstDue);
        return plan;
    }

    /** A second collector: under the four-eyes rule the proposer may not approve. */
    static String approver() {
        return Tokens.mint("collector-2-user", "collector", null);
    }

    static String propose(Map<String, Object> plan, String token) {
        return as(token).body(plan).post("/api/v1/plans").then().statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL")).extract().path("id");
    }

    static Response pay(String planId, String amount, String currency, String reference, String key) {
        return as(Tokens.collector()).header("Idempotency-Key", key)
                .body(Map.of("amount", amount, "currency", currency, "payerReference", reference))
                .post("/api/v1/plans/" + planId + "/payments");
    }

    void relayToCaseService() throws Throwable {
        Relay.drain(relay);
        assertThat(Jdbc.count("select count(*) from outbox_delivery where status = 'PENDING'")).isZero();
    }

    @Test
    void previewShowsTheScheduleAndWritesNothing() {
        String caseId = Cases.open("10000.00", "CNY");
        long before = Jdbc.count("select count(*) from plan");
        as(Tokens.collector()).body(monthly(caseId, "10000.00", 12, "2026-12-31")).post("/api/v1/plans/preview").then()
                .statusCode(200)
                .body("total", equalTo("10000.00"))
                .body("installments", hasSize(12))
                .body("installments[0].amount", equalTo("833.33"))
                .body("installments[11].amount", equalTo("833.37"))
                .body("installments[1].dueDate", equalTo("2027-01-31"))
                .body("installments[2].dueDate", equalTo("2027-02-28"));
        assertThat(Jdbc.count("select count(*) from plan")).isEqualTo(before);
    }

    @Test
    void planApprovedAndPaidInFullClosesTheCaseThroughEvents() throws Throwable {
        String caseId = Cases.open("300.00", "CNY");
        String planId = propose(monthly(caseId, "300.00", 3, "2026-12-15"), Tokens.collector());
        as(PlanFlowTest.approver()).body(Map.of("reason", "debtor agreed")).post("/api/v1/plans/" + planId + "/approve")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        relayToCaseService();
        assertThat(Cases.get(caseId)).containsEntry("status", "IN_PLAN");

        for (int i = 1; i <= 3; i++) {
            pay(planId, "100.00", "CNY", "TX-" + planId + "-" + i, "pay-" + planId + "-" + i).then().statusCode(201)
                    .body("allocations[0].installmentNumber", equalTo(i));
        }
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("status", equalTo("COMPLETED"))
                .body("paid", equalTo("300.00"));
        assertThat(Jdbc.query("select payload->>'shortfall' as shortfall, payload->>'currency' as currency from outbox_event"
                + " where event_type = 'PlanCompleted' and payload->>'planId' = '" + planId + "'"))
                .containsExactly(Map.of("shortfall", "0.00", "currency", "CNY"));
        relayToCaseService();
        Map<String, Object> closed = Cases.get(caseId);
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("closeReason", "PAID_IN_FULL")
                .containsEntry("balance", "0.00");
    }

    @Test
    void aLastInstallmentPaidShortWithinTheToleranceCompletesThePlanAndReportsTheShortfall() throws Throwable {
        String caseId = Cases.open("300.00", "CNY");
        String planId = propose(monthly(caseId, "300.00", 3, "2026-12-15"), Tokens.collector());
        as(PlanFlowTest.approver()).body(Map.of("reason", "ok")).post("/api/v1/plans/" + planId + "/approve").then().statusCode(200);
        pay(planId, "100.00", "CNY", "S-1", "s-1").then().statusCode(201);
        pay(planId, "100.00", "CNY", "S-2", "s-2").then().statusCode(201);
        // 0.50 short of the last 100.00: within the 1 % tolerance
        pay(planId, "99.50", "CNY", "S-3", "s-3").then().statusCode(201);
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("status", equalTo("COMPLETED"))
                .body("installments[2].owing", equalTo("0.50"));
        assertThat(Jdbc.query("select payload->>'shortfall' as shortfall, payload->>'currency' as currency from outbox_event"
                + " where event_type = 'PlanCompleted' and payload->>'planId' = '" + planId + "'"))
                .containsExactly(Map.of("shortfall", "0.50", "currency", "CNY"));

        // later evaluations leave it completed, never broken
        clock.set(java.time.Instant.parse("2027-03-15T12:00:00Z"));
        as(Tokens.admin()).post("/api/v1/plan-evaluations").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("status", equalTo("COMPLETED"));
        relayToCaseService();
    }

    @Test
    void installmentsEachPaidShortWithinTheToleranceCompleteThePlanWithTheirShortfallsSummed() throws Throwable {
        String caseId = Cases.open("300.00", "CNY");
        String planId = propose(monthly(caseId, "300.00", 3, "2026-12-15"), Tokens.collector());
        as(PlanFlowTest.approver()).body(Map.of("reason", "ok")).post("/api/v1/plans/" + planId + "/approve").then().statusCode(200);
        for (int i = 1; i <= 3; i++) {
            // a kept installment's 0.50 shortfall stays with it: the next payment goes to the next installment
            pay(planId, "99.50", "CNY", "E-" + i, "e-" + i).then().statusCode(201)
                    .body("allocations[0].installmentNumber", equalTo(i)).body("allocations[0].amount", equalTo("99.50"));
        }
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("status", equalTo("COMPLETED"))
                .body("paid", equalTo("298.50")).body("installments[2].owing", equalTo("0.50"));
        assertThat(Jdbc.query("select payload->>'shortfall' as shortfall, payload->>'currency' as currency from outbox_event"
                + " where event_type = 'PlanCompleted' and payload->>'planId' = '" + planId + "'"))
                .containsExactly(Map.of("shortfall", "1.50", "currency", "CNY"));
        relayToCaseService();
    }

    @Test
    void concurrentDuplicatePaymentsWithOneKeyApplyOnce() throws Exception {
        String caseId = Cases.open("500.00", "USD");
        String planId = propose(monthly(caseId, "500.00", 5, "2026-12-01"), Tokens.collector());
        as(PlanFlowTest.approver()).body(Map.of("reason", "ok")).post("/api/v1/plans/" + planId + "/approve").then().statusCode(200);
        List<Response> responses = Concurrently.run(6, () -> pay(planId, "100.00", "USD", "BANK-1", "same-key"));
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.path("id").toString()).distinct()).hasSize(1);
        // the same payer reference under another key is the same payment, not a second one
        pay(planId, "100.00", "USD", "BANK-1", "other-key").then().statusCode(200)
                .body("id", equalTo(responses.get(0).path("id")));
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("paid", equalTo("100.00"))
                .body("installments[0].owing", equalTo("0.00")).body("installments[1].paid", equalTo("0.00"));
        assertThat(Jdbc.count("select count(*) from payment where plan_id = '" + planId + "'")).isEqualTo(1);
        assertThat(Jdbc.count("select count(*) from outbox_event where event_type = 'PaymentPosted' and payload->>'planId' = '"
                + planId + "'")).isEqualTo(1);
    }

    @Test
    void overpaymentIsCreditAndAReversalAfterCompletionReopensThePlan() {
        String caseId = Cases.open("200.00", "USD");
        String planId = propose(monthly(caseId, "200.00", 2, "2026-12-01"), Tokens.collector());
        as(PlanFlowTest.approver()).body(Map.of("reason", "ok")).post("/api/v1/plans/" + planId + "/approve").then().statusCode(200);
        PrometheusMetrics before = PrometheusMetrics.scrape(managementRoot);
        pay(planId, "150.00", "USD", "R-1", "k-r1").then().statusCode(201).body("credit", equalTo("0.00"));
        String last = pay(planId, "80.00", "USD", "R-2", "k-r2").then().statusCode(201).body("credit", equalTo("30.00"))
                .extract().path("id");
        // posted payments are counted for the operations dashboard (a replayed one is not posted again)
        pay(planId, "80.00", "USD", "R-2", "k-r2").then().statusCode(201);
        PrometheusMetrics after = PrometheusMetrics.scrape(managementRoot);
        assertThat(after.value("payments_posted_total", USD) - before.value("payments_posted_total", USD)).isEqualTo(2.0);
        assertThat(after.value("payments_posted_amount_total", USD) - before.value("payments_posted_amount_total", USD))
                .isEqualTo(230.0);
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("status", equalTo("COMPLETED"))
                .body("credit", equalTo("30.00")).body("paid", equalTo("230.00"));
        as(Tokens.supervisor()).body(Map.of("reason", "chargeback")).post("/api/v1/payments/" + last + "/reversal")
                .then().statusCode(200).body("status", equalTo("REVERSED"));
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("status", equalTo("ACTIVE"))
                .body("credit", equalTo("0.00")).body("installments[1].owing", equalTo("50.00"));
        // case-service learns of the reversal first (it reopens the case the payment closed), then of the plan
        assertThat(Jdbc.query("select e.event_type from outbox_event e join outbox_delivery d on d.event_id = e.id"
                + " where d.subscriber = 'case' and e.payload->>'caseId' = '" + caseId + "' order by d.id"))
                .extracting(r -> r.get("event_type")).containsSubsequence("PlanCompleted", "PaymentReversed",
                        "PlanActivated").endsWith("PlanActivated");
        as(Tokens.supervisor()).body(Map.of("reason", "again")).post("/api/v1/payments/" + last + "/reversal")
                .then().statusCode(409);
    }

    @Test
    void missedInstallmentsBreakThePlanAsTimePassesAndTheCaseReturnsToActive() throws Throwable {
        String caseId = Cases.open("300.00", "CNY");
        String planId = propose(monthly(caseId, "300.00", 3, "2026-12-01"), Tokens.collector());
        as(PlanFlowTest.approver()).body(Map.of("reason", "ok")).post("/api/v1/plans/" + planId + "/approve").then().statusCode(200);
        relayToCaseService();
        clock.set(java.time.Instant.parse("2026-12-10T12:00:00Z")); // 9 days past due: not yet broken
        as(Tokens.admin()).post("/api/v1/plan-evaluations").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("status", equalTo("ACTIVE"));
        clock.advance(Duration.ofDays(1)); // 10 days past due
        as(Tokens.admin()).post("/api/v1/plan-evaluations").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("status", equalTo("BROKEN"))
                .body("statusReason", org.hamcrest.Matchers.containsString("10 days past due"));
        relayToCaseService();
        assertThat(Cases.get(caseId)).containsEntry("status", "ACTIVE");
        pay(planId, "100.00", "CNY", "LATE", "late").then().statusCode(409);
    }

    @Test
    void settlementDiscountsNeedApprovalByARoleWhoseLimitCoversThem() {
        String caseId = Cases.open("1000.00", "CNY");
        Map<String, Object> settlement = monthly(caseId, "800.00", 1, "2026-12-20");
        settlement.put("type", "SETTLEMENT");
        settlement.put("offerExpiresOn", "2026-12-10");
        String planId = propose(settlement, Tokens.collector());
        as(Tokens.admin()).get("/api/v1/plans/" + planId).then().body("discountPercent", equalTo("20.00"));
        as(PlanFlowTest.approver()).body(Map.of("reason", "try")).post("/api/v1/plans/" + planId + "/approve").then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("SUPERVISOR"));
        as(Tokens.supervisor()).body(Map.of("reason", "within my limit")).post("/api/v1/plans/" + planId + "/approve")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("approvedBy", equalTo("supervisor-user"));

        String other = Cases.open("1000.00", "CNY");
        Map<String, Object> deep = monthly(other, "500.00", 1, "2026-12-20");
        deep.put("type", "SETTLEMENT");
        deep.put("offerExpiresOn", "2026-11-30");
        String deepId = propose(deep, Tokens.collector());
        as(Tokens.supervisor()).body(Map.of("reason", "try")).post("/api/v1/plans/" + deepId + "/approve").then().statusCode(403);
        clock.advance(Duration.ofDays(8)); // the offer expired on 2026-11-30
        as(Tokens.admin()).body(Map.of("reason", "too late")).post("/api/v1/plans/" + deepId + "/approve").then()
                .statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/offer-expired"));
        as(Tokens.admin()).post("/api/v1/plan-evaluations").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/plans/" + deepId).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void plansAreOnlyForOpenUndisputedCasesAndNeverExceedTheBalance() {
        String closed = Cases.open("100.00", "CNY");
        Cases.move(closed, Map.of("to", "CLOSED", "closeReason", "WRITTEN_OFF", "reason", "test"));
        as(Tokens.collector()).body(monthly(closed, "100.00", 2, "2026-12-15")).post("/api/v1/plans").then()
                .statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/case-not-plannable"));
        String disputed = Cases.open("100.00", "CNY");
        Cases.dispute(disputed);
        as(Tokens.collector()).body(monthly(disputed, "100.00", 2, "2026-12-15")).post("/api/v1/plans").then().statusCode(409);
        as(Tokens.collector()).body(monthly("7d9f3a52-3c1e-4a8e-9f7a-0f6a1c2b3d4e", "100.00", 2, "2026-12-15"))
                .post("/api/v1/plans").then().statusCode(404);
        String open = Cases.open("100.00", "CNY");
        as(Tokens.collector()).body(monthly(open, "100.01", 2, "2026-12-15")).post("/api/v1/plans").then().statusCode(422)
                .body("errors[0].field", equalTo("amount"));
        propose(monthly(open, "100.00", 2, "2026-12-15"), Tokens.collector());
        as(Tokens.collector()).body(monthly(open, "50.00", 2, "2026-12-15")).post("/api/v1/plans").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/plan-exists"));
    }

    @Test
    void anUnaffordableInstallmentNeedsASupervisorsOverride() {
        String caseId = Cases.open("6000.00", "CNY");
        Map<String, Object> plan = monthly(caseId, "6000.00", 6, "2026-12-15");
        plan.put("affordability", Map.of("monthlyIncome", "8000.00", "monthlyExpenses", "6500.00"));
        as(Tokens.collector()).body(plan).post("/api/v1/plans").then().statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("/unaffordable"))
                .body("detail", org.hamcrest.Matchers.containsString("750.00"));
        plan.put("affordability", Map.of("monthlyIncome", "8000.00", "monthlyExpenses", "6500.00",
                "overrideReason", "family will help"));
        as(Tokens.collector()).body(plan).post("/api/v1/plans").then().statusCode(403);
        String id = as(Tokens.supervisor()).body(plan).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        assertThat(Jdbc.query("select affordability_override from plan where id = '" + id + "'").get(0))
                .containsEntry("affordability_override", "family will help");
    }

    @Test
    void badInputIsA4xxProblemAndWritesNothing() {
        String caseId = Cases.open("100.00", "CNY");
        long plans = Jdbc.count("select count(*) from plan");
        Map<String, Object> bad = monthly(caseId, "100.00", 0, "2026-12-15");
        as(Tokens.collector()).body(bad).post("/api/v1/plans").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("installments"));
        as(Tokens.collector()).body("{\"caseId\" 12}").post("/api/v1/plans").then().statusCode(400); // not JSON
        Map<String, Object> unknownFrequency = monthly(caseId, "100.00", 2, "2026-12-15");
        unknownFrequency.put("frequency", "DAILY");
        as(Tokens.collector()).body(unknownFrequency).post("/api/v1/plans").then().statusCode(422)
                .body("errors[0].field", equalTo("frequency"));
        as(Tokens.collector()).body(monthly(caseId, "100.00", 2, "2020-01-01")).post("/api/v1/plans").then().statusCode(422)
                .body("errors[0].field", equalTo("firstDueDate"));
        Map<String, Object> downPaymentTooLarge = monthly(caseId, "100.00", 2, "2026-12-15");
        downPaymentTooLarge.put("downPayment", "100.00");
        downPaymentTooLarge.put("downPaymentDate", "2026-12-10");
        as(Tokens.collector()).body(downPaymentTooLarge).post("/api/v1/plans").then().statusCode(422)
                .body("errors[0].field", equalTo("downPayment"));
        Map<String, Object> usurious = monthly(caseId, "100.00", 2, "2026-12-15");
        usurious.put("annualInterestRate", "150.5");
        as(Tokens.collector()).body(usurious).post("/api/v1/plans/preview").then().statusCode(422)
                .body("errors[0].field", equalTo("annualInterestRate"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("150.5")));
        assertThat(Jdbc.count("select count(*) from plan")).isEqualTo(plans);
        String planId = propose(monthly(caseId, "100.00", 2, "2026-12-15"), Tokens.collector());
        as(PlanFlowTest.approver()).body(Map.of("reason", "ok")).post("/api/v1/plans/" + planId + "/approve").then().statusCode(200);
        as(Tokens.collector()).body(Map.of("amount", "10.00", "currency", "CNY", "payerReference", "x"))
                .post("/api/v1/plans/" + planId + "/payments").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        pay(planId, "10.001", "CNY", "y", "k-y").then().statusCode(422).body("errors[0].field", equalTo("amount"));
        pay(planId, "10.00", "USD", "z", "k-z").then().statusCode(422).body("errors[0].field", equalTo("currency"));
        assertThat(Jdbc.count("select count(*) from payment where plan_id = '" + planId + "'")).isZero();
    }

}
