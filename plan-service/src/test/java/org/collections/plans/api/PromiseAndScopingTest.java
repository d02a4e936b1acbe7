package org.collections.plans.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.plans.api.PlanFlowTest.as;
import static org.collections.plans.api.PlanFlowTest.monthly;
import static org.collections.plans.api.PlanFlowTest.propose;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.commons.outbox.OutboxRelay;
import org.collections.plans.CaseServiceProcess;
import org.collections.plans.Cases;
import org.collections.plans.Relay;
import org.collections.plans.TestClock;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.SignedEvents;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CaseServiceProcess.class, restrictToAnnotatedClass = true)
class PromiseAndScopingTest {

    @Inject
    TestClock clock;

    @Inject
    OutboxRelay relay;

    @Inject
    EventSignature signature;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    void relayToCaseService() throws Throwable {
        Relay.drain(relay);
    }

    private static String promise(String caseId, String amount, String due) {
        return as(Tokens.collector()).body(Map.of("caseId", caseId, "amount", amount, "dueDate", due, "channel", "CALL"))
                .post("/api/v1/promises").then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
    }

    @Test
    void aPromisePaidWithinToleranceIsKeptAndOneUnpaidPastGraceIsBroken() throws Throwable {
        String caseId = Cases.open("1000.00", "CNY");
        String kept = promise(caseId, "500.00", "2026-12-05");
        relayToCaseService();
        assertThat(Cases.get(caseId)).containsEntry("status", "PROMISE_TO_PAY");

        // 496.00 of 500.00: a 4.00 shortfall is within 1 %
        as(Tokens.collector()).header("Idempotency-Key", "pp-1")
                .body(Map.of("amount", "496.00", "currency", "CNY", "payerReference", "ALIPAY-77"))
                .post("/api/v1/promises/" + kept + "/payments").then().statusCode(200).body("status", equalTo("KEPT"))
                .body("paid", equalTo("496.00"));
        relayToCaseService();
        assertThat(Cases.get(caseId)).containsEntry("status", "ACTIVE").containsEntry("balance", "504.00");

        String broken = promise(caseId, "100.00", "2026-12-01");
        clock.set(Instant.parse("2026-12-04T12:00:00Z")); // 3 days past due: still within grace
        as(Tokens.admin()).post("/api/v1/plan-evaluations").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/promises/" + broken).then().body("status", equalTo("PENDING"));
        clock.set(Instant.parse("2026-12-05T12:00:00Z"));
        as(Tokens.admin()).post("/api/v1/plan-evaluations").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/promises/" + broken).then().body("status", equalTo("BROKEN"));
        relayToCaseService();
        assertThat(Cases.get(caseId)).containsEntry("status", "ACTIVE");
        List<Map<String, Object>> all = as(Tokens.auditor()).get("/api/v1/promises?caseId=" + caseId).then().statusCode(200)
                .extract().path("items");
        assertThat(all).extracting(p -> p.get("status")).containsExactlyInAnyOrder("KEPT", "BROKEN");
    }

    @Test
    void agenciesSeeOnlyPlansOfCasesPlacedWithThemAndLateEventsChangeNothing() throws Exception {
        String caseId = Cases.open("400.00", "CNY");
        String planId = propose(monthly(caseId, "400.00", 2, "2026-12-15"), Tokens.collector());
        String a = Tokens.agency("AG-PLAN-A");
        as(a).get("/api/v1/plans/" + planId).then().statusCode(404).contentType("application/problem+json");

        deliver("CasePlaced", Map.of("caseId", caseId, "agencyId", "AG-PLAN-A", "caseVersion", 5));
        as(a).get("/api/v1/plans/" + planId).then().statusCode(200);
        as(Tokens.agency("AG-PLAN-B")).get("/api/v1/plans/" + planId).then().statusCode(404);
        assertThat(as(Tokens.agency("AG-PLAN-B")).get("/api/v1/plans?caseId=" + caseId).then().extract()
                .<List<?>>path("items")).isEmpty();
        assertThat(as(a).get("/api/v1/plans?caseId=" + caseId).then().extract().<List<?>>path("items")).hasSize(1);

        deliver("CaseRecalled", Map.of("caseId", caseId, "agencyId", "AG-PLAN-A", "caseVersion", 3)); // stale
        as(a).get("/api/v1/plans/" + planId).then().statusCode(200);
        deliver("CaseRecalled", Map.of("caseId", caseId, "agencyId", "AG-PLAN-A", "caseVersion", 6));
        as(a).get("/api/v1/plans/" + planId).then().statusCode(404);
    }

    @Test
    void aRecalledAgencyDoesNotGetItsStoredResponseReplayed() throws Exception {
        String caseId = Cases.open("600.00", "CNY");
        Cases.registerAgency("AG-REPLAY");
        given().baseUri(Cases.url()).auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("agencyId", "AG-REPLAY", "reason", "test")).post("/api/v1/cases/" + caseId + "/placements")
                .then().statusCode(201);
        deliver("CasePlaced", Map.of("caseId", caseId, "agencyId", "AG-REPLAY", "caseVersion", 5));
        String agency = Tokens.agency("AG-REPLAY");
        Map<String, Object> plan = monthly(caseId, "600.00", 2, "2026-12-15");
        String planId = as(agency).header("Idempotency-Key", "agency-replay").body(plan).post("/api/v1/plans").then()
                .statusCode(201).extract().path("id");
        as(agency).header("Idempotency-Key", "agency-replay").body(plan).post("/api/v1/plans").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(planId));

        deliver("CaseRecalled", Map.of("caseId", caseId, "agencyId", "AG-REPLAY", "caseVersion", 6));
        as(agency).header("Idempotency-Key", "agency-replay").body(plan).post("/api/v1/plans").then().statusCode(404)
                .contentType("application/problem+json");
        // another agency sending the same key does not reach the stored response either
        as(Tokens.mint("agency-AG-REPLAY-user", "agency", "AG-OTHER")).header("Idempotency-Key", "agency-replay")
                .body(plan).post("/api/v1/plans").then().statusCode(404);
    }

    private void deliver(String type, Map<String, Object> payload) throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("id", UUID.randomUUID().toString(), "type", type,
                "source", "case-service", "aggregateId", payload.get("caseId"), "occurredAt", "2026-11-23T10:00:00Z",
                "payload", payload));
        given().contentType(ContentType.JSON).headers(SignedEvents.headers("case-service", body)).body(body)
                .post("/internal/v1/events").then().statusCode(200);
    }
}
