package org.collections.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.ServiceProcess;
import org.collections.testsupport.SignedEvents;

/** Delivers events to a service's inbox the way another service's relay does: enveloped and signed with the DEV-ONLY key of the sending service. */
final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    record Event(UUID id, String type, String source, String aggregateId, Map<String, Object> payload) {

        static Event of(String type, String source, String aggregateId, Map<String, Object> payload) {
            return new Event(UUID.randomUUID(), type, source, aggregateId, payload);
        }
    }

    /** Posts the event to the service's inbox; returns the HTTP status. */
    static int deliver(ServiceProcess to, Event event) {
        String body = envelope(event);
        return given().baseUri(to.url()).contentType("application/json").headers(SignedEvents.headers(event.source(), body)).body(body)
                .post("/internal/v1/events").statusCode();
    }

    private static String envelope(Event e) {
        try {
            return JSON.writeValueAsString(Map.of("id", e.id().toString(), "type", e.type(), "source", e.source(),
                    "aggregateId", e.aggregateId(), "occurredAt", Instant.now().toString(), "payload", e.payload()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
