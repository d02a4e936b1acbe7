package org.collections.plans;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;

/** Talks to the real case-service the tests run against. */
public final class Cases {

    private Cases() {
    }

    public static String url() {
        return ConfigProvider.getConfig().getValue("test.case-service.url", String.class);
    }

    /** Opens an ACTIVE case owing {@code principal} (no interest or fees) in {@code currency}; returns its id. */
    public static String open(String principal, String currency) {
        return open(principal, currency, "PLAN-TEST");
    }

    public static String open(String principal, String currency, String creditorId) {
        String ref = UUID.randomUUID().toString().substring(0, 12);
        Map<String, Object> body = Map.of("creditorId", creditorId, "externalRef", ref,
                "debtor", Map.of("fullName", "Plan Debtor", "nationalId", "PLANNID" + ref, "timeZone", "Asia/Shanghai",
                        "jurisdiction", "CN"),
                "debts", List.of(Map.of("product", "CONSUMER_LOAN", "principal", principal, "currency", currency,
                        "oldestUnpaidDate", "2026-09-01")));
        String id = given().baseUri(url()).auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        move(id, Map.of("to", "ACTIVE", "reason", "test"));
        return id;
    }

    public static void move(String caseId, Map<String, Object> transition) {
        given().baseUri(url()).auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(transition)
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200);
    }

    public static void dispute(String caseId) {
        given().baseUri(url()).auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", "not mine"))
                .post("/api/v1/cases/" + caseId + "/disputes").then().statusCode(201);
    }

    public static Map<String, Object> get(String caseId) {
        return given().baseUri(url()).auth().oauth2(Tokens.admin()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().as(Map.class);
    }

    /** Registers an ACTIVE agency in case-service (as an admin) unless it is registered already. */
    public static void registerAgency(String agencyId) {
        int status = io.restassured.RestAssured.given().baseUri(url()).auth().oauth2(org.collections.testsupport.Tokens.admin())
                .contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("id", agencyId, "name", "Agency " + agencyId, "reason", "test"))
                .post("/api/v1/agencies").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("registering agency " + agencyId + " answered " + status);
        }
    }
}
