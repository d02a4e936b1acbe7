package org.collections.gateway.webhooks.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.gateway.webhooks.domain.WebhookDelivery;
import org.collections.gateway.webhooks.domain.WebhookEndpoint;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and view records of the webhook API, and the mapping from the domain. */
public final class WebhookViews {

    private WebhookViews() {
    }

    @Schema(name = "WebhookEndpointRegistration")
    public record EndpointRequest(
            @NotNull @Size(max = 2048) @Schema(required = true, examples = "https://hooks.agency.example/collections") String url,
            @NotNull @Size(min = 1, max = 6) @Schema(required = true, examples = "[\"CasePlaced\",\"CaseRecalled\",\"PaymentPosted\"]",
                    description = "Any of CasePlaced, CaseRecalled, PlanActivated, PlanBroken, PaymentPosted, ComplianceBreach")
            List<String> eventTypes) {
    }

    @Schema(name = "WebhookEndpoint")
    public record EndpointView(UUID id, String agencyId, String url, List<String> eventTypes, String status,
            Instant createdAt,
            @Schema(description = "While set, messages carry a second signature made with the previous secret")
            Instant previousSecretValidUntil) {

        static EndpointView of(WebhookEndpoint e) {
            return new EndpointView(e.id, e.agencyId, e.url, e.eventTypeList(), e.status.name(), e.createdAt,
                    e.previousSecretUntil);
        }
    }

    @RegisterForReflection // also written by the Idempotency-Key store, not only by REST
    @Schema(name = "WebhookEndpointWithSecret", description = "The secret is shown once: keep it to verify signatures")
    public record EndpointWithSecret(UUID id, String agencyId, String url, List<String> eventTypes, String status,
            Instant createdAt, Instant previousSecretValidUntil,
            @Schema(required = true, examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

        static EndpointWithSecret of(WebhookEndpoint e, String secret) {
            return new EndpointWithSecret(e.id, e.agencyId, e.url, e.eventTypeList(), e.status.name(), e.createdAt,
                    e.previousSecretUntil, secret);
        }
    }

    @Schema(name = "WebhookReplayRequest")
    public record ReplayRequest(@Size(max = 500) String reason) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(long id, String messageId, UUID endpointId, String eventType, String status,
            int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
            @Schema(description = "The HTTP status of the last answer, if any") Integer lastStatus,
            @Schema(description = "Why the last attempt failed (the receiver's body is never kept)") String lastError) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.messageId, d.endpointId, d.eventType, d.status.name(), d.attempts,
                    d.createdAt, d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.deliveredAt,
                    d.lastStatus, d.lastError);
        }
    }
}
