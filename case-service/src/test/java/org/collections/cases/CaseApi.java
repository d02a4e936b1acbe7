package org.collections.cases;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.Tokens;

/** Small helpers that speak the case API the way a client does. */
public final class CaseApi {

    private CaseApi() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static Map<String, Object> debtor(String nationalId, String phone) {
        return Map.of(
                "fullName", "Test Debtor " + nationalId,
                "nationalId", nationalId,
                "phones", List.of(phone),
                "emails", List.of("debtor" + nationalId + "@example.org"),
                "timeZone", "Asia/Shanghai",
                "jurisdiction", "CN",
                "preferredLanguage", "zh-CN");
    }

    public static Map<String, Object> debt(String principal, String currency, String oldestUnpaid) {
        return Map.of("product", "CREDIT_CARD", "principal", principal, "interest", "10.00", "fees", "5.00",
                "currency", currency, "oldestUnpaidDate", oldestUnpaid);
    }

    public static Map<String, Object> newCase(String creditor, String ref, Map<String, Object> debtor,
            List<Map<String, Object>> debts) {
        return Map.of("creditorId", creditor, "externalRef", ref, "debtor", debtor, "debts", debts);
    }

    /** A valid Chinese mobile number (+86 138 ...) derived from {@code seed}. */
    public static String mobileFor(String seed) {
        return String.format("+86 138 %08d", Math.floorMod(seed.hashCode(), 100_000_000));
    }

    /** Opens a case with a fresh debtor and one CNY debt of 1000.00 + 15.00 due 2026-09-01; returns its id. */
    public static String openCase() {
        String unique = UUID.randomUUID().toString().substring(0, 12);
        Response r = as(Tokens.admin())
                .body(newCase("ACME", "REF-" + unique, debtor("NID" + unique, mobileFor(unique)),
                        List.of(debt("1000.00", "CNY", "2026-09-01"))))
                .post("/api/v1/cases");
        r.then().statusCode(201);
        return r.path("id");
    }

    /** Registers an ACTIVE agency (as an admin) unless it is registered already. */
    public static void registerAgency(String agencyId) {
        int status = as(Tokens.admin()).body(Map.of("id", agencyId, "name", "Agency " + agencyId, "reason", "test"))
                .post("/api/v1/agencies").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("registering agency " + agencyId + " answered " + status);
        }
    }

    /** Places the case with the agency (registered first if need be); returns the placement id. */
    public static String place(String caseId, String agencyId) {
        registerAgency(agencyId);
        return as(Tokens.supervisor()).body(Map.of("agencyId", agencyId)).post("/api/v1/cases/" + caseId + "/placements")
                .then().statusCode(201).extract().path("id");
    }

    public static Response transition(String caseId, String to, Map<String, Object> extra) {
        var body = new java.util.HashMap<String, Object>(extra);
        body.put("to", to);
        body.putIfAbsent("reason", "test move to " + to);
        return as(Tokens.supervisor()).body(body).post("/api/v1/cases/" + caseId + "/transitions");
    }
}
