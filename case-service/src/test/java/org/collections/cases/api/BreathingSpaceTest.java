package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.collections.cases.CaseApi.transition;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.collections.cases.Events;
import org.collections.cases.TestClock;
import org.collections.cases.service.BreathingSpaceService;
import org.collections.cases.service.DelinquencyService;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BreathingSpaceTest {

    @Inject
    TestClock clock;

    @Inject
    BreathingSpaceService breathingSpaces;

    @Inject
    DelinquencyService delinquency;

    @AfterEach
    void backToStart() {
        clock.reset();
    }

    private static String path(String caseId) {
        return "/api/v1/cases/" + caseId + "/breathing-space";
    }

    @Test
    void aStandardBreathingSpaceRestrictsTheCaseForSixtyDaysWithoutChangingItsStatus() throws Throwable {
        String id = openCase();
        transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        Events.fromPlanService("PlanActivated", Map.of("caseId", id, "planId", "plan-bs", "planType", "INSTALLMENT"));

        var created = as(Tokens.collector()).body(Map.of("type", "STANDARD", "reason", "DRS notification 4711"))
                .post(path(id)).then().statusCode(201)
                .body("type", equalTo("STANDARD")).body("startedOn", equalTo("2026-11-23"))
                .body("endsOn", equalTo("2027-01-22")).body("inForce", equalTo(true))
                .body("startedBy", equalTo("collector-user")).extract();
        String bsId = created.path("id");
        assertThat(created.header("Location")).endsWith(path(id) + "/" + bsId);
        as(Tokens.auditor()).get(path(id) + "/" + bsId).then().statusCode(200).body("id", equalTo(bsId));

        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("IN_PLAN"))
                .body("restrictions", hasItem("BREATHING_SPACE"))
                .body("breathingSpace.type", equalTo("STANDARD")).body("breathingSpace.endsOn", equalTo("2027-01-22"));
        List<Map<String, Object>> published = Jdbc.query("select payload::text as p from outbox_event where aggregate_id = '"
                + id + "' and event_type = 'ContactRestrictionChanged' and payload->'restrictions' ? 'BREATHING_SPACE'"
                + " and payload->'breathingSpace'->>'type' = 'STANDARD' and payload->'breathingSpace'->>'startedOn' = '2026-11-23'"
                + " and payload->'breathingSpace'->>'endsOn' = '2027-01-22' and payload->>'changedAt' is not null");
        assertThat(published).hasSize(1);
        assertThat(Jdbc.count("select count(*) from outbox_delivery d join outbox_event e on e.id = d.event_id"
                + " where e.aggregate_id = '" + id + "' and e.event_type = 'ContactRestrictionChanged'"
                + " and d.subscriber in ('contact', 'plan')")).isEqualTo(2);
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + id + "' and action = 'BREATHING_SPACE_STARTED'"
                + " and actor = 'collector-user' and reason = 'DRS notification 4711'")).isEqualTo(1);

        // one at a time
        as(Tokens.supervisor()).body(Map.of("type", "MENTAL_HEALTH_CRISIS", "reason", "again")).post(path(id))
                .then().statusCode(409).contentType("application/problem+json");

        // in force until the day before endsOn, by the clock alone
        clock.advance(Duration.ofDays(59));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("restrictions", hasItem("BREATHING_SPACE"));
        clock.advance(Duration.ofDays(1));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("restrictions", not(hasItem("BREATHING_SPACE")))
                .body("status", equalTo("IN_PLAN"));

        // the daily job records the end and tells the other services
        int run = VertxContextSupport.subscribeAndAwait(() -> delinquency.evaluateOnce(LocalDate.of(2027, 1, 22)));
        assertThat(run).isGreaterThanOrEqualTo(0);
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + id
                + "' and event_type = 'ContactRestrictionChanged' and payload->'breathingSpace' = 'null'::jsonb"
                + " and not payload->'restrictions' ? 'BREATHING_SPACE'")).isEqualTo(1);
        as(Tokens.auditor()).get(path(id)).then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].inForce", equalTo(false)).body("items[0].endedOn", equalTo("2027-01-22"))
                .body("items[0].endedBy", equalTo("system:daily-job"));
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + id
                + "' and action = 'BREATHING_SPACE_EXPIRED'")).isEqualTo(1);
        assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> breathingSpaces.expire(LocalDate.of(2027, 1, 22))))
                .isZero();
    }

    @Test
    void aMentalHealthCrisisLastsUntilItEndsAndThirtyDaysMore() {
        String id = openCase();
        as(Tokens.supervisor()).body(Map.of("type", "MENTAL_HEALTH_CRISIS", "startedOn", "2026-11-01",
                "reason", "AMHP certificate")).post(path(id)).then().statusCode(201)
                .body("endsOn", nullValue()).body("inForce", equalTo(true));
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + id
                + "' and event_type = 'ContactRestrictionChanged' and payload->'breathingSpace'->>'type' = 'MENTAL_HEALTH_CRISIS'"
                + " and payload->'breathingSpace' ? 'endsOn' and payload->'breathingSpace'->'endsOn' = 'null'::jsonb"))
                .isEqualTo(1);

        as(Tokens.collector()).body(Map.of("reason", "crisis treatment ended", "endedOn", "2026-11-20"))
                .post(path(id) + "/end").then().statusCode(200)
                .body("crisisEndedOn", equalTo("2026-11-20")).body("endsOn", equalTo("2026-12-20"))
                .body("inForce", equalTo(true));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("restrictions", hasItem("BREATHING_SPACE"))
                .body("breathingSpace.endsOn", equalTo("2026-12-20"));
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + id
                + "' and event_type = 'ContactRestrictionChanged' and payload->'breathingSpace'->>'endsOn' = '2026-12-20'"))
                .isEqualTo(1);
        as(Tokens.collector()).body(Map.of("reason", "again")).post(path(id) + "/end").then().statusCode(409);
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + id
                + "' and action = 'BREATHING_SPACE_CRISIS_ENDED' and actor = 'collector-user'")).isEqualTo(1);
    }

    @Test
    void aStandardOneCancelledEarlyEndsAtOnceAndHistoryIsKept() {
        String id = openCase();
        as(Tokens.admin()).body(Map.of("type", "STANDARD", "reason", "DRS 1")).post(path(id)).then().statusCode(201);
        as(Tokens.admin()).body(Map.of("reason", "debtor no longer eligible")).post(path(id) + "/end").then()
                .statusCode(200).body("inForce", equalTo(false)).body("endsOn", equalTo("2026-11-23"))
                .body("endReason", equalTo("debtor no longer eligible"));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("restrictions", not(hasItem("BREATHING_SPACE")))
                .body("breathingSpace", nullValue());
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + id
                + "' and event_type = 'ContactRestrictionChanged' and payload->'breathingSpace' = 'null'::jsonb"))
                .isEqualTo(1);
        as(Tokens.admin()).body(Map.of("type", "STANDARD", "reason", "DRS 2")).post(path(id)).then().statusCode(201);
        as(Tokens.admin()).get(path(id)).then().body("items.size()", equalTo(2))
                .body("items.startReason", hasItems("DRS 1", "DRS 2")).body("items.inForce", hasItems(false, true));
        assertThat(Jdbc.count("select count(*) from breathing_space_entry where case_id = '" + id + "'")).isEqualTo(3);
    }

    @Test
    void badRequestsAndWrongRolesChangeNothing() {
        String id = openCase();
        as(Tokens.admin()).body(Map.of("type", "STANDARD", "startedOn", "2026-11-24", "reason", "x")).post(path(id))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("startedOn"));
        as(Tokens.admin()).body(Map.of("type", "STANDARD", "startedOn", "2026-08-01", "reason", "x")).post(path(id))
                .then().statusCode(422).body("errors[0].field", equalTo("startedOn"));
        as(Tokens.admin()).body(Map.of("type", "FOREVER", "reason", "x")).post(path(id)).then().statusCode(422);
        as(Tokens.admin()).body(Map.of("type", "STANDARD")).post(path(id)).then().statusCode(422);
        as(Tokens.agency("AG-1")).body(Map.of("type", "STANDARD", "reason", "x")).post(path(id)).then().statusCode(403);
        as(Tokens.auditor()).body(Map.of("type", "STANDARD", "reason", "x")).post(path(id)).then().statusCode(403);
        as(Tokens.auditor()).body(Map.of("reason", "x")).post(path(id) + "/end").then().statusCode(403);
        as(Tokens.admin()).body(Map.of("reason", "nothing to end")).post(path(id) + "/end").then().statusCode(409)
                .body("type", endsWith("/no-breathing-space"));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("version", equalTo(0));
        assertThat(Jdbc.count("select count(*) from breathing_space_entry where case_id = '" + id + "'")).isZero();
        as(Tokens.admin()).get(path("7d9f3a52-3c1e-4a8e-9f7a-0f6a1c2b3d4e")).then().statusCode(404);
    }
}
