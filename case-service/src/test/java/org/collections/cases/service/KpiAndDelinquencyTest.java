package org.collections.cases.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.debt;
import static org.collections.cases.CaseApi.debtor;
import static org.collections.cases.CaseApi.newCase;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.collections.cases.CaseApi;
import org.collections.cases.TestClock;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KpiAndDelinquencyTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private static String open(String creditor, String ref, String principal, String currency, String unpaid) {
        return as(Tokens.admin()).body(newCase(creditor, ref, debtor(creditor + ref, String.format("+44 20 7946 %04d", Math.abs(ref.hashCode() % 10000))),
                List.of(debt(principal, currency, unpaid)))).post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    @Test
    void portfolioKpisGroupCasesAndBalancesByBucketStatusAndCurrency() {
        open("KPI", "K1", "100.00", "GBP", "2026-11-10"); // 13 dpd, 115.00
        open("KPI", "K2", "200.00", "GBP", "2026-11-01"); // 22 dpd, 215.00
        open("KPI", "K3", "1000.00", "GBP", "2026-06-01"); // 175 dpd, 1015.00
        String paid = open("KPI", "K4", "50", "JPY", "2026-11-01");
        CaseApi.transition(paid, "CLOSED", Map.of("closeReason", "WRITTEN_OFF")).then().statusCode(200);

        var kpis = given().auth().oauth2(Tokens.supervisor()).get("/api/v1/kpis/portfolio?creditorId=KPI").then()
                .statusCode(200).extract().jsonPath();
        assertThat(kpis.getList("byBucket", Map.class)).containsExactlyInAnyOrder(
                Map.of("key", "1-30", "currency", "GBP", "cases", 2, "balance", "330.00"),
                Map.of("key", "121-180", "currency", "GBP", "cases", 1, "balance", "1015.00"),
                Map.of("key", "1-30", "currency", "JPY", "cases", 1, "balance", "65"));
        assertThat(kpis.getList("byStatus", Map.class)).containsExactlyInAnyOrder(
                Map.of("key", "NEW", "currency", "GBP", "cases", 3, "balance", "1345.00"),
                Map.of("key", "CLOSED", "currency", "JPY", "cases", 1, "balance", "65"));
        given().auth().oauth2(Tokens.agency("NOBODY")).get("/api/v1/kpis/portfolio?creditorId=KPI").then()
                .body("totals.size()", equalTo(0));
    }

    @Test
    void dailyEvaluationMovesBucketsAsTimePassesAndAppendsHistoryOnlyOnChange() {
        String id = open("DLQ", "D1", "300.00", "USD", "2026-11-01"); // 22 dpd on 2026-11-23
        String closed = open("DLQ", "D2", "300.00", "USD", "2026-11-01");
        CaseApi.transition(closed, "CLOSED", Map.of("closeReason", "WRITTEN_OFF")).then().statusCode(200);

        clock.advance(Duration.ofDays(10)); // 2026-12-03: 32 dpd
        given().auth().oauth2(Tokens.admin()).post("/api/v1/delinquency-evaluations").then().statusCode(200)
                .body("evaluatedOn", equalTo("2026-12-03"));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("daysPastDue", equalTo(32)).body("bucket", equalTo("31-60"));
        as(Tokens.admin()).get("/api/v1/cases/" + closed).then().body("daysPastDue", equalTo(22)).body("bucket", equalTo("1-30"));

        clock.advance(Duration.ofDays(1)); // 33 dpd: same bucket, no new history
        given().auth().oauth2(Tokens.admin()).post("/api/v1/delinquency-evaluations").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("daysPastDue", equalTo(33));

        List<Map<String, Object>> history = as(Tokens.auditor()).get("/api/v1/cases/" + id + "/history").then()
                .extract().path("delinquency");
        assertThat(history).extracting(h -> h.get("bucket")).containsExactly("1-30", "31-60");
        assertThat(history).extracting(h -> h.get("evaluatedOn")).containsExactly("2026-11-23", "2026-12-03");

        // history is append-only, whoever asks
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Jdbc.query(
                "delete from delinquency_history where case_id = '" + id + "' returning id"))
                .hasStackTraceContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Jdbc.query(
                "update audit_log set actor = 'x' where entity_id = '" + id + "' returning id"))
                .hasStackTraceContaining("append-only");
    }

    @Inject
    org.collections.cases.service.DelinquencyService delinquency;

    @Test
    void onlyOneReplicaClaimsADaysEvaluation() throws Throwable {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 24);
        int first = io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> delinquency.evaluateOnce(day));
        int second = io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> delinquency.evaluateOnce(day));
        assertThat(first).isGreaterThanOrEqualTo(0);
        assertThat(second).isEqualTo(-1);
        // the run went batch by batch (5 cases each in tests) over every open case with arrears, and is done
        Map<String, Object> run = Jdbc.query("select status, batches, processed from job_run "
                + "where job = 'delinquency-evaluation' and period = '2026-11-24'").get(0);
        assertThat(run).containsEntry("status", "DONE");
        assertThat(((Number) run.get("processed")).longValue()).isEqualTo(Jdbc.count("select count(*) from "
                + "collection_case where status <> 'CLOSED' and oldest_unpaid_date is not null"));
        assertThat(((Number) run.get("batches")).longValue())
                .isEqualTo((((Number) run.get("processed")).longValue() + 4) / 5);
        given().auth().oauth2(Tokens.admin()).post("/api/v1/delinquency-evaluations?date=2099-01-01").then().statusCode(422);
        given().auth().oauth2(Tokens.supervisor()).post("/api/v1/delinquency-evaluations").then().statusCode(403);
    }

    @Inject
    DelinquencyJob job;

    @Test
    void theResumeJobContinuesARunAReplicaLeftHalfDone() throws Throwable {
        open("RES", "R1", "90.00", "USD", "2026-11-01");
        String period = "2026-11-25#" + java.util.UUID.randomUUID();
        Jdbc.query("insert into job_run (job, period, status, batches, processed, started_at, updated_at) values ('"
                + DelinquencyService.JOB + "', '" + period + "', 'RUNNING', 0, 0, now() - interval '1 hour', "
                + "now() - interval '1 hour') returning job");

        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> job.resume());

        Map<String, Object> run = Jdbc.query("select status, processed from job_run where job = '"
                + DelinquencyService.JOB + "' and period = '" + period + "'").get(0);
        assertThat(run).containsEntry("status", "DONE");
        assertThat(((Number) run.get("processed")).longValue()).isPositive();
    }

    @Test
    void aPauseEndsByItselfAfterItsLastDay() throws Throwable {
        String id = open("PAU", "P1", "80.00", "GBP", "2026-11-01");
        CaseApi.transition(id, "PAUSED", Map.of("pausedUntil", "2026-12-01", "pauseType", "HARDSHIP", "reason", "hardship")).then().statusCode(200);
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> delinquency.resumeEndedPauses(java.time.LocalDate.of(2026, 12, 1)));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("PAUSED"));
        int resumed = io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(
                () -> delinquency.resumeEndedPauses(java.time.LocalDate.of(2026, 12, 2)));
        assertThat(resumed).isGreaterThanOrEqualTo(1);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("ACTIVE"))
                .body("pausedUntil", org.hamcrest.Matchers.nullValue());
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + id
                + "' and event_type = 'ContactRestrictionChanged' and jsonb_array_length(payload->'restrictions') = 0"))
                .isEqualTo(1);
    }
}
