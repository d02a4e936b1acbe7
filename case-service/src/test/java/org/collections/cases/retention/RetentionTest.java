package org.collections.cases.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.transition;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.CaseApi;
import org.collections.cases.Events;
import org.collections.cases.TestClock;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retention as a compliance officer checks it: a closed case keeps its personal data exactly as long as its
 * jurisdiction's policy says after its last activity, loses it at the first run after that (money, history and audit
 * kept, the erasure audited without the erased values), except while a legal hold is in force.
 */
@QuarkusTest
class RetentionTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aClosedChineseCaseLosesItsPersonalDataTwoYearsAfterItsLastActivityAndKeepsItsMoney() {
        Opened c = open("CN", "Asia/Shanghai", CaseApi.mobileFor(UUID.randomUUID().toString()));
        as(Tokens.collector()).body(Map.of("body", "Debtor said her brother will pay")).post("/api/v1/cases/" + c.id + "/notes")
                .then().statusCode(201);
        close(c.id);
        Instant closedAt = clock.instant();

        clock.set(closedAt.plus(Duration.ofDays(365 * 2)).minus(DAY));
        erase();
        assertKept(c);

        clock.set(closedAt.plus(Duration.ofDays(366 * 2)));
        erase();
        JsonPath view = as(Tokens.admin()).get("/api/v1/cases/" + c.id).then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("erasedAt")).isNotNull();
        assertThat(view.getString("status")).isEqualTo("CLOSED");
        assertThat(view.getString("totalDebt")).isEqualTo("1015.00");
        assertThat(view.getString("debtor.fullName")).isNull();
        assertThat(view.getString("debtor.nationalId")).isNull();
        assertThat(view.getList("debtor.phones")).isEmpty();
        assertThat(view.getList("debtor.emails")).isEmpty();
        assertThat(view.getString("debtor.erasedAt")).isNotNull();
        assertThat(view.getString("debtor.jurisdiction")).isEqualTo("CN");
        as(Tokens.admin()).get("/api/v1/cases/" + c.id + "/notes").then().statusCode(200)
                .body("items[0].body", nullValue()).body("items[0].author", equalTo("collector-user"));
        assertThat(Jdbc.count("select count(*) from debtor where id = '" + c.debtorId + "' and full_name_cipher is null"
                + " and national_id_cipher is null and national_id_index is null and phones_cipher is null"
                + " and emails_cipher is null and address_cipher is null")).isEqualTo(1);
        assertThat(Jdbc.count("select count(*) from debtor_phone where debtor_id = '" + c.debtorId + "'")).isZero();
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + c.id + "'"
                + " and event_type = 'DebtorContactDetailsChanged' and jsonb_array_length(payload->'phones') > 0")).isZero();
        as(Tokens.admin()).get("/api/v1/cases?nationalId=" + c.nationalId).then().statusCode(200).body("items.size()", equalTo(0));

        // the erasure is audited with the policy and dates; no audit entry of the case or debtor holds what went
        assertThat(Jdbc.query("select after_state->>'policy' as policy, after_state->>'debtorErased' as debtor"
                + " from audit_log where entity_id = '" + c.id + "' and action = 'PERSONAL_DATA_ERASED'"))
                .containsExactly(Map.of("policy", "CN@2026-01-01", "debtor", "true"));
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + c.debtorId
                + "' and action = 'PERSONAL_DATA_ERASED'")).isEqualTo(1);
        String trail = Jdbc.query("select string_agg(coalesce(reason, '') || coalesce(before_state::text, '')"
                + " || coalesce(after_state::text, ''), ' ') as trail from audit_log where entity_id in ('" + c.id
                + "', '" + c.debtorId + "')").get(0).get("trail").toString();
        assertThat(trail).doesNotContain(c.nationalId).doesNotContain("Test Debtor").doesNotContain("brother")
                .doesNotContain("v1:");
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + c.id
                + "' and event_type = 'PersonalDataErased' and payload->>'debtorErased' = 'true'")).isEqualTo(1);
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + c.id + "' and action = 'STATUS_CHANGED'"))
                .as("the case's history stays").isGreaterThan(0);

        erase();
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + c.id
                + "' and action = 'PERSONAL_DATA_ERASED'")).as("a second run erases nothing twice").isEqualTo(1);
    }

    @Test
    void aLegalHoldKeepsTheDataPastRetentionUntilItIsReleased() {
        Opened c = open("US", "America/Chicago", "+1 312 555 " + String.format("%04d", (int) (Math.random() * 10_000)));
        close(c.id);
        Instant closedAt = clock.instant();

        String hold = as(Tokens.admin()).body(Map.of("reason", "Litigation 2027-CV-0142"))
                .post("/api/v1/cases/" + c.id + "/legal-holds").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/cases/" + c.id + "/legal-holds/"
                        + as(Tokens.admin()).get("/api/v1/cases/" + c.id + "/legal-holds").path("items[0].id")))
                .body("inForce", equalTo(true)).body("placedBy", equalTo("admin-user")).extract().path("id");
        as(Tokens.admin()).body(Map.of("reason", "again")).post("/api/v1/cases/" + c.id + "/legal-holds")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/legal-hold-in-force"));
        as(Tokens.admin()).get("/api/v1/cases/" + c.id).then().body("onLegalHold", equalTo(true));

        clock.set(closedAt.plus(Duration.ofDays(365 * 4)));
        erase();
        assertKept(c);

        as(Tokens.admin()).body(Map.of("reason", "Litigation settled"))
                .post("/api/v1/cases/" + c.id + "/legal-holds/" + hold + "/release").then().statusCode(200)
                .body("inForce", equalTo(false)).body("releaseReason", equalTo("Litigation settled"))
                .body("releasedAt", notNullValue());
        as(Tokens.admin()).body(Map.of("reason", "twice"))
                .post("/api/v1/cases/" + c.id + "/legal-holds/" + hold + "/release").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/legal-hold-released"));
        erase();
        as(Tokens.admin()).get("/api/v1/cases/" + c.id).then().body("erasedAt", notNullValue())
                .body("onLegalHold", equalTo(false)).body("debtor.fullName", nullValue());
        as(Tokens.admin()).body(Map.of("reason", "too late")).post("/api/v1/cases/" + c.id + "/legal-holds")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/case-erased"));
        assertThat(Jdbc.query("select action, reason from audit_log where entity_id = '" + c.id
                + "' and action like 'LEGAL_HOLD%' order by id")).containsExactly(
                        Map.of("action", "LEGAL_HOLD_PLACED", "reason", "Litigation 2027-CV-0142"),
                        Map.of("action", "LEGAL_HOLD_RELEASED", "reason", "Litigation settled"));
        as(Tokens.auditor()).get("/api/v1/cases/" + c.id + "/legal-holds/" + hold).then().statusCode(200)
                .body("reason", equalTo("Litigation 2027-CV-0142"));
    }

    @Test
    void retentionRunsFromTheLastActivityNotFromTheClosure() {
        Opened c = open("US", "America/Chicago", "+1 312 555 0199");
        close(c.id);
        Instant closedAt = clock.instant();
        // a year later the debtor calls in about the closed account, and a collector notes it
        clock.set(closedAt.plus(Duration.ofDays(365)));
        Events.deliver("contact-service", "ContactAttempted", Map.of("caseId", c.id, "channel", "CALL",
                "direction", "INBOUND", "rightPartyContact", true, "at", clock.instant().toString())).then().statusCode(200);

        clock.set(closedAt.plus(Duration.ofDays(365 * 3 + 5)));
        erase();
        assertKept(c);

        clock.set(closedAt.plus(Duration.ofDays(365 * 4 + 5)));
        erase();
        as(Tokens.admin()).get("/api/v1/cases/" + c.id).then().body("erasedAt", notNullValue());
    }

    @Test
    void aDebtorKeepsTheIdentityWhileAnotherCaseNeedsItAndAJurisdictionWithoutPolicyIsNeverErased() {
        String phone = CaseApi.mobileFor(UUID.randomUUID().toString());
        Opened closed = open("CN", "Asia/Shanghai", phone);
        Opened open = open("CN", "Asia/Shanghai", phone, closed.nationalId, "OTHER-BANK");
        assertThat(open.debtorId).isEqualTo(closed.debtorId);
        close(closed.id);
        Opened elsewhere = open("DE", "Europe/Berlin", "+49 30 901820");
        close(elsewhere.id);

        clock.set(clock.instant().plus(Duration.ofDays(365 * 10)));
        erase();
        as(Tokens.admin()).get("/api/v1/cases/" + closed.id).then().body("erasedAt", notNullValue())
                .body("debtor.erasedAt", nullValue()).body("debtor.fullName", notNullValue());
        as(Tokens.admin()).get("/api/v1/cases/" + open.id).then().body("erasedAt", nullValue());
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + closed.id
                + "' and event_type = 'PersonalDataErased' and payload->>'debtorErased' = 'false'")).isEqualTo(1);
        assertKept(elsewhere);
    }

    @Test
    void twoRunsAtOnceEraseEveryCaseOnceAndEveryDebtorWhoseCasesAllWent() throws Exception {
        List<Opened> cases = new java.util.ArrayList<>();
        for (int debtor = 0; debtor < 3; debtor++) {
            Opened first = open("CN", "Asia/Shanghai", CaseApi.mobileFor(UUID.randomUUID().toString()));
            cases.add(first);
            for (String creditor : List.of("BANK-B", "BANK-C")) {
                cases.add(open("CN", "Asia/Shanghai", CaseApi.mobileFor(UUID.randomUUID().toString()),
                        first.nationalId, creditor));
            }
        }
        cases.forEach(c -> close(c.id));
        clock.set(clock.instant().plus(Duration.ofDays(366 * 2)));

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var runs = List.of(pool.submit(RetentionTest::erase), pool.submit(RetentionTest::erase));
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        String caseIds = cases.stream().map(c -> "'" + c.id + "'").collect(java.util.stream.Collectors.joining(","));
        String debtorIds = cases.stream().map(c -> "'" + c.debtorId + "'").distinct()
                .collect(java.util.stream.Collectors.joining(","));
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'PERSONAL_DATA_ERASED' and entity_id in ("
                + caseIds + ")")).isEqualTo(9);
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'PERSONAL_DATA_ERASED' and entity_id in ("
                + debtorIds + ")")).isEqualTo(3);
        assertThat(Jdbc.count("select count(*) from debtor where erased_at is not null and id in (" + debtorIds + ")"))
                .isEqualTo(3);
        assertThat(Jdbc.count("select count(*) from outbox_event where event_type = 'PersonalDataErased' and aggregate_id in ("
                + caseIds + ")")).isEqualTo(9);
    }

    @Test
    void policiesAreReadableWithTheirSourcesAndHoldsRefuseBadInput() {
        as(Tokens.auditor()).get("/api/v1/retention-policies").then().statusCode(200)
                .body("items.jurisdiction", hasItems("CN", "UK", "US"))
                .body("items.find { it.jurisdiction == 'US' }.erasedAfter", equalTo("P3Y"))
                .body("items.find { it.jurisdiction == 'US' }.recordsSource", org.hamcrest.Matchers.containsString("1006.100"))
                .body("items.find { it.jurisdiction == 'CN' }.contactLogs", equalTo("P2Y"));
        Opened c = open("CN", "Asia/Shanghai", CaseApi.mobileFor(UUID.randomUUID().toString()));
        as(Tokens.admin()).body(Map.of()).post("/api/v1/cases/" + c.id + "/legal-holds").then().statusCode(422)
                .body("errors.field", hasItems("reason"));
        as(Tokens.admin()).body(Map.of("reason", "x".repeat(501))).post("/api/v1/cases/" + c.id + "/legal-holds")
                .then().statusCode(422).body("errors.field", hasItems("reason"));
        as(Tokens.supervisor()).body(Map.of("reason", "r")).post("/api/v1/cases/" + c.id + "/legal-holds")
                .then().statusCode(403);
        as(Tokens.admin()).body(Map.of("reason", "r")).post("/api/v1/cases/" + UUID.randomUUID() + "/legal-holds")
                .then().statusCode(404);
        as(Tokens.admin()).body(Map.of("reason", "r"))
                .post("/api/v1/cases/" + c.id + "/legal-holds/" + UUID.randomUUID() + "/release").then().statusCode(404);
        assertThat(Jdbc.count("select count(*) from legal_hold where case_id = '" + c.id + "'")).isZero();
        as(Tokens.supervisor()).post("/api/v1/erasure-runs").then().statusCode(403);
    }

    private record Opened(String id, String debtorId, String nationalId) {
    }

    private static Opened open(String jurisdiction, String zone, String phone) {
        return open(jurisdiction, zone, phone, "RT" + UUID.randomUUID().toString().substring(0, 12), "ACME");
    }

    private static Opened open(String jurisdiction, String zone, String phone, String nationalId, String creditor) {
        Map<String, Object> debtor = new HashMap<>(CaseApi.debtor(nationalId, phone));
        debtor.put("jurisdiction", jurisdiction);
        debtor.put("timeZone", zone);
        var created = as(Tokens.admin()).body(CaseApi.newCase(creditor, "RET-" + UUID.randomUUID(), debtor,
                List.of(CaseApi.debt("1000.00", "CNY", "2026-09-01")))).post("/api/v1/cases").then().statusCode(201)
                .extract();
        return new Opened(created.path("id"), created.path("debtorId"), nationalId);
    }

    private static void close(String caseId) {
        transition(caseId, "ACTIVE", Map.of()).then().statusCode(200);
        transition(caseId, "CLOSED", Map.of("closeReason", "WRITTEN_OFF")).then().statusCode(200);
    }

    private static void erase() {
        as(Tokens.admin()).post("/api/v1/erasure-runs").then().statusCode(200).body("casesExamined", notNullValue());
    }

    private static void assertKept(Opened c) {
        as(Tokens.admin()).get("/api/v1/cases/" + c.id).then().statusCode(200).body("erasedAt", nullValue())
                .body("debtor.fullName", equalTo("Test Debtor " + c.nationalId))
                .body("debtor.nationalId", equalTo(c.nationalId));
    }
}
