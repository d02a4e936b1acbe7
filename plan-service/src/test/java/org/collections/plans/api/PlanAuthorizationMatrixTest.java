package org.collections.plans.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.plans.api.PlanFlowTest.as;
import static org.collections.plans.api.PlanFlowTest.monthly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.plans.CaseServiceProcess;
import org.collections.plans.Cases;
import org.collections.testsupport.Tokens;
import org.collections.testsupport.authz.AuthorizationMatrix;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every operation of plan-service × every kind of caller, as the table authorization-matrix.psv says. Cases are real
 * cases of the real case-service; their placement with agency A is written into plan-service's replica as the
 * CasePlaced event would write it (and removed as CaseRecalled would).
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceProcess.class, restrictToAnnotatedClass = true)
class PlanAuthorizationMatrixTest {

    static final String AGENCY_A = "AGENCY-A";
    static final String AGENCY_B = "AGENCY-B";
    /** Proposes the fixtures' plans: none of the table's callers, so four eyes never decides a cell. */
    static final String PROPOSER = Tokens.mint("plan-proposer", "collector", null);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PLACEMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void everyCallerGetsExactlyTheAnswerTheTableGives() {
        AuthorizationMatrix matrix = AuthorizationMatrix.load("authorization-matrix.psv");
        List<String> mismatches = matrix.check("http://localhost:" + RestAssured.port,
                AuthorizationMatrix.callers(AGENCY_A, AGENCY_B), PlanAuthorizationMatrixTest::fixture);
        assertThat(mismatches).as("cells of the authorization matrix answered otherwise (table printed above)").isEmpty();
    }

    @Test
    void aStoredAnswerIsReplayedOnlyToTheSameSubjectOfTheSameAgency() {
        String caseId = Cases.open("1000.00", "CNY");
        placement(caseId, AGENCY_A);
        String key = "bound-" + UUID.randomUUID();
        String body = json(Map.of("caseId", caseId, "amount", "40.00", "dueDate", "2026-12-21", "channel", "CALL"));
        as(Tokens.mint("shared-subject", "agency", AGENCY_A)).header("Idempotency-Key", key).body(body)
                .post("/api/v1/promises").then().statusCode(201);
        // the same subject name in agency B's token is another caller, who may not see the case at all
        var otherAgency = as(Tokens.mint("shared-subject", "agency", AGENCY_B)).header("Idempotency-Key", key).body(body)
                .post("/api/v1/promises");
        assertThat(otherAgency.statusCode()).as("agency B replaying agency A's key").isEqualTo(404);
        // and in a collector's token it is another role: not a replay
        var otherRole = as(Tokens.mint("shared-subject", "collector", null)).header("Idempotency-Key", key).body(body)
                .post("/api/v1/promises");
        assertThat(otherRole.header("Idempotent-Replayed")).as("replayed to another role").isNotEqualTo("true");
    }

    static Map<String, String> fixture(String template) {
        Map<String, String> v = new HashMap<>();
        String unique = UUID.randomUUID().toString().substring(0, 12);
        v.put("unique", unique);
        v.put("key", "matrix-" + unique);
        if (!template.contains("${placed") && !template.contains("${recalled")) {
            return v;
        }
        String caseId = Cases.open("1000.00", "CNY");
        placement(caseId, AGENCY_A);
        v.put("placedCase", caseId);
        v.put("placedPlanBody", json(monthly(caseId, "600.00", 3, "2026-12-20")));
        if (template.contains("${placedPlan}")) {
            v.put("placedPlan", propose(caseId));
        }
        if (template.contains("${placedActivePlan}") || template.contains("${placedPayment}")) {
            String plan = propose(caseId);
            as(Tokens.supervisor()).body(Map.of("reason", "debtor agreed")).post("/api/v1/plans/" + plan + "/approve")
                    .then().statusCode(200);
            v.put("placedActivePlan", plan);
            v.put("placedPayment", as(Tokens.collector()).header("Idempotency-Key", "seed-" + unique)
                    .body(Map.of("amount", "100.00", "currency", "CNY", "payerReference", "SEED-" + unique))
                    .post("/api/v1/plans/" + plan + "/payments").then().extract().path("id"));
        }
        if (template.contains("${placedPromise}")) {
            v.put("placedPromise", as(Tokens.collector()).body(Map.of("caseId", caseId, "amount", "300.00",
                    "dueDate", "2026-12-20", "channel", "CALL")).post("/api/v1/promises").then().statusCode(201)
                    .extract().path("id"));
        }
        if (template.contains("${replay")) {
            String key = "replay-" + unique;
            String body = json(Map.of("amount", "10.00", "currency", "CNY", "payerReference", "RP-" + unique));
            as(Tokens.collector()).header("Idempotency-Key", key).body(body)
                    .post("/api/v1/promises/" + v.get("placedPromise") + "/payments").then().statusCode(200);
            v.put("replayKey", key);
            v.put("replayBody", body);
        }
        if (template.contains("${recalled")) {
            // agency A records a promise while the case is placed with it, then the case is recalled
            String recalledCase = Cases.open("1000.00", "CNY");
            placement(recalledCase, AGENCY_A);
            String key = "recalled-" + unique;
            String body = json(Map.of("caseId", recalledCase, "amount", "40.00", "dueDate", "2026-12-21", "channel", "CALL"));
            as(Tokens.agency(AGENCY_A)).header("Idempotency-Key", key).body(body).post("/api/v1/promises").then()
                    .statusCode(201);
            placement(recalledCase, null);
            v.put("recalledKey", key);
            v.put("recalledBody", body);
        }
        return v;
    }

    private static String propose(String caseId) {
        return as(PROPOSER).body(monthly(caseId, "600.00", 3, "2026-12-20")).post("/api/v1/plans").then().statusCode(201)
                .extract().path("id");
    }

    /**
     * Places the case with the agency in case-service (or recalls it: null) and writes the placement into
     * plan-service's replica, as the CasePlaced or CaseRecalled event does.
     */
    private static void placement(String caseId, String agencyId) {
        var cases = given().baseUri(Cases.url()).auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON);
        if (agencyId != null) {
            Cases.registerAgency(agencyId);
            PLACEMENTS.put(caseId, cases.body(Map.of("agencyId", agencyId)).post("/api/v1/cases/" + caseId + "/placements")
                    .then().statusCode(201).extract().path("id"));
        } else {
            cases.body(Map.of("reason", "matrix recall")).post("/api/v1/cases/" + caseId + "/placements/"
                    + PLACEMENTS.get(caseId) + "/recall").then().statusCode(200);
        }
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                PreparedStatement s = c.prepareStatement("insert into case_placement (case_id, agency_id, case_version) "
                        + "values (?, ?, 1000) on conflict (case_id) do update set agency_id = excluded.agency_id, "
                        + "case_version = case_placement.case_version + 1")) {
            s.setObject(1, UUID.fromString(caseId));
            s.setString(2, agencyId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
