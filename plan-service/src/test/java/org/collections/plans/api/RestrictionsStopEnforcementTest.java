package org.collections.plans.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collections.plans.api.PlanFlowTest.as;
import static org.collections.plans.api.PlanFlowTest.monthly;
import static org.collections.plans.api.PlanFlowTest.propose;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.plans.CaseServiceProcess;
import org.collections.plans.Cases;
import org.collections.plans.TestClock;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.SignedEvents;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Disputes, pauses and other restrictions stop enforcement: nothing breaks while they last, and due dates move. */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceProcess.class, restrictToAnnotatedClass = true)
class RestrictionsStopEnforcementTest {

    @Inject
    TestClock clock;

    @Inject
    EventSignature signature;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aTwentyDayDisputeBreaksNothingAndMovesTheDueDatesWithinIt() throws Exception {
        String caseId = Cases.open("200.00", "CNY");
        Map<String, Object> weekly = monthly(caseId, "200.00", 2, "2026-12-05");
        weekly.put("frequency", "WEEKLY"); // due 5 and 12 December
        String planId = propose(weekly, Tokens.collector());
        as(PlanFlowTest.approver()).body(Map.of("reason", "debtor agreed")).post("/api/v1/plans/" + planId + "/approve")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));

        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        Map<String, Object> disputed = statusChanged(caseId, "DISPUTED", List.of("DISPUTED"), 10, "2026-12-01T10:00:00Z", "not my debt");
        deliver(disputed);
        deliver(disputed); // a redelivery is ignored by the inbox
        deliver(restrictionChanged(caseId, List.of("DISPUTED"), 10, "2026-12-01T10:00:00Z", null));

        // without the hold the plan would break on 15 December (10 days past the first due date)
        for (int day = 2; day <= 21; day++) {
            clock.set(Instant.parse("2026-12-01T00:30:00Z").plus(Duration.ofDays(day - 1)));
            evaluate();
            plan(planId).then().body("status", equalTo("ACTIVE"));
        }
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + planId + "' and action = 'PLAN_BROKEN'"))
                .isZero();

        clock.set(Instant.parse("2026-12-21T10:00:00Z"));
        deliver(statusChanged(caseId, "IN_PLAN", List.of(), 12, "2026-12-21T10:00:00Z", "dispute resolved"));
        // a late event from inside the dispute changes nothing
        deliver(restrictionChanged(caseId, List.of("DISPUTED", "A_RESTRICTION_NOT_KNOWN_HERE"), 11, "2026-12-10T10:00:00Z",
                null));

        plan(planId).then()
                .body("installments[0].dueDate", equalTo("2026-12-25"))
                .body("installments[1].dueDate", equalTo("2027-01-01"))
                .body("total", equalTo("200.00")) // no interest or fee for the held days
                .body("installments[0].amount", equalTo("100.00"));
        List<Map<String, Object>> holds = Jdbc.query("select restrictions, started_at, ended_at, days, ended_by from "
                + "enforcement_hold where case_id = '" + caseId + "'");
        assertThat(holds).hasSize(1);
        assertThat(holds.get(0)).containsEntry("restrictions", "DISPUTED").containsEntry("days", 20)
                .containsEntry("ended_by", "case-service");
        assertThat(Jdbc.query("select actor, reason from audit_log where entity_id = '" + planId
                + "' and action = 'INSTALLMENTS_RESCHEDULED'")).singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("actor", "case-service");
                    assertThat((String) row.get("reason")).contains("DISPUTED").contains("20 days");
                });
        assertThatThrownBy(() -> Jdbc.query("update enforcement_hold set days = 0 where case_id = '" + caseId
                + "' returning id")).hasStackTraceContaining("append-only");

        // the first installment is now due 25 December: it breaks the plan 10 days after that, not before
        for (LocalDate day = LocalDate.parse("2026-12-22"); day.isBefore(LocalDate.parse("2027-01-04")); day = day.plusDays(1)) {
            clock.set(day.atTime(0, 30).toInstant(java.time.ZoneOffset.UTC));
            evaluate();
            plan(planId).then().body("status", equalTo("ACTIVE"));
        }
        clock.set(Instant.parse("2027-01-04T00:30:00Z"));
        evaluate();
        plan(planId).then().body("status", equalTo("BROKEN")).body("statusReason", containsString("10 days past due"));
    }

    @Test
    void aPromiseDueDuringAPauseIsNotBrokenAndIsDueLaterAfterIt() throws Exception {
        String caseId = Cases.open("1000.00", "CNY");
        String promiseId = as(Tokens.collector())
                .body(Map.of("caseId", caseId, "amount", "100.00", "dueDate", "2026-12-05", "channel", "CALL"))
                .post("/api/v1/promises").then().statusCode(201).extract().path("id");

        clock.set(Instant.parse("2026-12-03T00:00:00Z"));
        deliver(restrictionChanged(caseId, List.of("PAUSED"), 7, "2026-12-03T00:00:00Z", "2026-12-13"));
        clock.set(Instant.parse("2026-12-10T00:30:00Z")); // 5 days past due: broken, were it not paused
        evaluate();
        promise(promiseId).then().body("status", equalTo("PENDING"));

        clock.set(Instant.parse("2026-12-13T00:00:00Z"));
        deliver(restrictionChanged(caseId, List.of(), 8, "2026-12-13T00:00:00Z", null));
        promise(promiseId).then().body("dueDate", equalTo("2026-12-15")).body("status", equalTo("PENDING"));
        assertThat(Jdbc.query("select actor, reason from audit_log where entity_id = '" + promiseId
                + "' and action = 'PROMISE_RESCHEDULED'")).singleElement()
                .satisfies(row -> assertThat((String) row.get("reason")).contains("PAUSED"));

        clock.set(Instant.parse("2026-12-18T00:30:00Z")); // 3 days past the new date: within grace
        evaluate();
        promise(promiseId).then().body("status", equalTo("PENDING"));
        clock.set(Instant.parse("2026-12-19T00:30:00Z"));
        evaluate();
        promise(promiseId).then().body("status", equalTo("BROKEN"));
    }

    @Test
    void breathingSpaceHoldsWhateverElseIsNamedAndClosingIsNoHold() throws Exception {
        String caseId = Cases.open("100.00", "CNY");
        Map<String, Object> breathingSpace = restrictionChanged(caseId, List.of("BREATHING_SPACE", "SOMETHING_NEWER"), 4,
                "2026-11-23T10:00:00Z", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) breathingSpace.get("payload");
        payload.put("breathingSpace", Map.of("type", "MENTAL_HEALTH_CRISIS", "startedOn", "2026-11-23"));
        deliver(breathingSpace);
        assertThat(Jdbc.query("select restrictions, held_since is not null as held from case_enforcement where case_id = '"
                + caseId + "'")).containsExactly(Map.of("restrictions", "BREATHING_SPACE", "held", true));

        deliver(statusChanged(caseId, "CLOSED", List.of("CLOSED"), 9, "2026-11-30T10:00:00Z", "written off"));
        assertThat(Jdbc.query("select restrictions, held_since is not null as held from case_enforcement where case_id = '"
                + caseId + "'")).containsExactly(Map.of("restrictions", "", "held", false));
        assertThat(Jdbc.query("select restrictions, days from enforcement_hold where case_id = '" + caseId + "'"))
                .containsExactly(Map.of("restrictions", "BREATHING_SPACE", "days", 7));
    }

    private static io.restassured.response.Response plan(String planId) {
        return as(Tokens.admin()).get("/api/v1/plans/" + planId);
    }

    private static io.restassured.response.Response promise(String promiseId) {
        return as(Tokens.admin()).get("/api/v1/promises/" + promiseId);
    }

    private static void evaluate() {
        as(Tokens.admin()).post("/api/v1/plan-evaluations").then().statusCode(200);
    }

    private static Map<String, Object> statusChanged(String caseId, String to, List<String> restrictions, long version,
            String changedAt, String reason) {
        Map<String, Object> p = new HashMap<>();
        p.put("caseId", caseId);
        p.put("debtorId", UUID.randomUUID().toString());
        p.put("creditorId", "PLAN-TEST");
        p.put("from", "IN_PLAN");
        p.put("to", to);
        p.put("reason", reason);
        p.put("actor", "collector-user");
        p.put("jurisdiction", "CN");
        p.put("timeZone", "Asia/Shanghai");
        p.put("restrictions", restrictions);
        p.put("caseVersion", version);
        p.put("changedAt", changedAt);
        return envelope("CaseStatusChanged", p);
    }

    private static Map<String, Object> restrictionChanged(String caseId, List<String> restrictions, long version,
            String changedAt, String pausedUntil) {
        Map<String, Object> p = new HashMap<>();
        p.put("caseId", caseId);
        p.put("debtorId", UUID.randomUUID().toString());
        p.put("restrictions", restrictions);
        p.put("contactAllowed", restrictions.isEmpty());
        p.put("pausedUntil", pausedUntil);
        p.put("reason", restrictions.isEmpty() ? "restrictions lifted" : "restricted");
        p.put("caseVersion", version);
        p.put("changedAt", changedAt);
        p.put("breathingSpace", null);
        return envelope("ContactRestrictionChanged", p);
    }

    private static Map<String, Object> envelope(String type, Map<String, Object> payload) {
        return Map.of("id", UUID.randomUUID().toString(), "type", type, "source", "case-service",
                "aggregateId", payload.get("caseId"), "occurredAt", "2026-11-23T10:00:00Z", "payload", payload);
    }

    private void deliver(Map<String, Object> event) throws Exception {
        String body = new ObjectMapper().writeValueAsString(event);
        given().contentType(ContentType.JSON).headers(SignedEvents.headers("case-service", body)).body(body)
                .post("/internal/v1/events").then().statusCode(200);
    }
}
