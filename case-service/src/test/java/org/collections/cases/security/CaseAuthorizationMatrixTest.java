package org.collections.cases.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.collections.testsupport.Tokens;
import org.collections.testsupport.authz.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

/** Every operation of case-service × every kind of caller, as the table authorization-matrix.psv says. */
@QuarkusTest
class CaseAuthorizationMatrixTest {

    static final String AGENCY_A = "AGENCY-A";
    static final String AGENCY_B = "AGENCY-B";

    @Test
    void everyCallerGetsExactlyTheAnswerTheTableGives() {
        org.collections.cases.CaseApi.registerAgency(AGENCY_A);
        org.collections.cases.CaseApi.registerAgency(AGENCY_B);
        AuthorizationMatrix matrix = AuthorizationMatrix.load("authorization-matrix.psv");
        List<String> mismatches = matrix.check("http://localhost:" + RestAssured.port,
                AuthorizationMatrix.callers(AGENCY_A, AGENCY_B), CaseAuthorizationMatrixTest::fixture);
        assertThat(mismatches).as("cells of the authorization matrix answered otherwise (table printed above)").isEmpty();
    }

    @Test
    void aStoredAnswerIsReplayedOnlyToTheSameSubjectInTheSameRole() {
        String unique = UUID.randomUUID().toString().substring(0, 12);
        String body = json(newCase("BD" + unique, phone()));
        String key = "bound-" + unique;
        as(Tokens.mint("shared-subject", "collector", null)).header("Idempotency-Key", key).body(body).post("/api/v1/cases")
                .then().statusCode(201);
        var again = as(Tokens.mint("shared-subject", "collector", null)).header("Idempotency-Key", key).body(body)
                .post("/api/v1/cases");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        // the same subject in another role is another caller: no stored answer for it
        var otherRole = as(Tokens.mint("shared-subject", "supervisor", null)).header("Idempotency-Key", key).body(body)
                .post("/api/v1/cases");
        assertThat(otherRole.header("Idempotent-Replayed")).as("replayed to another role").isNotEqualTo("true");
    }

    /** Fresh resources for one cell: only those the row's request and body name. */
    static Map<String, String> fixture(String template) {
        Map<String, String> v = new HashMap<>();
        String unique = UUID.randomUUID().toString().substring(0, 12);
        v.put("unique", unique);
        v.put("newCase", json(newCase("MX" + unique, phone())));
        v.put("newDebtor", json(debtor("MD" + unique, phone())));
        v.put("importLine", "{\"creditorId\":\"ACME\",\"externalRef\":\"IMP-" + unique + "\",\"fullName\":\"Import Debtor\","
                + "\"nationalId\":\"IM" + unique + "\",\"phones\":\"+8613900000000\",\"timeZone\":\"Asia/Shanghai\","
                + "\"jurisdiction\":\"CN\",\"preferredLanguage\":\"zh-CN\",\"product\":\"CREDIT_CARD\",\"principal\":\"100.00\","
                + "\"currency\":\"CNY\",\"oldestUnpaidDate\":\"2026-09-01\"}");
        if (template.contains("${openCase}")) {
            v.put("openCase", open("OC" + unique, phone()));
        }
        if (template.contains("${replay")) {
            String key = "matrix-" + unique;
            String body = json(newCase("RP" + unique, phone()));
            as(Tokens.collector()).header("Idempotency-Key", key).body(body).post("/api/v1/cases").then().statusCode(201);
            v.put("replayKey", key);
            v.put("replayBody", body);
        }
        if (template.contains("${placed")) {
            String phone = phone();
            String placed = open("PL" + unique, phone);
            v.put("placedCase", placed);
            v.put("placedNationalId", "PL" + unique);
            v.put("placedPhoneQuery", phone.replace("+", "%2B"));
            v.put("placedDebtor", as(Tokens.admin()).get("/api/v1/cases/" + placed).path("debtorId"));
            v.put("placedPlacement", place(placed));
        }
        if (template.contains("${placedDisputedCase}")) {
            String disputed = open("PD" + unique, phone());
            place(disputed);
            v.put("placedDisputedCase", disputed);
            v.put("placedDispute", as(Tokens.collector()).body(Map.of("reason", "not my debt"))
                    .post("/api/v1/cases/" + disputed + "/disputes").then().statusCode(201).extract().path("id"));
        }
        if (template.contains("${placedRestingCase}")) {
            String resting = open("PR" + unique, phone());
            place(resting);
            v.put("placedRestingCase", resting);
            v.put("placedBreathingSpace", as(Tokens.collector()).body(Map.of("type", "STANDARD", "reason", "DRS notification"))
                    .post("/api/v1/cases/" + resting + "/breathing-space").then().statusCode(201).extract().path("id"));
        }
        return v;
    }

    private static String open(String nationalId, String phone) {
        return as(Tokens.admin()).body(json(newCase(nationalId, phone))).post("/api/v1/cases").then().statusCode(201)
                .extract().path("id");
    }

    private static String place(String caseId) {
        return as(Tokens.supervisor()).body(Map.of("agencyId", AGENCY_A)).post("/api/v1/cases/" + caseId + "/placements")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> newCase(String nationalId, String phone) {
        return Map.of("creditorId", "ACME", "externalRef", "REF-" + nationalId, "debtor", debtor(nationalId, phone),
                "debts", List.of(Map.of("product", "CREDIT_CARD", "principal", "1000.00", "currency", "CNY",
                        "oldestUnpaidDate", "2026-09-01")));
    }

    private static Map<String, Object> debtor(String nationalId, String phone) {
        return Map.of("fullName", "Matrix Debtor", "nationalId", nationalId, "phones", List.of(phone),
                "timeZone", "Asia/Shanghai", "jurisdiction", "CN", "preferredLanguage", "zh-CN");
    }

    private static String phone() {
        return "+86138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
