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

    private static final String STATUS = "ACTIVE (messages are delivered), DISABLED (the receiver answered 410 Gone) or "
            + "DELETED";

    private WebhookViews() {
    }

    @Schema(name = "WebhookEndpointRegistration")
    public record EndpointRequest(
            @NotNull @Size(max = 2048) @Schema(required = true, examples = "https://hooks.agency.example/collections",
                    description = "Where to deliver: an absolute https:// URL on a public host, without credentials "
                            + "or fragment, up to 2048 characters") String url,
            @NotNull @Size(min = 1, max = 6) @Schema(required = true, examples = "[\"CasePlaced\",\"CaseRecalled\",\"PaymentPosted\"]",
                    description = "Any of CasePlaced, CaseRecalled, PlanActivated, PlanBroken, PaymentPosted, ComplianceBreach")
            List<String> eventTypes) {
    }

    @Schema(name = "WebhookEndpoint")
    public record EndpointView(@Schema(description = "The endpoint's id") UUID id,
            @Schema(description = "The agency it belongs to", examples = "AGENCY-A") String agencyId,
            @Schema(description = "Where messages are delivered", examples = "https://hooks.agency.example/collections")
            String url,
            @Schema(description = "The event types delivered to it", examples = "[\"CasePlaced\",\"CaseRecalled\"]")
            List<String> eventTypes,
            @Schema(description = STATUS, examples = "ACTIVE") String status,
            @Schema(description = "When it was registered (UTC)") Instant createdAt,
            @Schema(description = "While set, messages carry a second signature made with the previous secret")
            Instant previousSecretValidUntil) {

        static EndpointView of(WebhookEndpoint e) {
            return new EndpointView(e.id, e.agencyId, e.url, e.eventTypeList(), e.status.name(), e.createdAt,
                    e.previousSecretUntil);
        }
    }

    @RegisterForReflection // also written by the Idempotency-Key store, not only by REST
    @Schema(name = "WebhookEndpointWithSecret", description = "The secret is shown once: keep it to verify signatures")
    public record EndpointWithSecret(@Schema(description = "The endpoint's id") UUID id,
            @Schema(description = "The agency it belongs to", examples = "AGENCY-A") String agencyId,
            @Schema(description = "Where messages are delivered", examples = "https://hooks.agency.example/collections")
            String url,
            @Schema(description = "The event types delivered to it", examples = "[\"CasePlaced\",\"CaseRecalled\"]")
            List<String> eventTypes,
            @Schema(description = STATUS, examples = "ACTIVE") String status,
            @Schema(description = "When it was registered (UTC)") Instant createdAt,
            @Schema(description = "While set, messages carry a second signature made with the previous secret; null "
                    + "otherwise") Instant previousSecretValidUntil,
            @Schema(required = true, description = "The signing secret (Standard Webhooks, whsec_ prefix): verify the "
                    + "webhook-signature header with it; shown this once",
                    examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

        static EndpointWithSecret of(WebhookEndpoint e, String secret) {
            return new EndpointWithSecret(e.id, e.agencyId, e.url, e.eventTypeList(), e.status.name(), e.createdAt,
                    e.previousSecretUntil, secret);
        }
    }

    @Schema(name = "WebhookReplayRequest")
    public record ReplayRequest(@Size(max = 500) @Schema(description = "Why, up to 500 characters; audited; default "
            + "\"replayed by an admin\"", examples = "Receiver fixed its TLS certificate") String reason) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(@Schema(description = "The delivery's id") long id,
            @Schema(description = "The message's id, sent as the webhook-id header; the same for every attempt and a "
                    + "replay, so receivers can drop duplicates") String messageId,
            @Schema(description = "The endpoint it goes to") UUID endpointId,
            @Schema(description = "The event type", examples = "CasePlaced") String eventType,
            @Schema(description = "PENDING (being tried), DELIVERED (answered 2xx), DEAD (not delivered within the retry "
                    + "window, 24 hours by default) or CANCELLED (its endpoint was deleted)",
                    examples = "PENDING") String status,
            @Schema(description = "Attempts made so far", examples = "1") int attempts,
            @Schema(description = "When the message was queued (UTC)") Instant createdAt,
            @Schema(description = "When the next attempt is due (UTC); null unless PENDING") Instant nextAttemptAt,
            @Schema(description = "When it was delivered (UTC); null until DELIVERED") Instant deliveredAt,
            @Schema(description = "The HTTP status of the last answer, if any") Integer lastStatus,
            @Schema(description = "Why the last attempt failed (the receiver's body is never kept)") String lastError) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.messageId, d.endpointId, d.eventType, d.status.name(), d.attempts,
                    d.createdAt, d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.deliveredAt,
                    d.lastStatus, d.lastError);
        }
    }
}
