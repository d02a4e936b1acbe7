package org.collections.cases;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.SignedEvents;

/** Delivers signed events to the inbox the way the other services' relays do. */
public final class Events {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    public static Response deliver(String source, String type, Map<String, Object> payload) {
        return post(source, envelope(UUID.randomUUID(), source, type, payload));
    }

    /** The JSON of an event as a relay sends it, about the case named in its payload. */
    public static String envelope(UUID id, String source, String type, Map<String, Object> payload) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id.toString());
        envelope.put("type", type);
        envelope.put("source", source);
        envelope.put("aggregateId", payload.get("caseId"));
        envelope.put("occurredAt", "2026-11-23T10:00:00Z");
        envelope.put("payload", payload);
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts an event's JSON to the inbox, signed as {@code source} signs. */
    public static Response post(String source, String body) {
        return given().contentType(ContentType.JSON).headers(SignedEvents.headers(source, body)).body(body)
                .post("/internal/v1/events");
    }

    public static void fromPlanService(String type, Map<String, Object> payload) {
        deliver("plan-service", type, payload).then().statusCode(200);
    }
}
