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

    static String slotStatus(String caseId, String slotId) {
        return as(suite.contacts, Tokens.collector()).queryParam("caseId", caseId).get("/api/v1/contact-requests")
                .then().statusCode(200).extract().jsonPath().param("id", slotId)
                .getString("find { it.id == id }.status");
    }
}
