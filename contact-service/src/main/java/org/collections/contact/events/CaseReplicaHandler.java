package org.collections.contact.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.outbox.EventEnvelope;
import org.collections.contact.model.Contactability;
import org.collections.contact.compliance.Restriction;
import org.collections.contact.repository.ContactSlotRepository;
import org.collections.contact.repository.ContactabilityRepository;

/**
 * Keeps the contactability replica from case-service's events. Each event carries the case version; an
 * event older than what was applied (late or out of order) changes nothing, so any delivery order converges
 * to the same state. A case that becomes restricted has its pending contacts cancelled in the same transaction.
 */
@ApplicationScoped
public class CaseReplicaHandler implements EventHandler {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CaseReplicaHandler.class);

    static final Set<String> TYPES = Set.of("CaseStatusChanged", "ContactRestrictionChanged", "CasePlaced", "CaseRecalled");

    @Inject
    ContactabilityRepository replica;

    @Inject
    ContactSlotRepository slots;

    @Inject
    Clock clock;

    @Override
    public boolean handles(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        UUID caseId = UUID.fromString(p.path("caseId").asText());
        long version = p.path("caseVersion").asLong();
        return replica.findById(caseId).chain(existing -> {
            if (existing != null && version < existing.caseVersion) {
                return Uni.createFrom().voidItem();
            }
            if (existing == null && !p.hasNonNull("debtorId")) {
                LOG.warnf("%s for unknown case %s without a debtor id; ignored", event.type(), caseId);
                return Uni.createFrom().voidItem();
            }
            Contactability c = existing != null ? existing : blank(caseId, p);
            c.caseVersion = version;
            c.updatedAt = clock.instant();
            switch (event.type()) {
                case "CaseStatusChanged" -> {
                    c.status = p.path("to").asText();
                    c.creditorId = text(p, "creditorId", c.creditorId);
                    c.jurisdiction = text(p, "jurisdiction", c.jurisdiction);
                    c.timeZone = text(p, "timeZone", c.timeZone);
                    c.agencyId = text(p, "agencyId", null);
                    c.restrictions(restrictions(p.path("restrictions")));
                }
                case "ContactRestrictionChanged" -> c.restrictions(restrictions(p.path("restrictions")));
                case "CasePlaced" -> c.agencyId = p.path("agencyId").asText();
                case "CaseRecalled" -> c.agencyId = null;
                default -> {
                }
            }
            Uni<Void> saved = existing != null ? Uni.createFrom().voidItem() : replica.persist(c).replaceWithVoid();
            // a restriction (dispute, cease, pause, closed, …) cancels every pending contact of the case at once
            return c.restrictionSet().isEmpty() ? saved : saved.chain(() -> slots.cancelOpen(caseId,
                    "case restricted: " + c.restrictions, clock.instant())).replaceWithVoid();
        });
    }

    private static Contactability blank(UUID caseId, JsonNode p) {
        Contactability c = new Contactability();
        c.caseId = caseId;
        c.debtorId = UUID.fromString(p.path("debtorId").asText());
        c.status = "UNKNOWN";
        c.restrictions = "";
        return c;
    }

    private static String text(JsonNode p, String field, String fallback) {
        JsonNode v = p.path(field);
        return v.isMissingNode() || v.isNull() ? fallback : v.asText();
    }

    private static Set<Restriction> restrictions(JsonNode list) {
        Set<Restriction> set = EnumSet.noneOf(Restriction.class);
        list.forEach(r -> Restriction.parse(r.asText())
                .ifPresentOrElse(set::add, () -> LOG.warnf("unknown restriction %s ignored", r.asText())));
        return set;
    }
}
