package org.collections.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.collections.cases.CaseApi.transition;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.collections.cases.domain.CaseStatus;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class CaseTransitionApiTest {

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void everyTargetFromEveryStatusIsAcceptedOrRefusedWithA409(CaseStatus from) {
        for (CaseStatus to : CaseStatus.values()) {
            String id = openCase();
            driveTo(id, from);
            Response r = transition(id, to.name(), extrasFor(to));
            boolean legal = from.canMoveTo(to)
                    && to != CaseStatus.DISPUTED // disputes are filed, not transitioned into
                    && !(from == CaseStatus.DISPUTED && to == CaseStatus.ACTIVE); // ... and resolved
            if (legal) {
                r.then().statusCode(200).body("status", equalTo(to.name()));
            } else {
                r.then().statusCode(409).contentType("application/problem+json")
                        .body("type", org.hamcrest.Matchers.endsWith("/illegal-transition"));
                as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo(from.name()));
            }
        }
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
        as(Tokens.admin()).get("/api/v1/cases/" + id + "/disputes").then().body("size()", equalTo(1));
    }

    static void driveTo(String id, CaseStatus status) {
        switch (status) {
            case NEW -> {
            }
            case ACTIVE, LEGAL, PROMISE_TO_PAY, IN_PLAN -> {
                transition(id, "ACTIVE", Map.of()).then().statusCode(200);
                if (status != CaseStatus.ACTIVE) {
                    transition(id, status.name(), Map.of()).then().statusCode(200);
                }
            }
            case DISPUTED -> as(Tokens.collector()).body(Map.of("reason", "not mine"))
                    .post("/api/v1/cases/" + id + "/disputes").then().statusCode(201);
            case PAUSED -> transition(id, "PAUSED", Map.of("pausedUntil", "2027-01-31")).then().statusCode(200);
            case CLOSED -> transition(id, "CLOSED", Map.of("closeReason", "WRITTEN_OFF")).then().statusCode(200);
        }
    }

    static Map<String, Object> extrasFor(CaseStatus to) {
        return switch (to) {
            case CLOSED -> Map.of("closeReason", "RECALLED_BY_CREDITOR");
            case PAUSED -> Map.of("pausedUntil", "2027-02-28");
            default -> Map.of();
        };
    }
}
