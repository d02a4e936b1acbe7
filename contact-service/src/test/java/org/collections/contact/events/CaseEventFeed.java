package org.collections.contact.events;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.SignedEvents;
import org.collections.commons.outbox.EventSignature;

/** Delivers signed case-service events to contact-service's inbox, as case-service's relay does. */
public record CaseEventFeed(EventSignature signature) {

    public Response deliver(UUID eventId, String type, Map<String, Object> payload) throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("id", eventId.toString(), "type", type,
                "source", "case-service", "aggregateId", payload.get("caseId"), "occurredAt", "2026-11-23T10:00:00Z",
                "payload", payload));
        return given().contentType(ContentType.JSON).headers(SignedEvents.headers("case-service", body)).body(body)
                .post("/internal/v1/events");
    }

    /** Announces a new case as case-service does; returns {caseId, debtorId}. */
    public String[] openCase(String jurisdiction, String zone) throws Exception {
        String caseId = UUID.randomUUID().toString();
        String debtorId = UUID.randomUUID().toString();
        Map<String, Object> opened = new HashMap<>(Map.of("caseId", caseId, "debtorId", debtorId, "creditorId", "ACME",
                "to", "NEW", "jurisdiction", jurisdiction, "timeZone", zone, "restrictions", List.of(), "caseVersion", 0));
        deliver(UUID.randomUUID(), "CaseStatusChanged", opened).then().statusCode(200);
        return new String[] {caseId, debtorId};
    }
}
