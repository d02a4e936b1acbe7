package org.collections.cases.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.time.Instant;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.collections.cases.TestClock;
import org.collections.testsupport.PrometheusMetrics;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every collection KPI against a small portfolio worked out by hand. Period [2026-03-01, 2026-04-01), creditor K,
 * all in CNY; agencies A and B; collectors a-col (agency A), b-col (agency B), col-1 (in-house).
 * <pre>
 * case  created     placed                history (evaluated_on bucket)               total  collector
 * C1    2026-01-01  A 2026-02-01          01-01 CURRENT, 02-10 1-30, 03-15 CURRENT     1000  a-col
 * C2    2026-01-01  A 2026-03-05          01-01 1-30, 02-20 31-60, 03-20 61-90         2000  a-col
 * C3    2026-01-01  -                     01-01 31-60                                   500  col-1
 * C4    2026-03-10  B 2026-03-12          03-10 1-30                                   3000  b-col
 * C5    2026-01-01  -   CLOSED 2026-02-15 01-01 1-30                                    100  -
 * </pre>
 * Outcomes in the period (agency/actor): C1 (A/a-col) attempt 03-02, attempt 03-03 NON-COMPLIANT, RPC 03-04, promise
 * made 03-04, payment 300 03-10, promise kept 03-10 (and attempts 02-27 and 04-01T00:00 outside); C2 payment 200
 * 03-02 (in-house/col-1), write-off 100 03-03, then (A/a-col) inbound conversation 03-06, promise made 03-06, promise
 * broken 03-13, attempt 03-14, payment 150 03-20, reversal 50 03-21; C3 (in-house/col-1) attempt 03-05, RPC 03-06,
 * promise made 03-06, promise kept 03-20, payment 100 03-20; C4 (B/b-col) attempt 03-15 NON-COMPLIANT, RPC 03-16.
 * Complaints: dispute on C2 03-25, COMPLAINT_REVIEW pause of C4 03-26 (and a dispute on C3 02-01, outside).
 */
@QuarkusTest
class CollectionKpiTest {

    private static final String PERIOD = "from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z";
    private static String creditor;
    private static String agencyA;
    private static String agencyB;

    @Inject
    DataSource dataSource;

    @Inject
    CreditorKpiGauges gauges;

