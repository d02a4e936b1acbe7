package org.collections.system;

import static org.collections.system.Scenario.as;
import static org.collections.system.Scenario.suite;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.Tokens;

/** case-service, as the scenarios use it. */
final class Cases {

    private Cases() {
    }

    /** Opens an ACTIVE case of a debtor in New York (US rules) owing {@code principal} USD; returns its id. */
    static String openInNewYork(String creditorId, String principal) {
        return open(creditorId, principal, "USD", "America/New_York", "US", "+1 212 555 0147");
    }

    /** Opens an ACTIVE case of a debtor with one phone number, in the zone and jurisdiction given; returns its id. */
    static String open(String creditorId, String principal, String currency, String zone, String jurisdiction,
            String phone) {
        String ref = UUID.randomUUID().toString().substring(0, 12);
        Map<String, Object> body = Map.of("creditorId", creditorId, "externalRef", ref,
                "debtor", Map.of("fullName", "Sam Rivera", "nationalId", "SYS" + ref, "phones", List.of(phone),
                        "timeZone", zone, "jurisdiction", jurisdiction, "preferredLanguage", "en"),
                "debts", List.of(Map.of("product", "CONSUMER_LOAN", "principal", principal, "currency", currency,
                        "oldestUnpaidDate", "2026-09-01")));
        String id = as(suite.cases, Tokens.admin()).body(body).post("/api/v1/cases").then().statusCode(201).extract().path("id");
        move(id, "ACTIVE");
        return id;
    }

    /** Starts a standard Breathing Space today. */
    static void startBreathingSpace(String caseId) {
        as(suite.cases, Tokens.collector()).body(Map.of("type", "STANDARD", "reason", "DRS notification"))
                .post("/api/v1/cases/" + caseId + "/breathing-space").then().statusCode(201);
    }

    /** Ends the Breathing Space in force today (a standard one ends at once). */
    static void endBreathingSpace(String caseId) {
        as(suite.cases, Tokens.collector()).body(Map.of("reason", "Debt adviser cancelled it"))
                .post("/api/v1/cases/" + caseId + "/breathing-space/end").then().statusCode(200);
    }

    /** The actions in the case's audit history, oldest first. */
    static List<String> historyActions(String caseId) {
        return as(suite.cases, Tokens.admin()).get("/api/v1/cases/" + caseId + "/history").then().statusCode(200)
                .extract().jsonPath().getList("events.action");
    }

    static void move(String caseId, String to) {
        as(suite.cases, Tokens.admin()).body(Map.of("to", to, "reason", "system test"))
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200);
    }

    static Map<String, Object> get(String caseId) {
        return as(suite.cases, Tokens.admin()).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().as(Map.class);
    }

    static String status(String caseId) {
        return (String) get(caseId).get("status");
    }

    static String debtorId(String caseId) {
        return (String) get(caseId).get("debtorId");
    }

    /** Files a dispute; returns its id. */
    static String dispute(String caseId) {
        return as(suite.cases, Tokens.admin()).body(Map.of("reason", "Debtor says it is not their debt"))
                .post("/api/v1/cases/" + caseId + "/disputes").then().statusCode(201).extract().path("id");
    }

    static void resolveDispute(String caseId, String disputeId) {
        as(suite.cases, Tokens.admin()).body(Map.of("outcome", "REJECTED", "note", "Signed agreement on file"))
                .post("/api/v1/cases/" + caseId + "/disputes/" + disputeId + "/resolution").then().statusCode(200);
    }

    /** Registers an ACTIVE agency unless it is registered already (the scenarios use unique agency ids). */
    static void registerAgency(String agencyId) {
        int status = as(suite.cases, Tokens.admin())
                .body(Map.of("id", agencyId, "name", "Agency " + agencyId, "reason", "Partner contract signed"))
                .post("/api/v1/agencies").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("registering agency " + agencyId + " answered " + status);
        }
    }

    /** Places the case with an agency, registered first; returns the placement id. */
    static String place(String caseId, String agencyId) {
        registerAgency(agencyId);
        return as(suite.cases, Tokens.admin()).body(Map.of("agencyId", agencyId))
                .post("/api/v1/cases/" + caseId + "/placements").then().statusCode(201).extract().path("id");
    }

    static void recall(String caseId, String placementId) {
        as(suite.cases, Tokens.admin()).body(Map.of("reason", "Placement period ended"))
                .post("/api/v1/cases/" + caseId + "/placements/" + placementId + "/recall").then().statusCode(200);
    }
}
