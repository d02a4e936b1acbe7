package org.collections.contact.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decisions blocked by rule against decisions written by hand. Period [2026-03-01, 2026-04-01), one case of
 * creditor D; decisions (asked by / outcome / rules): 03-02 staff ALLOW; 03-03 DA BLOCK QUIET_HOURS; 03-04 DA BLOCK
 * QUIET_HOURS + DAILY_CONNECTED_CALLS; 03-05 DA ALLOW; 03-06 DB BLOCK DAILY_CONNECTED_CALLS; and 02-28 DA BLOCK
 * QUIET_HOURS, outside the period.
 */
@QuarkusTest
class DecisionKpiTest {

    private static final String PERIOD = "from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z";
    private static String creditor;
    private static String agencyA;
    private static String agencyB;

    @BeforeEach
    void decisions() throws Exception {
        if (creditor != null) {
            return;
        }
        String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        creditor = "D-" + unique;
        agencyA = "DA-" + unique;
        agencyB = "DB-" + unique;
        UUID caseId = UUID.randomUUID();
        UUID debtorId = UUID.randomUUID();
        List<String> sql = new ArrayList<>();
        sql.add("insert into contactability (case_id, debtor_id, creditor_id, status, case_version, updated_at) values ('"
                + caseId + "', '" + debtorId + "', '" + creditor + "', 'ACTIVE', 1, now())");
        decision(sql, caseId, debtorId, null, "", "2026-03-02T10:00:00Z");
        decision(sql, caseId, debtorId, agencyA, "CN.QUIET_HOURS", "2026-03-03T10:00:00Z");
        decision(sql, caseId, debtorId, agencyA, "CN.QUIET_HOURS,CN.DAILY_CONNECTED_CALLS", "2026-03-04T10:00:00Z");
        decision(sql, caseId, debtorId, agencyA, "", "2026-03-05T10:00:00Z");
        decision(sql, caseId, debtorId, agencyB, "CN.DAILY_CONNECTED_CALLS", "2026-03-06T10:00:00Z");
        decision(sql, caseId, debtorId, agencyA, "CN.QUIET_HOURS", "2026-02-28T10:00:00Z");
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    @Test
    void perCreditorEveryFigureMatchesTheHandCount() {
        JsonPath report = get(Tokens.auditor(), PERIOD + "&creditorId=" + creditor);
        assertThat(report.getString("groupBy")).isEqualTo("creditor");
        assertThat(report.getList("groups")).hasSize(1);
        // 5 decisions in the period, 3 blocked: 3 / 5 = 0.6000; QUIET_HOURS blocked 03-03 and 03-04, DAILY 03-04 and 03-06
        assertThat(group(report, 0)).isEqualTo(creditor + "|5|3|0.6000|CN.DAILY_CONNECTED_CALLS=2,CN.QUIET_HOURS=2");
    }

    @Test
    void perAgencyEachAgencyHasTheDecisionsItAskedFor() {
        JsonPath report = get(Tokens.admin(), PERIOD + "&creditorId=" + creditor + "&groupBy=agency");
        assertThat(report.getList("groups")).hasSize(3);
        assertThat(group(report, 0)).isEqualTo(agencyA + "|3|2|0.6667|CN.QUIET_HOURS=2,CN.DAILY_CONNECTED_CALLS=1");
        assertThat(group(report, 1)).isEqualTo(agencyB + "|1|1|1.0000|CN.DAILY_CONNECTED_CALLS=1");
        assertThat(group(report, 2)).isEqualTo("null|1|0|0.0000|");
        assertThat(group(get(Tokens.supervisor(), PERIOD + "&agencyId=" + agencyB + "&groupBy=agency"), 0))
                .isEqualTo(agencyB + "|1|1|1.0000|CN.DAILY_CONNECTED_CALLS=1");
    }

    @Test
    void anAgencySeesOnlyItsOwnDecisions() {
        JsonPath own = get(Tokens.agency(agencyA), PERIOD + "&agencyId=" + agencyB);
        assertThat(own.getString("groupBy")).isEqualTo("agency");
        assertThat(own.getString("agencyId")).isEqualTo(agencyA);
        assertThat(own.getList("groups")).hasSize(1);
        assertThat(group(own, 0)).isEqualTo(agencyA + "|3|2|0.6667|CN.QUIET_HOURS=2,CN.DAILY_CONNECTED_CALLS=1");
        assertThat(get(Tokens.agency("DZ-NOBODY"), PERIOD).getList("groups")).isEmpty();
        given().auth().oauth2(Tokens.collector()).get("/api/v1/kpis/decisions?" + PERIOD).then().statusCode(403);
    }

    @Test
    void aBadPeriodOrGroupingIsA422Problem() {
        for (String query : List.of("from=2026-04-01T00:00:00Z&to=2026-03-01T00:00:00Z",
                "from=2025-01-01T00:00:00Z&to=2026-03-01T00:00:00Z", "to=soon", PERIOD + "&groupBy=collector")) {
            given().auth().oauth2(Tokens.admin()).get("/api/v1/kpis/decisions?" + query).then().statusCode(422)
                    .contentType("application/problem+json");
        }
    }

    private static JsonPath get(String token, String query) {
        return given().auth().oauth2(token).get("/api/v1/kpis/decisions?" + query).then().statusCode(200).extract()
                .jsonPath(io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                        .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** key|decisions|blocked|blockedRate|rule=count,... */
    private static String group(JsonPath report, int index) {
        Map<String, Object> g = report.getMap("groups[" + index + "]");
        StringBuilder rules = new StringBuilder();
        for (Object rule : (List<?>) g.get("blockedByRule")) {
            Map<?, ?> r = (Map<?, ?>) rule;
            rules.append(rules.isEmpty() ? "" : ",").append(r.get("ruleId")).append('=').append(r.get("decisions"));
        }
        return g.get("key") + "|" + g.get("decisions") + "|" + g.get("blocked") + "|" + g.get("blockedRate") + "|" + rules;
    }

    private static void decision(List<String> sql, UUID caseId, UUID debtorId, String agency, String rules, String at) {
        sql.add("insert into contact_decision (id, case_id, debtor_id, channel, person, allowed, rule_ids, rule_pack, at,"
                + " decided_at, decided_by, agency_id) values ('" + UUID.randomUUID() + "', '" + caseId + "', '"
                + debtorId + "', 'CALL', 'DEBTOR', " + rules.isEmpty() + ", '" + rules + "', 'CN@2025-01-01', '" + at
                + "', '" + at + "', 'tester', " + (agency == null ? "null" : "'" + agency + "'") + ")");
    }
}
