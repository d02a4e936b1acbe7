package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.collections.cases.CaseApi.transition;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.collections.cases.CaseApi;
import org.collections.cases.Events;
import org.collections.cases.domain.CaseStatus;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class CaseTransitionApiTest {

    /**
     * A supervisor's moves from every status to every status through the API: the lifecycle's moves are accepted,
     * except that disputes have their own endpoints and IN_PLAN / PROMISE_TO_PAY follow plan-service; refusals change
     * nothing. (Every role is covered in full by TransitionPolicyTest.)
     */
    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void everyTargetFromEveryStatusIsAcceptedOrRefusedWithA409(CaseStatus from) {
        for (CaseStatus to : CaseStatus.values()) {
            String id = openCase();
            driveTo(id, from);
            Response r = transition(id, to.name(), extrasFor(to));
            boolean planOwned = from.canMoveTo(to) && (to == CaseStatus.IN_PLAN || to == CaseStatus.PROMISE_TO_PAY
                    || ((from == CaseStatus.IN_PLAN || from == CaseStatus.PROMISE_TO_PAY) && to == CaseStatus.ACTIVE));
            boolean legal = from.canMoveTo(to) && !planOwned
                    && to != CaseStatus.DISPUTED // disputes are filed, not transitioned into
                    && !(from == CaseStatus.DISPUTED && to == CaseStatus.ACTIVE); // ... and resolved
            if (legal) {
                r.then().statusCode(200).body("status", equalTo(to.name()));
            } else {
                r.then().statusCode(409).contentType("application/problem+json")
                        .body("type", org.hamcrest.Matchers.endsWith(planOwned ? "/status-set-by-plan-service"
                                : "/illegal-transition"));
                as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo(from.name()));
            }
        }
    }

    @Test
    void nobodyPutsACaseInPlanOrPromiseByHand() {
        String id = openCase();
        transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        as(Tokens.admin()).body(Map.of("to", "IN_PLAN", "reason", "debtor agreed")).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("POST /api/v1/plans"));
        as(Tokens.admin()).body(Map.of("to", "PROMISE_TO_PAY", "reason", "debtor promised"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(409)
                .body("detail", containsString("POST /api/v1/promises"));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void onlySupervisorsAndAdminsTakeACaseOutOfLegal() {
        String id = openCase();
        driveTo(id, CaseStatus.LEGAL);
        as(Tokens.collector()).body(Map.of("to", "ACTIVE", "reason", "x")).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(403).contentType("application/problem+json");
        new Placements(id).placeWith("AG-LEGAL");
        as(Tokens.agency("AG-LEGAL")).body(Map.of("to", "ACTIVE", "reason", "x")).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(403);
        as(Tokens.agency("AG-LEGAL")).body(Map.of("to", "PAUSED", "reason", "x", "pausedUntil", "2027-01-31",
                "pauseType", "HARDSHIP")).post("/api/v1/cases/" + id + "/transitions").then().statusCode(403);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("LEGAL"));
        transition(id, "ACTIVE", Map.of("reason", "court action withdrawn")).then().statusCode(200);
    }

    @Test
    void anAgencyPausesItsCaseButDoesNotResumeIt() {
        String id = openCase();
        transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        new Placements(id).placeWith("AG-PAUSE");
        String agency = Tokens.agency("AG-PAUSE");
        as(agency).body(Map.of("to", "PAUSED", "reason", "debtor lost job", "pausedUntil", "2027-01-31",
                "pauseType", "HARDSHIP")).post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("pauseType", equalTo("HARDSHIP"));
        as(agency).body(Map.of("to", "ACTIVE", "reason", "x")).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(403);
        as(Tokens.collector()).body(Map.of("to", "ACTIVE", "reason", "debtor back at work"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void pausingNeedsATypeWhichIsStoredPublishedAndAudited() {
        String id = openCase();
        transition(id, "PAUSED", Map.of("pausedUntil", "2027-01-31")).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItems("pauseType"));
        transition(id, "PAUSED", Map.of("pausedUntil", "2027-01-31", "pauseType", "ON_HOLIDAY")).then().statusCode(422);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("NEW")).body("version", equalTo(0));
        transition(id, "PAUSED", Map.of("pausedUntil", "2027-01-31", "pauseType", "COMPLAINT_REVIEW",
                "reason", "complaint C-17 under review")).then().statusCode(200)
                .body("pauseType", equalTo("COMPLAINT_REVIEW")).body("restrictions", hasItems("PAUSED"));
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + id
                + "' and event_type = 'CaseStatusChanged' and payload->>'pauseType' = 'COMPLAINT_REVIEW'"
                + " and payload->>'changedAt' is not null")).isEqualTo(1);
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + id + "' and action = 'STATUS_CHANGED'"
                + " and after_state->>'pauseType' = 'COMPLAINT_REVIEW'")).isEqualTo(1);
        transition(id, "ACTIVE", Map.of("pauseType", "HARDSHIP")).then().statusCode(422)
                .body("errors.field", hasItems("pauseType"));
        transition(id, "ACTIVE", Map.of()).then().statusCode(200).body("pauseType", nullValue());
    }

    @Test
    void closingAsPaidInFullWithABalanceNeedsAWriteOffBySupervisorOrAdmin() {
        String id = openCase();
        transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        Events.fromPlanService("PaymentPosted", Map.of("caseId", id, "paymentId", "wo-1", "amount", "1000.00",
                "currency", "CNY"));
        transition(id, "CLOSED", Map.of("closeReason", "PAID_IN_FULL")).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItems("closeReason"));
        as(Tokens.collector()).body(Map.of("to", "CLOSED", "closeReason", "PAID_IN_FULL", "writeOffBalance", true,
                "reason", "x")).post("/api/v1/cases/" + id + "/transitions").then().statusCode(403);
        transition(id, "ACTIVE", Map.of("writeOffBalance", true)).then().statusCode(422)
                .body("errors.field", hasItems("writeOffBalance"));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("ACTIVE"))
                .body("balance", equalTo("15.00")).body("writtenOff", equalTo("0.00"));

        transition(id, "CLOSED", Map.of("closeReason", "PAID_IN_FULL", "writeOffBalance", true,
                "reason", "fees waived by the creditor")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("PAID_IN_FULL"))
                .body("writtenOff", equalTo("15.00")).body("balance", equalTo("0.00"));
        assertThat(Jdbc.query("select kind, amount::text as amount, actor, reason from case_adjustment where case_id = '"
                + id + "'")).containsExactly(Map.of("kind", "WRITE_OFF", "amount", "15.0000", "actor", "supervisor-user",
                        "reason", "fees waived by the creditor"));
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + id + "' and action = 'WRITE_OFF'"
                + " and actor = 'supervisor-user' and after_state->>'amount' = '15.00'")).isEqualTo(1);
    }

    @Test
    void aMoveIsAuditedWithActorAndReason() {
        String id = openCase();
        transition(id, "ACTIVE", Map.of("reason", "debtor located")).then().statusCode(200);
        List<Map<String, Object>> events = as(Tokens.auditor()).get("/api/v1/cases/" + id + "/history")
                .then().statusCode(200).extract().path("events");
        Map<String, Object> last = events.get(events.size() - 1);
        assertThat(last).containsEntry("action", "STATUS_CHANGED").containsEntry("actor", "supervisor-user")
                .containsEntry("reason", "debtor located");
        assertThat(last.get("before")).isEqualTo(Map.of("status", "NEW"));
        assertThat(last.get("after")).isEqualTo(Map.of("status", "ACTIVE"));
    }

    @Test
    void collectorsMayNotCloseButSupervisorsMay() {
        String id = openCase();
        as(Tokens.collector()).body(Map.of("to", "CLOSED", "closeReason", "WRITTEN_OFF", "reason", "x"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(403)
                .contentType("application/problem+json");
        transition(id, "CLOSED", Map.of("closeReason", "WRITTEN_OFF")).then().statusCode(200)
                .body("closeReason", equalTo("WRITTEN_OFF")).body("restrictions", hasItems("CLOSED"));
    }

    @Test
    void disputeFiledAndResolvedMovesTheCaseAndIsListed() {
        String id = openCase();
        transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        String disputeId = as(Tokens.collector()).body(Map.of("reason", "card was stolen"))
                .post("/api/v1/cases/" + id + "/disputes").then().statusCode(201).extract().path("id");
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("DISPUTED"))
                .body("restrictions", hasItems("DISPUTED"));
        as(Tokens.collector()).body(Map.of("reason", "again")).post("/api/v1/cases/" + id + "/disputes")
                .then().statusCode(409);
        as(Tokens.supervisor()).body(Map.of("outcome", "REJECTED", "note", "signature verified"))
                .post("/api/v1/cases/" + id + "/disputes/" + disputeId + "/resolution").then().statusCode(200)
                .body("outcome", equalTo("REJECTED"));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("ACTIVE"));
        as(Tokens.admin()).get("/api/v1/cases/" + id + "/disputes").then().body("items.size()", equalTo(1));
    }

    static void driveTo(String id, CaseStatus status) {
        switch (status) {
            case NEW -> {
            }
            case ACTIVE, LEGAL -> {
                transition(id, "ACTIVE", Map.of()).then().statusCode(200);
                if (status != CaseStatus.ACTIVE) {
                    transition(id, status.name(), Map.of()).then().statusCode(200);
                }
            }
            case IN_PLAN -> {
                transition(id, "ACTIVE", Map.of()).then().statusCode(200);
                Events.fromPlanService("PlanActivated", Map.of("caseId", id, "planId", "plan-" + id,
                        "planType", "INSTALLMENT"));
            }
            case PROMISE_TO_PAY -> {
                transition(id, "ACTIVE", Map.of()).then().statusCode(200);
                Events.fromPlanService("PromiseMade", Map.of("caseId", id, "promiseId", "promise-" + id,
                        "amount", "100.00", "dueDate", "2026-12-01"));
            }
            case DISPUTED -> as(Tokens.collector()).body(Map.of("reason", "not mine"))
                    .post("/api/v1/cases/" + id + "/disputes").then().statusCode(201);
            case PAUSED -> transition(id, "PAUSED", Map.of("pausedUntil", "2027-01-31", "pauseType", "HARDSHIP"))
                    .then().statusCode(200);
            case CLOSED -> transition(id, "CLOSED", Map.of("closeReason", "WRITTEN_OFF")).then().statusCode(200);
        }
    }

    /** Places a case with an agency as a supervisor does. */
    record Placements(String caseId) {
        void placeWith(String agency) {
            CaseApi.registerAgency(agency);
            as(Tokens.supervisor()).body(Map.of("agencyId", agency)).post("/api/v1/cases/" + caseId + "/placements")
                    .then().statusCode(201);
        }
    }

    static Map<String, Object> extrasFor(CaseStatus to) {
        return switch (to) {
            case CLOSED -> Map.of("closeReason", "RECALLED_BY_CREDITOR");
            case PAUSED -> Map.of("pausedUntil", "2027-02-28", "pauseType", "CREDITOR_INSTRUCTION");
            default -> Map.of();
        };
    }
}
