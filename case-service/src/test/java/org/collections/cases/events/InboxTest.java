package org.collections.cases.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.collections.cases.CaseApi.transition;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.SignedEvents;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxTest {


    @Test
    void aDuplicateDeliveryIsAcknowledgedAndAppliedOnce() throws Exception {
        String id = openCase();
        String body = event(UUID.randomUUID(), "PaymentPosted", Map.of("caseId", id, "paymentId", "p-1",
                "amount", "100.00", "currency", "CNY"));
        deliver(body).then().statusCode(200).body("applied", equalTo(true));
        deliver(body).then().statusCode(200).body("applied", equalTo(false));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then()
                .body("paymentsReceived", equalTo("100.00"))
                .body("balance", equalTo("915.00"));
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'PAYMENT_POSTED' and entity_id = '" + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void anUnsignedOrForgedEventIsRejectedAndChangesNothing() throws Exception {
        String id = openCase();
        String body = event(UUID.randomUUID(), "PaymentPosted", Map.of("caseId", id, "paymentId", "p-2",
                "amount", "1015.00", "currency", "CNY"));
        given().contentType(ContentType.JSON).body(body).post("/internal/v1/events").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Event-Key-Id", "plan-service-dev")
                .header("Event-Timestamp", Long.toString(Instant.now().getEpochSecond())).header("Event-Signature", "AAAA")
                .body(body).post("/internal/v1/events").then().statusCode(401);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("paymentsReceived", equalTo("0.00"));
    }

    @Test
    void planEventsMoveTheCaseAndPaymentInFullClosesIt() throws Exception {
        String id = openCase();
        transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        deliver(event(UUID.randomUUID(), "PlanActivated", Map.of("caseId", id, "planId", "plan-1", "planType", "INSTALLMENT")))
                .then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("IN_PLAN"));
        deliver(event(UUID.randomUUID(), "PlanBroken", Map.of("caseId", id, "planId", "plan-1")))
                .then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("ACTIVE"));
        deliver(event(UUID.randomUUID(), "PlanActivated", Map.of("caseId", id, "planId", "plan-2", "planType", "INSTALLMENT")))
                .then().statusCode(200);
        deliver(event(UUID.randomUUID(), "PlanCancelled", Map.of("caseId", id, "planId", "plan-2"))).then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("ACTIVE"));
        deliver(event(UUID.randomUUID(), "PlanActivated", Map.of("caseId", id, "planId", "plan-3", "planType", "INSTALLMENT")))
                .then().statusCode(200);
        deliver(event(UUID.randomUUID(), "PaymentPosted", Map.of("caseId", id, "paymentId", "p-3", "amount", "515.00", "currency", "CNY")))
                .then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("IN_PLAN")).body("balance", equalTo("500.00"));
        deliver(event(UUID.randomUUID(), "PaymentPosted", Map.of("caseId", id, "paymentId", "p-4", "amount", "500.00", "currency", "CNY")))
                .then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then()
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("PAID_IN_FULL")).body("balance", equalTo("0.00"));
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + id
                + "' and event_type = 'ContactRestrictionChanged' and payload->'restrictions' ? 'CLOSED'")).isEqualTo(1);
    }

    @Test
    void aPaymentReversedAfterTheCaseWasClosedAsPaidReopensItWithItsBalanceAndAnAuditedReason() throws Exception {
        String id = openCase();
        transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        deliver(event(UUID.randomUUID(), "PaymentPosted", Map.of("caseId", id, "paymentId", "p-full", "amount",
                "1015.00", "currency", "CNY"))).then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("PAID_IN_FULL"));

        deliver(event(UUID.randomUUID(), "PaymentReversed", Map.of("caseId", id, "paymentId", "p-full", "amount",
                "1015.00", "currency", "CNY"))).then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("ACTIVE"))
                .body("closeReason", equalTo(null)).body("balance", equalTo("1015.00"));
        assertThat(Jdbc.query("select reason from audit_log where entity_id = '" + id + "' and action = 'REOPENED'"))
                .singleElement().extracting(r -> r.get("reason").toString())
                .isEqualTo("payment p-full of 1015.00 CNY reversed after the case was closed PAID_IN_FULL: 1015.00 CNY"
                        + " is owed again");
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + id
                + "' and event_type = 'CaseStatusChanged' and payload->>'from' = 'CLOSED'"
                + " and payload->>'to' = 'ACTIVE'")).isEqualTo(1);
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + id
                + "' and event_type = 'ContactRestrictionChanged' and not payload->'restrictions' ? 'CLOSED'"))
                .isGreaterThanOrEqualTo(1);

        // a settlement whose payment bounced was never honoured: the whole debt is owed again
        String settled = openCase();
        transition(settled, "ACTIVE", Map.of()).then().statusCode(200);
        deliver(event(UUID.randomUUID(), "PlanActivated", Map.of("caseId", settled, "planId", "s-1", "planType",
                "SETTLEMENT"))).then().statusCode(200);
        deliver(event(UUID.randomUUID(), "PaymentPosted", Map.of("caseId", settled, "paymentId", "s-p", "amount",
                "600.00", "currency", "CNY"))).then().statusCode(200);
        deliver(event(UUID.randomUUID(), "PlanCompleted", Map.of("caseId", settled, "planId", "s-1", "planType",
                "SETTLEMENT"))).then().statusCode(200);
        deliver(event(UUID.randomUUID(), "PaymentReversed", Map.of("caseId", settled, "paymentId", "s-p", "amount",
                "600.00", "currency", "CNY"))).then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + settled).then().body("status", equalTo("ACTIVE"))
                .body("balance", equalTo("1015.00"));
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + settled + "' and action = 'REOPENED'"
                + " and reason like 'payment s-p of 600.00 CNY reversed after the case was closed SETTLED:%'")).isEqualTo(1);

        // a reversal on a case closed for another reason (recalled by the creditor) leaves it closed
        String other = openCase();
        transition(other, "CLOSED", Map.of("closeReason", "RECALLED_BY_CREDITOR")).then().statusCode(200);
        deliver(event(UUID.randomUUID(), "PaymentReversed", Map.of("caseId", other, "paymentId", "o-p", "amount",
                "10.00", "currency", "CNY"))).then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + other).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void anEventThatNoLongerFitsTheCaseIsAuditedNotApplied() throws Exception {
        String id = openCase();
        as(Tokens.collector()).body(Map.of("reason", "disputed")).post("/api/v1/cases/" + id + "/disputes")
                .then().statusCode(201);
        deliver(event(UUID.randomUUID(), "PlanActivated", Map.of("caseId", id, "planId", "plan-9", "planType", "INSTALLMENT")))
                .then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("DISPUTED"));
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'EVENT_NOT_APPLIED' and entity_id = '" + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void aMalformedEventIsA400() {
        String body = "{\"type\":\"PaymentPosted\"}";
        given().contentType(ContentType.JSON).headers(SignedEvents.headers("plan-service", body)).body(body)
                .post("/internal/v1/events").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anEventSignedByAServiceThatMayNotSendItIsA403AndChangesNothing() throws Exception {
        String id = openCase();
        String body = event(UUID.randomUUID(), "PaymentPosted", Map.of("caseId", id, "paymentId", "p-forged",
                "amount", "1015.00", "currency", "CNY"));
        // contact-service's key, claiming to be plan-service
        given().contentType(ContentType.JSON).headers(SignedEvents.headers("contact-service", body)).body(body)
                .post("/internal/v1/events").then().statusCode(403).contentType("application/problem+json");
        // contact-service's key and name, but contact-service may not send payments
        String own = body.replace("\"plan-service\"", "\"contact-service\"");
        given().contentType(ContentType.JSON).headers(SignedEvents.headers("contact-service", own)).body(own)
                .post("/internal/v1/events").then().statusCode(403).contentType("application/problem+json");
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("paymentsReceived", equalTo("0.00"));
        assertThat(Jdbc.count("select count(*) from inbox_event where event_type = 'PaymentPosted' and source = 'contact-service'"))
                .isZero();
    }

    @Test
    void aStaleFutureOrReTimedSignatureIsA401() throws Exception {
        String id = openCase();
        String body = event(UUID.randomUUID(), "PaymentPosted", Map.of("caseId", id, "paymentId", "p-stale",
                "amount", "10.00", "currency", "CNY"));
        long now = Instant.now().getEpochSecond();
        given().contentType(ContentType.JSON).headers(SignedEvents.headers("plan-service-dev", now - 600, body)).body(body)
                .post("/internal/v1/events").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).headers(SignedEvents.headers("plan-service-dev", now + 600, body)).body(body)
                .post("/internal/v1/events").then().statusCode(401);
        Map<String, String> signed = new java.util.HashMap<>(SignedEvents.headers("plan-service-dev", now - 600, body));
        signed.put("Event-Timestamp", Long.toString(now)); // an old signature with a fresh timestamp
        given().contentType(ContentType.JSON).headers(signed).body(body).post("/internal/v1/events").then().statusCode(401);
        Map<String, String> unknownKey = new java.util.HashMap<>(SignedEvents.headers("plan-service-dev", now, body));
        unknownKey.put("Event-Key-Id", "plan-service-2019");
        given().contentType(ContentType.JSON).headers(unknownKey).body(body).post("/internal/v1/events").then().statusCode(401);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("paymentsReceived", equalTo("0.00"));
    }

    @Test
    void aLargeEventIsRefusedWith413BeforeItsSignatureIsRead() {
        String body = "{\"type\":\"PaymentPosted\",\"pad\":\"" + "x".repeat(300 * 1024) + "\"}";
        given().contentType(ContentType.JSON).headers(SignedEvents.headers("plan-service", body)).body(body)
                .post("/internal/v1/events").then().statusCode(413).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).post("/internal/v1/events").then().statusCode(413);
    }

    private Response deliver(String body) {
        return org.collections.cases.Events.post("plan-service", body);
    }

    private String event(UUID id, String type, Map<String, Object> payload) {
        return org.collections.cases.Events.envelope(id, "plan-service", type, payload);
    }
}
