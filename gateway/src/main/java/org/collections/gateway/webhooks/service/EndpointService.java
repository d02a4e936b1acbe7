package org.collections.gateway.webhooks.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.problem.ProblemException;
import org.collections.gateway.webhooks.config.WebhooksConfig;
import org.collections.gateway.webhooks.domain.EndpointAddresses;
import org.collections.gateway.webhooks.domain.WebhookEndpoint;
import org.collections.gateway.webhooks.domain.WebhookEventTypes;
import org.collections.gateway.webhooks.domain.WebhookSignatures;
import org.collections.gateway.webhooks.repository.DeliveryRepository;
import org.collections.gateway.webhooks.repository.EndpointRepository;

/**
 * Agencies' webhook endpoints: registered with a fresh secret (shown once, stored encrypted), listed, deleted and
 * given a new secret, the old one signing alongside for {@code webhooks.secret-overlap}. An agency sees and changes
 * only its own endpoints (others' are 404); an admin may list and delete any.
 */
@ApplicationScoped
public class EndpointService {

    static final int MAX_ENDPOINTS_PER_AGENCY = 10;

    /** Who asks: the acting subject, and the agency it speaks for (null for an admin). */
    public record Caller(String actor, String agencyId) {
    }

    public record Registration(String url, List<String> eventTypes) {
    }

    /** An endpoint and, right after registration or rotation only, its new secret in clear. */
    public record WithSecret(WebhookEndpoint endpoint, String secret) {
    }

    @Inject
    EndpointRepository endpoints;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    WebhooksConfig config;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<WithSecret> register(Caller caller, Registration registration) {
        EndpointAddresses.refuseUrl(registration.url(), config.allowLoopback()).ifPresent(reason -> {
            throw ProblemException.invalidField("url", reason);
        });
        List<String> types = eventTypes(registration.eventTypes());
        return endpoints.countLive(caller.agencyId()).chain(count -> {
            if (count >= MAX_ENDPOINTS_PER_AGENCY) {
                throw ProblemException.conflict("webhook-endpoint-limit",
                        "An agency may register at most " + MAX_ENDPOINTS_PER_AGENCY + " webhook endpoints");
            }
            String secret = WebhookSignatures.newSecret();
            WebhookEndpoint e = new WebhookEndpoint();
            e.id = UUID.randomUUID();
            e.agencyId = caller.agencyId();
            e.url = registration.url();
            e.eventTypes = String.join(",", types);
            e.secret = cipher.encrypt(secret);
            e.status = WebhookEndpoint.Status.ACTIVE;
            e.createdAt = clock.instant();
            e.createdBy = caller.actor();
            return e.<WebhookEndpoint>persist()
                    .chain(() -> audit.record(caller.actor(), "WEBHOOK_ENDPOINT_REGISTERED", "webhook_endpoint", e.id,
                            null, null, Map.of("agencyId", e.agencyId, "url", e.url, "eventTypes", types)))
                    .replaceWith(new WithSecret(e, secret));
        });
    }

    @WithSession
    public Uni<CursorPage<WebhookEndpoint>> list(Caller caller, String agencyFilter, Integer limit, String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 2);
        Instant afterAt;
        UUID afterId;
        try {
            afterAt = after == null ? null : Instant.parse(after.get(0));
            afterId = after == null ? null : UUID.fromString(after.get(1));
        } catch (RuntimeException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned; start again without it");
        }
        String agency = caller.agencyId() != null ? caller.agencyId() : agencyFilter;
        return endpoints.page(agency, afterAt, afterId, size)
                .map(rows -> CursorPage.of(rows, size, e -> Cursors.encode(e.createdAt.toString(), e.id.toString())));
    }

    @WithSession
    public Uni<WebhookEndpoint> get(Caller caller, UUID id) {
        return visible(caller, id);
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, UUID id) {
        return visible(caller, id).chain(e -> {
            e.status = WebhookEndpoint.Status.DELETED;
            e.statusReason = "deleted";
            return deliveries.cancelPending(e.id)
                    .chain(() -> audit.record(caller.actor(), "WEBHOOK_ENDPOINT_DELETED", "webhook_endpoint", e.id,
                            null, null, null));
        });
    }

    @WithTransaction
    public Uni<WithSecret> rotateSecret(Caller caller, UUID id) {
        return visible(caller, id).chain(e -> {
            Instant now = clock.instant();
            String secret = WebhookSignatures.newSecret();
            e.previousSecret = e.secret;
            e.previousSecretUntil = now.plus(config.secretOverlap());
            e.secret = cipher.encrypt(secret);
            return audit.record(caller.actor(), "WEBHOOK_SECRET_ROTATED", "webhook_endpoint", e.id, null, null,
                            Map.of("previousSecretValidUntil", e.previousSecretUntil.toString()))
                    .replaceWith(new WithSecret(e, secret));
        });
    }

    /** The endpoint if the caller may see it (an agency only its own, never a deleted one), else 404. */
    private Uni<WebhookEndpoint> visible(Caller caller, UUID id) {
        return endpoints.findById(id).map(e -> {
            if (e == null || e.status == WebhookEndpoint.Status.DELETED
                    || (caller.agencyId() != null && !caller.agencyId().equals(e.agencyId))) {
                throw ProblemException.notFound("Webhook endpoint", id);
            }
            return e;
        });
    }

    private static List<String> eventTypes(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw ProblemException.invalidField("eventTypes", "name at least one of " + WebhookEventTypes.ALL);
        }
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String type : requested) {
            if (type == null || !WebhookEventTypes.ALL.contains(type)) {
                throw ProblemException.invalidField("eventTypes", "each must be one of " + WebhookEventTypes.ALL);
            }
            types.add(type);
        }
        return List.copyOf(types);
    }
}
