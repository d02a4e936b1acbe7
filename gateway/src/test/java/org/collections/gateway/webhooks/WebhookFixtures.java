package org.collections.gateway.webhooks;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.SignedEvents;

/** Events as the services' relays deliver them, and the agency-facing webhook API. */
final class WebhookFixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final List<String> ALL_TYPES = List.of("CasePlaced", "CaseRecalled", "PlanActivated", "PlanBroken",
            "PaymentPosted", "ComplianceBreach");

    private WebhookFixtures() {
    }

    record Endpoint(String id, String secret) {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Endpoint register(String token, String url, List<String> types) {
        Response r = as(token).body(Map.of("url", url, "eventTypes", types)).post("/api/v1/webhook-endpoints");
        r.then().statusCode(201);
        return new Endpoint(r.path("id"), r.path("secret"));
    }

    /** Delivers one signed event to the gateway's inbox; returns its id. */
    static UUID event(String source, String type, Instant occurredAt, Map<String, Object> payload) {
        UUID id = UUID.randomUUID();
        int status = deliver(id, source, type, occurredAt, payload);
        if (status != 200) {
            throw new AssertionError("the gateway's inbox answered " + status + " to " + type + " " + id);
        }
        return id;
    }

    /** Delivers one signed event to the gateway's inbox as a relay would (again, when it retries); returns the status. */
    static int deliver(UUID id, String source, String type, Instant occurredAt, Map<String, Object> payload) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id.toString());
        envelope.put("type", type);
        envelope.put("source", source);
        envelope.put("aggregateId", payload.get("caseId"));
        envelope.put("occurredAt", occurredAt.toString());
        envelope.put("payload", payload);
        try {
            String body = MAPPER.writeValueAsString(envelope);
            return given().contentType(ContentType.JSON).headers(SignedEvents.headers(source, body)).body(body)
                    .post("/internal/v1/events").statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The placement happens in case-service and its event reaches the gateway. */
    static UUID placed(UUID caseId, UUID placementId, String agency, long version, Instant at) {
        CaseServiceStub.placed(caseId, placementId, agency, at);
        return event("case-service", "CasePlaced", at, Map.of("caseId", caseId.toString(), "debtorId",
                UUID.randomUUID().toString(), "placementId", placementId.toString(), "agencyId", agency,
                "creditorId", "CRED-1", "caseVersion", version));
    }

    /** The recall happens in case-service and its event reaches the gateway. */
    static UUID recalled(UUID caseId, UUID placementId, String agency, long version, Instant at) {
        CaseServiceStub.recalled(caseId, placementId, at);
        return event("case-service", "CaseRecalled", at, Map.of("caseId", caseId.toString(), "debtorId",
                UUID.randomUUID().toString(), "placementId", placementId.toString(), "agencyId", agency,
                "creditorId", "CRED-1", "reason", "Debtor Wang Fang asked for the lender", "caseVersion", version));
    }

    static UUID paymentPosted(UUID caseId, String amount, Instant at) {
        return event("plan-service", "PaymentPosted", at, payment(caseId, amount));
    }

    static Map<String, Object> payment(UUID caseId, String amount) {
        return Map.of("caseId", caseId.toString(), "planId", UUID.randomUUID().toString(), "paymentId",
                UUID.randomUUID().toString(), "amount", amount, "currency", "CNY", "payerReference",
                "WANG FANG 13800138000");
    }

    /** Verifies a received request with the Standard Webhooks reference library; throws when it does not verify. */
    static void verify(String secret, LoggedRequest request) throws Exception {
        new Webhook(secret).verify(request.getBodyAsString(), HttpHeaders.of(Map.of(
                "webhook-id", List.of(request.getHeader("webhook-id")),
                "webhook-timestamp", List.of(request.getHeader("webhook-timestamp")),
                "webhook-signature", List.of(request.getHeader("webhook-signature"))), (a, b) -> true));
    }
}
