package org.collections.plans.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.collections.commons.outbox.OutboxRelay;
import org.collections.plans.CaseServiceProcess;
import org.collections.plans.Cases;
import org.collections.plans.Relay;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.PrometheusMetrics;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation against the real case-service: payments delivered agree; a payment whose delivery was skipped is
 * drift, reported with its event and counted by the gauge; a payment still on its way is in flight, not drift.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceProcess.class, restrictToAnnotatedClass = true)
class ReconciliationTest {

    @Inject
    OutboxRelay relay;

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static String activePlan(String caseId) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("caseId", caseId);
        plan.put("type", "INSTALLMENT");
        plan.put("amount", "300.00");
        plan.put("installments", 3);
        plan.put("frequency", "MONTHLY");
        plan.put("firstDueDate", "2026-12-31");
        String planId = as(Tokens.collector()).body(plan).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        as(Tokens.mint("collector-2-user", "collector", null)).body(Map.of("reason", "ok"))
                .post("/api/v1/plans/" + planId + "/approve").then().statusCode(200);
        return planId;
    }

    private static String pay(String planId, String amount, String reference) {
        return as(Tokens.collector()).header("Idempotency-Key", "k-" + reference)
                .body(Map.of("amount", amount, "currency", "CNY", "payerReference", reference))
                .post("/api/v1/plans/" + planId + "/payments").then().statusCode(201).extract().path("id");
    }

    @Test
    void deliveredPaymentsAgreeASkippedOneIsDriftAndOneOnItsWayIsInFlight() throws Throwable {
        String agreeing = Cases.open("1000.00", "CNY");
        String drifting = Cases.open("1000.00", "CNY");
        String inFlight = Cases.open("1000.00", "CNY");
        String agreeingPlan = activePlan(agreeing);
        String driftingPlan = activePlan(drifting);
        String inFlightPlan = activePlan(inFlight);
        pay(agreeingPlan, "100.00", "A-1");
        String reversed = pay(agreeingPlan, "50.00", "A-2");
        as(Tokens.supervisor()).body(Map.of("reason", "chargeback")).post("/api/v1/payments/" + reversed + "/reversal")
                .then().statusCode(200);
        pay(driftingPlan, "60.00", "D-1");
        Relay.drain(relay);

        String skippedPayment = pay(driftingPlan, "40.00", "D-2");
        String skippedEvent = Jdbc.query("select cast(e.id as text) as id from outbox_event e where e.event_type = 'PaymentPosted'"
                + " and e.payload->>'paymentId' = '" + skippedPayment + "'").get(0).get("id").toString();
        // as an admin's skip leaves it: case-service never receives this payment
        Jdbc.query("update outbox_delivery set status = 'SKIPPED' where event_id = '" + skippedEvent
                + "' and subscriber = 'case' returning id");
        Relay.drain(relay);
        pay(inFlightPlan, "70.00", "F-1"); // not relayed: still PENDING

        String run = as(Tokens.admin()).post("/api/v1/reconciliations").then().statusCode(201)
                .body("status", equalTo("DONE")).body("trigger", equalTo("ON_DEMAND"))
                .body("casesCompared", equalTo(3)).body("casesDrifting", equalTo(1)).body("casesInFlight", equalTo(1))
                .body("driftAmount", equalTo("40")).extract().path("id");

        as(Tokens.auditor()).get("/api/v1/reconciliations/" + run + "/drifts?state=DRIFT").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].caseId", equalTo(drifting))
                .body("items[0].caseServiceAmount", equalTo("60.00"))
                .body("items[0].planServiceAmount", equalTo("100.00"))
                .body("items[0].difference", equalTo("40.00"))
                .body("items[0].events", hasSize(1))
                .body("items[0].events[0].eventId", equalTo(skippedEvent))
                .body("items[0].events[0].type", equalTo("PaymentPosted"))
                .body("items[0].events[0].side", equalTo("plan-service only"))
                .body("items[0].events[0].delivery", equalTo("SKIPPED"));
        as(Tokens.auditor()).get("/api/v1/reconciliations/" + run + "/drifts?state=IN_FLIGHT").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].caseId", equalTo(inFlight))
                .body("items[0].events[0].delivery", equalTo("PENDING"));
        as(Tokens.auditor()).get("/api/v1/reconciliations/" + run + "/drifts?limit=1").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        assertThat(PrometheusMetrics.scrape(managementRoot).value("reconciliation_drift_cases", Map.of())).isEqualTo(1.0);

        // once the payment on its way arrives, only the skipped one is left
        Relay.drain(relay);
        as(Tokens.admin()).post("/api/v1/reconciliations").then().statusCode(201)
                .body("casesDrifting", equalTo(1)).body("casesInFlight", equalTo(0));
    }
}
