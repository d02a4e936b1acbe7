package org.collections.plans.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.outbox.EventEnvelope;
import org.collections.plans.domain.Restriction;
import org.collections.plans.service.EnforcementHolds;
import org.jboss.logging.Logger;

/**
 * Feeds the enforcement-hold replica from case-service's CaseStatusChanged and ContactRestrictionChanged events.
 * A hold starts or ends when the event says the change happened ({@code changedAt}, else when the event occurred).
 */
@ApplicationScoped
public class EnforcementHoldHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(EnforcementHoldHandler.class);

    static final Set<String> TYPES = Set.of("CaseStatusChanged", "ContactRestrictionChanged");

    @Inject
    EnforcementHolds holds;

    @Inject
    Clock clock;

    @Override
    public boolean handles(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        if (!p.path("restrictions").isArray()) { // no word on restrictions is not word that none is left
            LOG.warnf("%s %s carries no restrictions; ignored", event.type(), event.id());
            return Uni.createFrom().voidItem();
        }
        UUID caseId = UUID.fromString(p.path("caseId").asText());
        String reason = p.hasNonNull("reason") ? p.path("reason").asText() : null;
        return holds.apply(new EnforcementHolds.RestrictionsChanged(caseId, p.path("caseVersion").asLong(),
                restrictions(event, p.path("restrictions")), changedAt(event, p), actor(event), reason));
    }

    private static Set<Restriction> restrictions(EventEnvelope event, JsonNode list) {
        Set<Restriction> set = EnumSet.noneOf(Restriction.class);
        list.forEach(r -> Restriction.parse(r.asText()).ifPresentOrElse(set::add,
                () -> LOG.warnf("%s %s names restriction %s, unknown here; ignored", event.type(), event.id(), r.asText())));
        return set;
    }

    private Instant changedAt(EventEnvelope event, JsonNode p) {
        if (p.hasNonNull("changedAt")) {
            try {
                return Instant.parse(p.path("changedAt").asText());
            } catch (DateTimeParseException e) {
                LOG.warnf("%s %s has an unreadable changedAt; the time it occurred is used", event.type(), event.id());
            }
        }
        return event.occurredAt() != null ? event.occurredAt() : clock.instant();
    }

    private static String actor(EventEnvelope event) {
        return event.source() == null || event.source().isBlank() ? "case-service" : event.source();
    }
}
