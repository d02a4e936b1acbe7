package org.collections.gateway.webhooks.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.outbox.EventEnvelope;
import org.collections.gateway.webhooks.client.CaseHoldings;
import org.collections.gateway.webhooks.domain.HeldEvent;
import org.collections.gateway.webhooks.domain.Holding;
import org.collections.gateway.webhooks.domain.WebhookEventTypes;
import org.collections.gateway.webhooks.repository.HeldEventRepository;
import org.collections.gateway.webhooks.repository.PlacementRepository;
import org.collections.gateway.webhooks.service.WebhookFanout;
import org.jboss.logging.Logger;

/**
 * Turns the suite's events into partner webhooks. CasePlaced and CaseRecalled update the gateway's replica of who
 * holds which case and go to the agency they name (a recalled agency learns it lost the case). Plan, payment and
 * breach events go to the agency that held the case when the event occurred. Placement events come on another relay
 * than the rest, so the replica may lag behind case-service both ways: an event no known placement explains is held
 * until a placement event of its case explains it (or it is dropped after {@code webhooks.held-event-retention}:
 * nobody held the case); an event the replica places within a placement not yet recalled is routed by case-service's
 * own placement history, since the recall may still be on its way and a recalled agency must not learn what happens
 * after it. Runs in the inbox transaction, so an event is turned into messages exactly once.
 */
@ApplicationScoped
public class WebhookEventHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(WebhookEventHandler.class);

    @Inject
    PlacementRepository placements;

    @Inject
    HeldEventRepository heldEvents;

    @Inject
    CaseHoldings caseHoldings;

    @Inject
    WebhookFanout fanout;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Override
    public boolean handles(String eventType) {
        return WebhookEventTypes.ALL.contains(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        UUID caseId = uuid(p.path("caseId"));
        if (caseId == null) {
            LOG.warnf("Event %s %s names no case; no webhook", event.type(), event.id());
            return Uni.createFrom().voidItem();
        }
        Instant at = event.occurredAt() != null ? event.occurredAt() : clock.instant();
        String body = WebhookPayloads.body(mapper, event, at);
        String messageId = "msg_" + event.id();
        return placements.lockCase(caseId).chain(() -> switch (event.type()) {
            case WebhookEventTypes.CASE_PLACED, WebhookEventTypes.CASE_RECALLED -> placement(event, caseId, at)
                    .chain(agency -> agency == null ? Uni.createFrom().voidItem()
                            : fanout.queue(agency, event.type(), messageId, body).replaceWithVoid())
                    .chain(() -> releaseHeld(caseId));
            default -> holderAt(caseId, at).chain(agency -> agency == null ? hold(event, caseId, at, body)
                    : fanout.queue(agency, event.type(), messageId, body).replaceWithVoid());
        });
    }

    /**
     * The agency that held the case at {@code at}, or null when none is known to. A placement the replica knows as
     * recalled is final; one it knows as open is confirmed with case-service.
     */
    private Uni<String> holderAt(UUID caseId, Instant at) {
        return placements.placementAt(caseId, at).chain(known -> {
            if (known == null || known.recalledAt != null) {
                return Uni.createFrom().item(known == null ? null : known.agencyId);
            }
            return caseHoldings.history(caseId).map(history -> Holding.holderAt(history, at).orElse(null));
        });
    }

    /** Keeps an event no known placement explains: its case's placement event may still be on its way. */
    private Uni<Void> hold(EventEnvelope event, UUID caseId, Instant at, String body) {
        HeldEvent held = new HeldEvent();
        held.eventId = event.id();
        held.caseId = caseId;
        held.eventType = event.type();
        held.body = body;
        held.occurredAt = at;
        held.receivedAt = clock.instant();
        return held.persist().replaceWithVoid();
    }

    /** Sends the case's held events that the placements now known explain to the agency then holding the case. */
    private Uni<Void> releaseHeld(UUID caseId) {
        return heldEvents.ofCase(caseId).chain(events -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (HeldEvent held : events) {
                chain = chain.chain(() -> holderAt(caseId, held.occurredAt).chain(agency -> agency == null
                        ? Uni.createFrom().voidItem()
                        : fanout.queue(agency, held.eventType, "msg_" + held.eventId, held.body)
                                .chain(() -> held.delete())));
            }
            return chain;
        });
    }

    /** Applies a placement event to the replica; returns the agency it names (null when malformed). */
    private Uni<String> placement(EventEnvelope event, UUID caseId, Instant at) {
        JsonNode p = event.payload();
        UUID placementId = uuid(p.path("placementId"));
        String agencyId = p.path("agencyId").asText(null);
        if (placementId == null || agencyId == null || agencyId.isBlank()) {
            LOG.warnf("Event %s %s lacks placement or agency; ignored", event.type(), event.id());
            return Uni.createFrom().nullItem();
        }
        long version = p.path("caseVersion").asLong(0);
        Uni<Void> applied = WebhookEventTypes.CASE_PLACED.equals(event.type())
                ? placements.placed(placementId, caseId, agencyId, at, version)
                : placements.recalled(placementId, caseId, agencyId, at, version);
        return applied.replaceWith(agencyId);
    }

    private static UUID uuid(JsonNode node) {
        try {
            return node.isTextual() ? UUID.fromString(node.asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
