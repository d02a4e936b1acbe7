package org.collections.gateway.webhooks.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.problem.ProblemException;
import org.collections.gateway.webhooks.domain.WebhookDelivery;
import org.collections.gateway.webhooks.domain.WebhookEndpoint;
import org.collections.gateway.webhooks.repository.DeliveryRepository;
import org.collections.gateway.webhooks.repository.EndpointRepository;

/** The admin's view of deliveries: list them by status (the dead-letter list is {@code DEAD}) and replay a dead one. */
@ApplicationScoped
public class DeliveryAdmin {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    EndpointRepository endpoints;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @WithSession
    public Uni<CursorPage<WebhookDelivery>> list(String status, Integer limit, String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        Long afterId;
        try {
            afterId = after == null ? null : Long.valueOf(after.get(0));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned; start again without it");
        }
        return deliveries.page(status(status), afterId, size)
                .map(rows -> CursorPage.of(rows, size, d -> Cursors.encode(d.id.toString())));
    }

    /** Queues a dead message again, with a fresh retry window; its webhook-id stays, so receivers can de-duplicate. */
    @WithTransaction
    public Uni<WebhookDelivery> replay(String actor, long id, String reason) {
        return deliveries.findById(id).chain(d -> {
            if (d == null) {
                throw ProblemException.notFound("Webhook delivery", id);
            }
            if (d.status != WebhookDelivery.Status.DEAD) {
                throw ProblemException.conflict("webhook-delivery-not-dead", "Only a dead delivery can be replayed");
            }
            return endpoints.findById(d.endpointId).chain(e -> {
                if (e == null || e.status != WebhookEndpoint.Status.ACTIVE) {
                    throw ProblemException.conflict("webhook-endpoint-inactive",
                            "The delivery's endpoint is disabled or deleted");
                }
                Instant now = clock.instant();
                d.status = WebhookDelivery.Status.PENDING;
                d.attempts = 0;
                d.retryFrom = now;
                d.nextAttemptAt = now;
                d.leaseToken = null;
                return audit.record(actor, "WEBHOOK_DELIVERY_REPLAYED", "webhook_delivery", d.id, reason,
                        Map.of("status", "DEAD"), Map.of("status", "PENDING")).replaceWith(d);
            });
        });
    }

    private static WebhookDelivery.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return WebhookDelivery.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of PENDING, DELIVERED, DEAD, CANCELLED");
        }
    }
}
