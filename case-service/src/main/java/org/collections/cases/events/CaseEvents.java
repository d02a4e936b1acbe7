package org.collections.cases.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CloseReason;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.Debtor;
import org.collections.cases.domain.Placement;
import org.collections.cases.domain.Restriction;
import org.collections.commons.outbox.Outbox;

/**
 * The events case-service publishes through its outbox. Each carries the case version so that a consumer
 * can ignore a snapshot older than one it has already applied.
 */
@ApplicationScoped
public class CaseEvents {

    public static final String STATUS_CHANGED = "CaseStatusChanged";
    public static final String RESTRICTION_CHANGED = "ContactRestrictionChanged";
    public static final String PLACED = "CasePlaced";
    public static final String RECALLED = "CaseRecalled";

    @Inject
    Outbox outbox;

    public record StatusChanged(UUID caseId, UUID debtorId, String creditorId, CaseStatus from, CaseStatus to,
            CloseReason closeReason, String reason, String actor, String jurisdiction, String timeZone,
            String agencyId, Set<Restriction> restrictions, long caseVersion) {
    }

    public record RestrictionChanged(UUID caseId, UUID debtorId, Set<Restriction> restrictions,
            boolean contactAllowed, LocalDate pausedUntil, String reason, long caseVersion) {
    }

    public record PlacementChanged(UUID caseId, UUID debtorId, UUID placementId, String agencyId, String creditorId,
            String reason, long caseVersion) {
    }

    public Uni<Void> statusChanged(CollectionCase c, CaseStatus from, String reason, String actor,
            String jurisdiction, String timeZone) {
        return outbox.publish(STATUS_CHANGED, c.id, new StatusChanged(c.id, c.debtorId, c.creditorId, from, c.status,
                c.closeReason, reason, actor, jurisdiction, timeZone, c.agencyId, c.restrictions(), c.version))
                .replaceWithVoid();
    }

    /** Publishes the case's restrictions when they differ from {@code before}. */
    public Uni<Void> restrictionsIfChanged(CollectionCase c, Set<Restriction> before, String reason) {
        Set<Restriction> now = c.restrictions();
        if (now.equals(before)) {
            return Uni.createFrom().voidItem();
        }
        return outbox.publish(RESTRICTION_CHANGED, c.id, new RestrictionChanged(c.id, c.debtorId, now, now.isEmpty(),
                c.pausedUntil, reason, c.version)).replaceWithVoid();
    }

    public Uni<Void> placed(CollectionCase c, Placement p) {
        return outbox.publish(PLACED, c.id, new PlacementChanged(c.id, c.debtorId, p.id, p.agencyId, c.creditorId, null, c.version))
                .replaceWithVoid();
    }

    public Uni<Void> recalled(CollectionCase c, Placement p) {
        return outbox.publish(RECALLED, c.id, new PlacementChanged(c.id, c.debtorId, p.id, p.agencyId,
                c.creditorId, p.recallReason, c.version)).replaceWithVoid();
    }

    /** Announces newly opened cases in bulk (one CaseStatusChanged from null to NEW each). */
    public Uni<Void> opened(List<CollectionCase> opened, Map<UUID, Debtor> debtorOfCase, String actor) {
        return outbox.publishAll(STATUS_CHANGED, opened.stream().map(c -> {
            Debtor d = debtorOfCase.get(c.id);
            return new Outbox.Pending(c.id, new StatusChanged(c.id, c.debtorId, c.creditorId, null, c.status, null,
                    "case opened", actor, d.jurisdiction, d.timeZone, c.agencyId, c.restrictions(), c.version));
        }).toList()).replaceWithVoid();
    }
}
