package org.collections.system;

import static org.collections.system.Scenario.as;
import static org.collections.system.Scenario.suite;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.collections.testsupport.Tokens;

/** contact-service, as the scenarios use it. */
final class Contacts {

    private Contacts() {
    }

    /** Waits until contact-service has learnt of the case from case-service's events. */
    static void awaitKnown(String caseId) {
        Awaitility.await("contact-service knows case " + caseId).atMost(Eventually.EVENT_DELIVERY)
                .pollInterval(Duration.ofMillis(100)).until(() -> decide(caseId, "CALL").statusCode() == 200);
    }

    static Response decide(String caseId, String channel) {
        return as(suite.contacts, Tokens.collector()).body(Map.of("caseId", caseId, "channel", channel))
                .post("/api/v1/contact-decisions");
    }

    /** Adds a phone number of the debtor; returns the contact point id. */
    static String addPhone(String debtorId, String number) {
        return as(suite.contacts, Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "PHONE", "value", number))
                .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
    }

    /** Asks for a contact of the channel now; returns the scheduled slot. */
    static Response request(String caseId, String channel, String contactPointId) {
        return as(suite.contacts, Tokens.collector())
                .body(Map.of("caseId", caseId, "channel", channel, "contactPointId", contactPointId))
                .post("/api/v1/contact-requests");
    }

    /** Asks for a decision now as {@code token}; 200 expected. */
    static io.restassured.path.json.JsonPath decision(String token, String caseId, String channel, String contactPointId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("caseId", caseId, "channel", channel));
        if (contactPointId != null) {
            body.put("contactPointId", contactPointId);
        }
        return as(suite.contacts, token).body(body).post("/api/v1/contact-decisions").then().statusCode(200).extract()
                .jsonPath();
    }

    /** Records an outbound attempt with the debtor now, under {@code decisionId} when it is not null. */
    static io.restassured.path.json.JsonPath attempt(String token, String caseId, String channel, String contactPointId,
            String outcome, String decisionId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("caseId", caseId, "channel", channel,
                "direction", "OUTBOUND", "person", "DEBTOR", "outcome", outcome));
        if (contactPointId != null) {
            body.put("contactPointId", contactPointId);
        }
        if (decisionId != null) {
            body.put("decisionId", decisionId);
        }
        return as(suite.contacts, token).body(body).post("/api/v1/attempts").then().statusCode(201).extract().jsonPath();
    }

    /** The debtor's contact points as {@code token} sees them. */
    static java.util.List<Map<String, Object>> points(String token, String debtorId) {
        return as(suite.contacts, token).queryParam("debtorId", debtorId).get("/api/v1/contact-points").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    static String slotStatus(String caseId, String slotId) {
        return as(suite.contacts, Tokens.collector()).queryParam("caseId", caseId).get("/api/v1/contact-requests")
                .then().statusCode(200).extract().jsonPath().param("id", slotId)
                .getString("items.find { it.id == id }.status");
    }
}