    @Inject
    TestClock clock;

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    // exact decimals: a rate's scale (0.3750) is part of what is asserted
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @BeforeEach
    void portfolio() throws Exception {
        if (creditor != null) {
            return;
        }
        String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        creditor = "K-" + unique;
        agencyA = "KA-" + unique;
        agencyB = "KB-" + unique;
        UUID c1 = UUID.randomUUID(), c2 = UUID.randomUUID(), c3 = UUID.randomUUID(), c4 = UUID.randomUUID(),
                c5 = UUID.randomUUID();
        List<String> sql = new ArrayList<>();
        kase(sql, c1, "2026-01-01", "1000", "a-col", "ACTIVE");
        kase(sql, c2, "2026-01-01", "2000", "a-col", "ACTIVE");
        kase(sql, c3, "2026-01-01", "500", "col-1", "ACTIVE");
        kase(sql, c4, "2026-03-10", "3000", "b-col", "PAUSED");
        kase(sql, c5, "2026-01-01", "100", null, "CLOSED");
        place(sql, c1, agencyA, "2026-02-01");
        place(sql, c2, agencyA, "2026-03-05");
        place(sql, c4, agencyB, "2026-03-12");
        history(sql, c1, "2026-01-01", "CURRENT", "2026-02-10", "1-30", "2026-03-15", "CURRENT");
        history(sql, c2, "2026-01-01", "1-30", "2026-02-20", "31-60", "2026-03-20", "61-90");
        history(sql, c3, "2026-01-01", "31-60");
        history(sql, c4, "2026-03-10", "1-30");
        history(sql, c5, "2026-01-01", "1-30");
        String a = agencyA, b = agencyB;
        outcome(sql, c1, "CONTACT_ATTEMPT", null, "2026-02-27T10:00:00Z", false, true, a, "a-col");
        outcome(sql, c1, "CONTACT_ATTEMPT", null, "2026-03-02T10:00:00Z", false, true, a, "a-col");
        outcome(sql, c1, "CONTACT_ATTEMPT", null, "2026-03-03T10:00:00Z", false, false, a, "a-col");
        outcome(sql, c1, "RIGHT_PARTY_CONTACT", null, "2026-03-04T10:00:00Z", false, true, a, "a-col");
        outcome(sql, c1, "PROMISE_MADE", null, "2026-03-04T10:05:00Z", false, null, a, "a-col");
        outcome(sql, c1, "PAYMENT", "300", "2026-03-10T10:00:00Z", false, null, a, "a-col");
        outcome(sql, c1, "PROMISE_KEPT", null, "2026-03-10T10:00:00Z", false, null, a, "a-col");
        outcome(sql, c1, "CONTACT_ATTEMPT", null, "2026-04-01T00:00:00Z", false, true, a, "a-col");
        outcome(sql, c2, "PAYMENT", "200", "2026-03-02T10:00:00Z", false, null, null, "col-1");
        sql.add("insert into case_adjustment (id, case_id, kind, amount, currency, reason, actor, at) values ('"
                + UUID.randomUUID() + "', '" + c2 + "', 'WRITE_OFF', 100, 'CNY', 'test', 'admin', '2026-03-03T10:00:00Z')");
        outcome(sql, c2, "RIGHT_PARTY_CONTACT", null, "2026-03-06T10:00:00Z", true, null, a, "a-col");
        outcome(sql, c2, "PROMISE_MADE", null, "2026-03-06T10:05:00Z", false, null, a, "a-col");
        outcome(sql, c2, "PROMISE_BROKEN", null, "2026-03-13T10:00:00Z", false, null, a, "a-col");
        outcome(sql, c2, "CONTACT_ATTEMPT", null, "2026-03-14T10:00:00Z", false, true, a, "a-col");
        outcome(sql, c2, "PAYMENT", "150", "2026-03-20T10:00:00Z", false, null, a, "a-col");
        outcome(sql, c2, "PAYMENT_REVERSED", "50", "2026-03-21T10:00:00Z", false, null, a, "a-col");
        outcome(sql, c3, "CONTACT_ATTEMPT", null, "2026-03-05T10:00:00Z", false, true, null, "col-1");
        outcome(sql, c3, "RIGHT_PARTY_CONTACT", null, "2026-03-06T10:00:00Z", false, true, null, "col-1");
        outcome(sql, c3, "PROMISE_MADE", null, "2026-03-06T10:05:00Z", false, null, null, "col-1");
        outcome(sql, c3, "PROMISE_KEPT", null, "2026-03-20T10:00:00Z", false, null, null, "col-1");
        outcome(sql, c3, "PAYMENT", "100", "2026-03-20T10:00:00Z", false, null, null, "col-1");
        outcome(sql, c4, "CONTACT_ATTEMPT", null, "2026-03-15T10:00:00Z", false, false, b, "b-col");
        outcome(sql, c4, "RIGHT_PARTY_CONTACT", null, "2026-03-16T10:00:00Z", false, true, b, "b-col");
        dispute(sql, c2, "2026-03-25T10:00:00Z");
        dispute(sql, c3, "2026-02-01T10:00:00Z");
        statusChanged(sql, c4, "{\"status\": \"PAUSED\", \"pausedUntil\": \"2026-04-30\", \"pauseType\": \"COMPLAINT_REVIEW\"}",
                "2026-03-26T10:00:00Z");
        statusChanged(sql, c5, "{\"status\": \"CLOSED\", \"closeReason\": \"PAID_IN_FULL\"}", "2026-02-15T10:00:00Z");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    @Test
    void everyKpiOfTheCreditorMatchesTheHandComputedFigures() throws Exception {
        JsonNode report = get(Tokens.supervisor(), PERIOD + "&creditorId=" + creditor);
        assertThat(report.get("groupBy").asText()).isEqualTo("creditor");
        assertThat(report.get("groups")).hasSize(1);
        JsonNode k = report.get("groups").get(0);
        assertThat(figures(k)).containsExactlyEntriesOf(figures(
                "key", creditor,
                // outbound: C1 2 attempts + 1 RPC, C2 1, C3 1 + 1 RPC, C4 1 + 1 RPC = 8 (C2's inbound not counted)
                "attempts", "8", "rightPartyContacts", "3", "inboundContacts", "1",
                "rightPartyContactRate", "0.3750", // 3 / 8
                "promisesMade", "3", "promiseRate", "0.7500", // 3 / (3 + 1)
                "promisesKept", "2", "promisesBroken", "1", "promiseKeptRate", "0.6667", // 2 / 3
                "nonCompliantAttempts", "2", // C1 03-03, C4 03-15
                // open at the start: C1 1-30, C2 31-60, C3 31-60 (C4 later, C5 closed); C1 CURRENT at the end
                "pastDueAtStart", "3", "cured", "1", "cureRate", "0.3333",
                "complaints", "2", "openCases", "4", "complaintsPer1000Cases", "500.00")); // 2 × 1000 / 4 (C1-C4)
        assertThat(rolls(k)).containsExactly("1-30>CURRENT:1:1.0000", "31-60>31-60:1:0.5000", "31-60>61-90:1:0.5000");
        // collected 300 + 200 + 150 − 50 + 100 = 700; placed C2 2000 − 200 paid − 100 written off = 1700, C4 3000
        // liquidation 700 / 4700 = 0.14894 → 0.1489; 8 attempts × 1000 / 700 = 11.428 → 11.43
        assertThat(money(k)).containsExactly("CNY:700.00:4700.00:0.1489:8:11.43");
    }

    @Test
    void byAgencyEachAgencyHasTheWorkItDidAndInHouseWorkHasNoKey() throws Exception {
        JsonNode groups = get(Tokens.admin(), PERIOD + "&creditorId=" + creditor + "&groupBy=agency").get("groups");
        assertThat(groups).hasSize(3);
        JsonNode a = groups.get(0), b = groups.get(1), inHouse = groups.get(2);
        assertThat(figures(a)).containsExactlyEntriesOf(figures("key", agencyA,
                "attempts", "4", "rightPartyContacts", "1", "inboundContacts", "1", // C1 3, C2 1; C2's inbound
                "rightPartyContactRate", "0.2500", "promisesMade", "2", "promiseRate", "1.0000", // 1/4, 2/(1+1)
                "promisesKept", "1", "promisesBroken", "1", "promiseKeptRate", "0.5000", "nonCompliantAttempts", "1",
                // with A at the start: C1 only (C2 was placed 03-05)
                "pastDueAtStart", "1", "cured", "1", "cureRate", "1.0000",
                // C2's dispute while with A; open cases with A at the start (or at creation): C1
                "complaints", "1", "openCases", "1", "complaintsPer1000Cases", "1000.00"));
        // collected 300 + 150 − 50 = 400; placed C2 1700; 400 / 1700 = 0.23529; 4 × 1000 / 400 = 10
        assertThat(money(a)).containsExactly("CNY:400.00:1700.00:0.2353:4:10.00");
        assertThat(rolls(a)).containsExactly("1-30>CURRENT:1:1.0000");

        assertThat(figures(b)).containsExactlyEntriesOf(figures("key", agencyB,
                "attempts", "2", "rightPartyContacts", "1", "inboundContacts", "0", "rightPartyContactRate", "0.5000",
                "promisesMade", "0", "promiseRate", "0.0000", "promisesKept", "0", "promisesBroken", "0",
                "promiseKeptRate", "null", "nonCompliantAttempts", "1",
                "pastDueAtStart", "0", "cured", "0", "cureRate", "null",
                // C4's complaint pause while with B; C4 was not yet placed when it was created: no open case of B's
                "complaints", "1", "openCases", "0", "complaintsPer1000Cases", "null"));
        assertThat(money(b)).containsExactly("CNY:0.00:3000.00:0.0000:2:null");

        assertThat(figures(inHouse)).containsExactlyEntriesOf(figures("key", "null",
                "attempts", "2", "rightPartyContacts", "1", "inboundContacts", "0", "rightPartyContactRate", "0.5000",
                "promisesMade", "1", "promiseRate", "1.0000", "promisesKept", "1", "promisesBroken", "0",
                "promiseKeptRate", "1.0000", "nonCompliantAttempts", "0",
                "pastDueAtStart", "2", "cured", "0", "cureRate", "0.0000", // C2 and C3, neither cured
                "complaints", "0", "openCases", "3", "complaintsPer1000Cases", "0.00")); // C2, C3 at start; C4
        // C2's 200 before placement + C3's 100; nothing placed in-house; 2 × 1000 / 300 = 6.666
        assertThat(money(inHouse)).containsExactly("CNY:300.00:0.00:null:2:6.67");
        assertThat(rolls(inHouse)).containsExactly("31-60>31-60:1:0.5000", "31-60>61-90:1:0.5000");
    }

    @Test
    void byBucketEventsCountInTheBucketOfTheirDayAndCasesInTheirBucketAtTheStart() throws Exception {
        JsonNode groups = get(Tokens.auditor(), PERIOD + "&creditorId=" + creditor + "&groupBy=bucket").get("groups");
        Map<String, String> byKey = new LinkedHashMap<>();
        groups.forEach(g -> byKey.put(g.get("key").asText(), g.get("attempts").asText() + "/" + money(g) + "/"
                + g.get("cureRate").asText()));
        // 1-30: C1's 3 attempts (before it was cured 03-15), C4's 2, C1's 300; at the start C1 (cured)
        // 31-60: C2's attempt 03-14 and C3's 2; C2's 200 and C3's 100; at the start C2 and C3 (none cured)
        // 61-90: C2's payment 150 on 03-20 and reversal 50 on 03-21 (the day it rolled); C2 placed 03-05 in 31-60
        assertThat(byKey).containsExactly(
                Map.entry("1-30", "5/[CNY:300.00:3000.00:0.1000:5:16.67]/1.0000"),
                Map.entry("31-60", "3/[CNY:300.00:1700.00:0.1765:3:10.00]/0.0000"),
                Map.entry("61-90", "0/[CNY:100.00:0.00:null:0:0.00]/null"));
    }

    @Test
    void byCollectorEventsCountForWhoeverMadeThem() throws Exception {
        JsonNode groups = get(Tokens.admin(), PERIOD + "&creditorId=" + creditor + "&groupBy=collector").get("groups");
        Map<String, String> byKey = new LinkedHashMap<>();
        groups.forEach(g -> byKey.put(g.get("key").asText(), g.get("attempts").asText() + "/"
                + g.get("promisesMade").asText() + "/" + money(g)));
        assertThat(byKey).containsExactly(
                Map.entry("a-col", "4/2/[CNY:400.00:1700.00:0.2353:4:10.00]"),
                Map.entry("b-col", "2/0/[CNY:0.00:3000.00:0.0000:2:null]"),
                Map.entry("col-1", "2/1/[CNY:300.00:0.00:null:2:6.67]"));
    }

    @Test
    void anAgencySeesOnlyItsOwnFiguresWhateverItAsksFor() throws Exception {
        JsonNode own = get(Tokens.agency(agencyA), PERIOD + "&groupBy=creditor");
        assertThat(own.get("groupBy").asText()).isEqualTo("agency");
        assertThat(own.get("groups")).hasSize(1);
        assertThat(own.get("groups").get(0).get("key").asText()).isEqualTo(agencyA);
        assertThat(own.get("groups").get(0).get("attempts").asInt()).isEqualTo(4);
        assertThat(money(own.get("groups").get(0))).containsExactly("CNY:400.00:1700.00:0.2353:4:10.00");

        assertThat(get(Tokens.agency("KZ-NOBODY"), PERIOD + "&creditorId=" + creditor).get("groups")).isEmpty();
        as(Tokens.collector()).get("/api/v1/kpis/collection?" + PERIOD).then().statusCode(403);
    }

    @Test
    void theDashboardReadsTheTrailing30DaysPerCreditorFromTheScheduledRefresh() throws Throwable {
        // the 30 days before 04-01 start 03-02T00:00: the same events as March, the same buckets at the start
        clock.set(Instant.parse("2026-04-01T00:00:00Z"));
        try {
            VertxContextSupport.subscribeAndAwait(() -> gauges.refresh());
        } finally {
            clock.reset();
        }
        PrometheusMetrics metrics = PrometheusMetrics.scrape(managementRoot);
        Map<String, String> k = Map.of("creditor", creditor);
        assertThat(metrics.value("cases_kpi_rpc_rate", k)).isEqualTo(0.375);
        assertThat(metrics.value("cases_kpi_promise_kept_rate", k)).isEqualTo(0.6667);
        assertThat(metrics.value("cases_kpi_cure_rate", k)).isEqualTo(0.3333);
        assertThat(metrics.value("cases_kpi_noncompliant_attempts", k)).isEqualTo(2.0);
        assertThat(metrics.value("cases_kpi_liquidation_rate", Map.of("creditor", creditor, "currency", "CNY")))
                .isEqualTo(0.1489);
    }

    @Test
    void aBadPeriodOrGroupingIsA422Problem() {
        for (String query : List.of("from=2026-04-01T00:00:00Z&to=2026-03-01T00:00:00Z",
                "from=2025-01-01T00:00:00Z&to=2026-03-01T00:00:00Z", "from=yesterday", PERIOD + "&groupBy=campaign",
                PERIOD + "&creditorId=%20%3Cx%3E")) {
            as(Tokens.admin()).get("/api/v1/kpis/collection?" + query).then().statusCode(422)
                    .contentType("application/problem+json");
        }
    }

    private JsonNode get(String token, String query) throws Exception {
        String body = as(token).get("/api/v1/kpis/collection?" + query).then().statusCode(200).extract().asString();
        return mapper.readTree(body);
    }

    private static final List<String> FIELDS = List.of("key", "attempts", "rightPartyContacts", "inboundContacts",
            "rightPartyContactRate", "promisesMade", "promiseRate", "promisesKept", "promisesBroken", "promiseKeptRate",
            "nonCompliantAttempts", "pastDueAtStart", "cured", "cureRate", "complaints", "openCases",
            "complaintsPer1000Cases");

    private static Map<String, String> figures(JsonNode group) {
        Map<String, String> figures = new LinkedHashMap<>();
        FIELDS.forEach(f -> figures.put(f, group.get(f).asText()));
        return figures;
    }

    private static Map<String, String> figures(String... pairs) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            figures.put(pairs[i], pairs[i + 1]);
        }
        return figures;
    }

    private static List<String> rolls(JsonNode group) {
        List<String> rolls = new ArrayList<>();
        group.get("rollRates").forEach(r -> rolls.add(r.get("fromBucket").asText() + ">" + r.get("toBucket").asText()
                + ":" + r.get("cases").asText() + ":" + r.get("rate").asText()));
        return rolls;
    }

    private static List<String> money(JsonNode group) {
        List<String> money = new ArrayList<>();
        group.get("money").forEach(m -> money.add(m.get("currency").asText() + ":" + m.get("collected").asText() + ":"
                + m.get("placed").asText() + ":" + m.get("liquidationRate").asText() + ":" + m.get("attempts").asText()
                + ":" + m.get("attemptsPer1000Collected").asText()));
        return money;
    }

    private void kase(List<String> sql, UUID id, String created, String total, String collector, String status) {
        UUID debtor = UUID.randomUUID();
        sql.add("insert into debtor (id, full_name_cipher, time_zone, jurisdiction, preferred_language, created_at)"
                + " values ('" + debtor + "', 'synthetic', 'Asia/Shanghai', 'CN', 'zh', '" + created + "T00:00:00Z')");
        sql.add("insert into collection_case (id, debtor_id, creditor_id, external_ref, status, close_reason, currency,"
                + " total_debt, bucket, assigned_collector, paused_until, pause_type, created_at, updated_at) values ('"
                + id + "', '" + debtor + "', '" + creditor + "', 'KPI-" + id + "', '" + status + "', "
                + (status.equals("CLOSED") ? "'PAID_IN_FULL'" : "null") + ", 'CNY', " + total + ", '1-30', "
                + (collector == null ? "null" : "'" + collector + "'") + ", "
                + (status.equals("PAUSED") ? "'2026-04-30', 'COMPLAINT_REVIEW'" : "null, null") + ", '" + created
                + "T00:00:00Z', now())");
    }

    private static void place(List<String> sql, UUID caseId, String agency, String on) {
        sql.add("insert into placement (id, case_id, agency_id, placed_at, placed_by) values ('" + UUID.randomUUID()
                + "', '" + caseId + "', '" + agency + "', '" + on + "T00:00:00Z', 'admin')");
    }

    private static void history(List<String> sql, UUID caseId, String... daysAndBuckets) {
        for (int i = 0; i < daysAndBuckets.length; i += 2) {
            sql.add("insert into delinquency_history (case_id, evaluated_on, days_past_due, bucket, recorded_at) values ('"
                    + caseId + "', '" + daysAndBuckets[i] + "', " + (daysAndBuckets[i + 1].equals("CURRENT") ? 0 : 10)
                    + ", '" + daysAndBuckets[i + 1] + "', now())");
        }
    }

    private static void outcome(List<String> sql, UUID caseId, String kind, String amount, String at, boolean inbound,
            Boolean compliant, String agency, String actor) {
        sql.add("insert into case_outcome (case_id, kind, amount, at, channel, inbound, compliant, agency_id, actor)"
                + " values ('" + caseId + "', '" + kind + "', " + amount + ", '" + at + "', 'CALL', " + inbound + ", "
                + compliant + ", " + (agency == null ? "null" : "'" + agency + "'") + ", '" + actor + "')");
    }

    private static void dispute(List<String> sql, UUID caseId, String at) {
        sql.add("insert into dispute (id, case_id, reason, filed_at, filed_by) values ('" + UUID.randomUUID() + "', '"
                + caseId + "', 'test', '" + at + "', 'admin')");
    }

    private static void statusChanged(List<String> sql, UUID caseId, String after, String at) {
        sql.add("insert into audit_log (at, actor, action, entity_type, entity_id, reason, after_state) values ('" + at
                + "', 'admin', 'STATUS_CHANGED', 'case', '" + caseId + "', 'test', '" + after + "'::jsonb)");
    }
}
