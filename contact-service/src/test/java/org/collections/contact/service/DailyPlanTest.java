package org.collections.contact.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.TestClock;
import org.collections.contact.events.CaseEventFeed;
import org.collections.contact.service.DailyPlanJob;
import org.collections.testsupport.Concurrently;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DailyPlanTest {

    private static final Instant DAY_24 = Instant.parse("2026-11-24T00:00:00Z");
    private static final Instant DAY_25 = Instant.parse("2026-11-25T00:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    EventSignature signature;

    @Inject
    DailyPlanJob job;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private CaseEventFeed feed() {
        return new CaseEventFeed(signature);
    }

    /** {caseId, debtorId, phoneId}. */
    private String[] caseWithPhone(String jurisdiction, String zone) throws Exception {
        String[] ids = feed().openCase(jurisdiction, zone);
        String phone = as(Tokens.collector()).body(Map.of("debtorId", ids[1], "kind", "PHONE",
                "value", String.format("+1 212 555 %04d", (int) (Math.random() * 10_000))))
                .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
        return new String[] {ids[0], ids[1], phone};
    }

    private void restrict(String[] ids, String... restrictions) throws Exception {
        feed().deliver(UUID.randomUUID(), "ContactRestrictionChanged", Map.of("caseId", ids[0], "debtorId", ids[1],
                "restrictions", List.of(restrictions), "contactAllowed", false, "caseVersion", 1)).then().statusCode(200);
    }

    private void outboundCalls(String[] ids, String... ats) {
        for (String at : ats) {
            as(Tokens.collector()).body(Map.of("caseId", ids[0], "channel", "CALL", "direction", "OUTBOUND",
                    "person", "DEBTOR", "contactPointId", ids[2], "at", at, "outcome", "NO_ANSWER"))
                    .post("/api/v1/attempts").then().statusCode(201);
        }
    }

    private static Response plan(String token, Object body) {
        return as(token).body(body).post("/api/v1/daily-plans");
    }

    private static List<Map<String, Object>> slots(String caseId) {
        return Jdbc.query("select * from contact_slot where case_id = '" + caseId + "' order by created_at, id");
    }

    private static Instant instant(Object timestamp) {
        return ((Timestamp) timestamp).toInstant();
    }

    private static void assertPlanned(String[] ids, Instant at, Instant windowEnd) {
        List<Map<String, Object>> slots = slots(ids[0]);
        assertThat(slots).hasSize(1);
        Map<String, Object> slot = slots.get(0);
        assertThat(slot).containsEntry("status", "PENDING").containsEntry("channel", "CALL").containsEntry("person", "DEBTOR")
                .containsEntry("contact_point_id", UUID.fromString(ids[2])).containsEntry("debtor_id", UUID.fromString(ids[1]));
        assertThat(instant(slot.get("scheduled_at"))).as("scheduled_at of %s", ids[0]).isEqualTo(at);
        assertThat(instant(slot.get("window_end"))).isEqualTo(windowEnd);
    }

    private static Map<String, Object> decision(String caseId, Object contactPointId, Instant at) {
        return as(Tokens.collector()).body(Map.of("caseId", caseId, "channel", "CALL", "contactPointId", contactPointId.toString(),
                "at", at.toString())).post("/api/v1/contact-decisions").then().statusCode(200).extract().path("");
    }

    @Test
    void aDayIsPlannedAtEachCasesEarliestPermittedTimeOnceAndOnlyForContactableCases() throws Exception {
        String[] usEvening = caseWithPhone("US", "America/New_York");
        String[] ukNight = caseWithPhone("UK", "Europe/London");
        String[] cnMaybeInLondon = caseWithPhone("CN", "Asia/Shanghai");
        Jdbc.query("insert into debtor_profile (debtor_id, extra_zones) values ('" + cnMaybeInLondon[1] + "', 'Europe/London') "
                + "on conflict (debtor_id) do update set extra_zones = excluded.extra_zones returning debtor_id");
        String[] usCapFreesToday = caseWithPhone("US", "America/New_York");
        outboundCalls(usCapFreesToday, "2026-11-17T15:00:00Z", "2026-11-18T15:00:00Z", "2026-11-19T15:00:00Z",
                "2026-11-20T15:00:00Z", "2026-11-21T15:00:00Z", "2026-11-22T15:00:00Z", "2026-11-23T09:00:00Z");
        String[] usCapFreesLater = caseWithPhone("US", "America/Chicago");
        outboundCalls(usCapFreesLater, "2026-11-19T15:00:00Z", "2026-11-19T16:00:00Z", "2026-11-20T15:00:00Z",
                "2026-11-21T15:00:00Z", "2026-11-22T15:00:00Z", "2026-11-23T08:00:00Z", "2026-11-23T09:00:00Z");
        String[] disputed = caseWithPhone("US", "America/New_York");
        restrict(disputed, "DISPUTED");
        String[] ceased = caseWithPhone("US", "America/Denver");
        restrict(ceased, "CEASE_COMMUNICATION");
        String[] closed = caseWithPhone("UK", "Europe/London");
        feed().deliver(UUID.randomUUID(), "CaseStatusChanged", Map.of("caseId", closed[0], "debtorId", closed[1],
                "to", "CLOSED", "restrictions", List.of("CLOSED"), "caseVersion", 2)).then().statusCode(200);
        String[] optedOut = caseWithPhone("CN", "Asia/Shanghai");
        as(Tokens.collector()).body(Map.of("debtorId", optedOut[1], "kind", "CHANNEL", "channel", "CALL", "granted", false,
                "basis", "asked not to be called", "source", "LETTER")).post("/api/v1/consents").then().statusCode(201);
        String[] invalidPhone = caseWithPhone("US", "America/New_York");
        as(Tokens.collector()).body(Map.of("status", "INVALID", "reason", "disconnected"))
                .put("/api/v1/contact-points/" + invalidPhone[2] + "/status").then().statusCode(200);
        String[] noPhone = feed().openCase("UK", "Europe/London");
        String strictCreditor = "STRICT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        as(Tokens.admin()).body(Map.of("hoursStart", "09:30", "reason", "Creditor policy: no calls before 09:30"))
                .put("/api/v1/rule-packs/UK_CONC/overrides/" + strictCreditor).then().statusCode(201);
        String[] ukStrictCreditor = caseWithPhone("UK", "Europe/London");
        feed().deliver(UUID.randomUUID(), "CaseStatusChanged", Map.of("caseId", ukStrictCreditor[0], "debtorId",
                ukStrictCreditor[1], "creditorId", strictCreditor, "to", "ACTIVE", "restrictions", List.of(),
                "caseVersion", 1)).then().statusCode(200);
        String[] scheduled = caseWithPhone("US", "America/New_York");
        as(Tokens.collector()).body(Map.of("caseId", scheduled[0], "channel", "CALL")).post("/api/v1/contact-requests")
                .then().statusCode(201);

        Map<String, Object> report = plan(Tokens.supervisor(), Map.of("day", "2026-11-24", "channel", "CALL")).then()
                .statusCode(200).body("day", equalTo("2026-11-24")).body("channel", equalTo("CALL"))
                .body("windowStart", equalTo("2026-11-24T00:00:00Z")).body("windowEnd", equalTo("2026-11-25T00:00:00Z"))
                .extract().path("");

        // 00:00Z is 19:00 in New York: permitted at once
        assertPlanned(usEvening, DAY_24, DAY_25);
        // midnight in London: 08:00 local
        assertPlanned(ukNight, Instant.parse("2026-11-24T08:00:00Z"), DAY_25);
        // its creditor's override: not before 09:30 local
        assertPlanned(ukStrictCreditor, Instant.parse("2026-11-24T09:30:00Z"), DAY_25);
        // 08:00 in Shanghai, but the debtor may be in London: 08:00 London = 16:00 Shanghai
        assertPlanned(cnMaybeInLondon, Instant.parse("2026-11-24T08:00:00Z"), DAY_25);
        // seven calls in the 7 days since 11-17T15:00Z: the oldest leaves the window at 11-24T15:00Z (10:00 New York)
        assertPlanned(usCapFreesToday, Instant.parse("2026-11-24T15:00:00Z"), DAY_25);
        for (String[] notPlanned : List.of(usCapFreesLater, disputed, ceased, closed, optedOut, invalidPhone, noPhone)) {
            assertThat(slots(notPlanned[0])).as("slots of %s", notPlanned[0]).isEmpty();
        }
        assertThat(slots(scheduled[0])).hasSize(1).allSatisfy(s -> assertThat(s.get("window_end")).isNull());

        @SuppressWarnings("unchecked")
        Map<String, Integer> skipped = (Map<String, Integer>) report.get("skipped");
        assertThat(skipped).containsKeys("NOT_IN_WINDOW:US_REGF.CALL_FREQUENCY", "BLOCKED:US_REGF.DISPUTE_PENDING",
                "BLOCKED:US_REGF.CEASE_COMMUNICATION", "BLOCKED:CN.OPT_OUT", "ALREADY_SCHEDULED");
        assertThat(skipped.get("NO_VALID_CONTACT_POINT")).isGreaterThanOrEqualTo(2);
        int planned = (Integer) report.get("planned");
        assertThat(planned).isGreaterThanOrEqualTo(4);
        assertThat((Integer) report.get("considered"))
                .isEqualTo(planned + skipped.values().stream().mapToInt(Integer::intValue).sum());

        // every slot of the run is permitted at its time, and (for these cases) no earlier time of the day is
        List<Map<String, Object>> created = Jdbc.query("select case_id, contact_point_id, scheduled_at from contact_slot "
                + "where window_end = '2026-11-25T00:00:00Z'");
        assertThat(created).hasSize(planned);
        for (Map<String, Object> slot : created) {
            Instant at = instant(slot.get("scheduled_at"));
            assertThat(decision(slot.get("case_id").toString(), slot.get("contact_point_id"), at))
                    .as("decision for %s at %s", slot.get("case_id"), at).containsEntry("decision", "ALLOW");
        }
        for (String[] ids : List.of(ukNight, cnMaybeInLondon, usCapFreesToday)) {
            Map<String, Object> early = decision(ids[0], ids[2], DAY_24);
            assertThat(early).containsEntry("decision", "BLOCK");
            assertThat(Instant.parse((String) early.get("nextPermittedAt"))).isEqualTo(instant(slots(ids[0]).get(0).get("scheduled_at")));
        }
        Map<String, Object> capped = decision(usCapFreesLater[0], usCapFreesLater[2], DAY_24);
        assertThat(Instant.parse((String) capped.get("nextPermittedAt"))).isAfterOrEqualTo(DAY_25);

        // the day is planned once
        long slots = Jdbc.count("select count(*) from contact_slot");
        plan(Tokens.admin(), Map.of("day", "2026-11-24")).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("daily-plan-exists"));
        assertThat(Jdbc.count("select count(*) from contact_slot")).isEqualTo(slots);
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'DAILY_PLAN' and entity_id = '2026-11-24/CALL'"))
                .isEqualTo(1);
    }

    @Test
    void twoConcurrentRunsOfADayCreateItsSlotsOnce() throws Exception {
        List<String[]> cases = List.of(caseWithPhone("UK", "Europe/London"), caseWithPhone("US", "America/Los_Angeles"),
                caseWithPhone("CN", "Asia/Shanghai"));
        List<Integer> statuses = Concurrently.run(3, () -> plan(Tokens.admin(), Map.of("day", "2026-11-25")).statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409);
        for (String[] ids : cases) {
            assertThat(slots(ids[0])).hasSize(1);
        }
        assertThat(Jdbc.count("select count(*) from contact_slot where window_end = '2026-11-26T00:00:00Z'"))
                .isEqualTo(Jdbc.count("select count(distinct case_id) from contact_slot where window_end = '2026-11-26T00:00:00Z'"));
    }

    @Test
    void theScheduledJobPlansTheNext24HoursFromItsStartAndTheEndpointDefaultsToTodayAndCall() throws Exception {
        String[] ids = caseWithPhone("UK", "Europe/London");
        clock.set(Instant.parse("2026-11-27T12:30:00Z"));
        job.daily();
        assertPlanned(ids, Instant.parse("2026-11-27T12:30:00Z"), Instant.parse("2026-11-28T12:30:00Z"));
        assertThat(Jdbc.count("select count(*) from job_claim where job = 'daily-plan-CALL' and period = '2026-11-27'")).isEqualTo(1);
        assertThat(Jdbc.query("select actor from audit_log where action = 'DAILY_PLAN' and entity_id = '2026-11-27/CALL'"))
                .extracting(r -> r.get("actor")).containsExactly("system:daily-plan");
        job.daily();
        assertThat(slots(ids[0])).hasSize(1);
        as(Tokens.admin()).post("/api/v1/daily-plans").then().statusCode(409).body("detail", org.hamcrest.Matchers
                .containsString("CALL plan of 2026-11-27"));
    }

    @Test
    void aDayWithoutItsPlanAfterTheCronTimeIsPlannedByTheCatchUpOnce() throws Exception {
        String[] ids = caseWithPhone("UK", "Europe/London");
        clock.set(Instant.parse("2026-12-14T03:10:00Z"));
        String claims = "select count(*) from job_claim where job = 'daily-plan-CALL' and period = '2026-12-14'";
        job.catchUp("0 0 4 * * ?");
        assertThat(Jdbc.count(claims)).as("not yet the day's time").isZero();

        // the plan of 00:00 was never made (its replica died): the catch-up makes it
        job.catchUp("0 0 0 * * ?");
        // at 08:00 London, its earliest permitted time, within the 24 hours from the catch-up
        assertPlanned(ids, Instant.parse("2026-12-14T08:00:00Z"), Instant.parse("2026-12-15T03:10:00Z"));
        long slots = Jdbc.count("select count(*) from contact_slot");
        job.catchUp("0 0 0 * * ?");
        assertThat(Jdbc.count(claims)).isEqualTo(1);
        assertThat(Jdbc.count("select count(*) from contact_slot")).isEqualTo(slots);
    }

    @Test
    void badInputIsA4xxProblemAndWritesNothing() throws Exception {
        caseWithPhone("UK", "Europe/London");
        long slots = Jdbc.count("select count(*) from contact_slot");
        long claims = Jdbc.count("select count(*) from job_claim");
        Map<String, Object> unknown = new HashMap<>(Map.of("day", "2026-11-24"));
        unknown.put("creditor", "ACME");
        for (Object body : List.of(Map.of("day", "2026-11-20"), Map.of("day", "2026-12-24"), Map.of("day", "24.11.2026"),
                Map.of("channel", "PIGEON"), Map.of("channel", "VISIT"), unknown)) {
            plan(Tokens.admin(), body).then().statusCode(422).contentType("application/problem+json");
        }
        plan(Tokens.admin(), Map.of("day", "2026-11-20")).then().body("errors[0].field", equalTo("day"));
        plan(Tokens.admin(), Map.of("channel", "VISIT")).then().body("errors[0].field", equalTo("channel"));
        plan(Tokens.collector(), Map.of("day", "2026-11-24")).then().statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body("{}").post("/api/v1/daily-plans").then()
                .statusCode(401);
        assertThat(Jdbc.count("select count(*) from contact_slot")).isEqualTo(slots);
        assertThat(Jdbc.count("select count(*) from job_claim")).isEqualTo(claims);
    }
    @Test
    void aDebtorsStatedTimesHoldInTheDailyPlanAsInADecision() throws Exception {
        String[] ids = caseWithPhone("UK", "Europe/London");
        as(Tokens.collector()).body(Map.of("statedNotBefore", "18:00", "statedNotAfter", "20:00",
                "reason", "Debtor works days")).put("/api/v1/debtors/" + ids[1] + "/contact-profile").then()
                .statusCode(200);

        plan(Tokens.supervisor(), Map.of("day", "2026-11-29", "channel", "CALL")).then().statusCode(200);

        assertPlanned(ids, Instant.parse("2026-11-29T18:00:00Z"), Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(decision(ids[0], ids[2], Instant.parse("2026-11-29T09:00:00Z"))).containsEntry("decision", "BLOCK");
    }
}
