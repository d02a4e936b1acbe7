package org.collections.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.collections.testsupport.ServiceProcess;

/** Delivers events to a service's inbox the way another service's relay does: enveloped and HMAC-signed. */
final class Events {

    /** The DEV-ONLY secret of the local profile, which the system-test profile inherits. */
    private static final String SECRET = "DEV-ONLY-event-signing-secret";
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
        return given().baseUri(to.url()).contentType("application/json").header("X-Event-Signature", sign(body)).body(body)
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

    private static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
