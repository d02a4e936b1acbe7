package org.collections.cases.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collections.cases.domain.BreathingSpace;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CloseReason;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.Debtor;
import org.collections.cases.domain.PauseType;
import org.collections.cases.domain.Placement;
import org.collections.cases.domain.Restriction;
import org.collections.commons.outbox.Outbox;

/**
 * The events case-service publishes through its outbox, each by a named method here, its type name written once
 * below. Each carries the case version so that a consumer can ignore a snapshot older than one it has already applied.
 * The outbox writes the payload records with its own ObjectMapper call, which Quarkus cannot see: they (every nested
 * type) are registered for reflection in a native image.
 */
@ApplicationScoped
@RegisterForReflection(ignoreNested = false)
public class CaseEvents {

    private static final String STATUS_CHANGED = "CaseStatusChanged";
    private static final String RESTRICTION_CHANGED = "ContactRestrictionChanged";
    private static final String PLACED = "CasePlaced";
    private static final String RECALLED = "CaseRecalled";
    private static final String CONTACT_DETAILS_CHANGED = "DebtorContactDetailsChanged";
    public static final String PERSONAL_DATA_ERASED = "PersonalDataErased";

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public record StatusChanged(UUID caseId, UUID debtorId, String creditorId, CaseStatus from, CaseStatus to,
            CloseReason closeReason, PauseType pauseType, String reason, String actor, String jurisdiction,
            String timeZone, String agencyId, Set<Restriction> restrictions, long caseVersion, Instant changedAt) {
    }

    /** {@code breathingSpace} is the one in force, or null; its {@code endsOn} is null while a crisis is open. */
    public record RestrictionChanged(UUID caseId, UUID debtorId, Set<Restriction> restrictions,
            boolean contactAllowed, LocalDate pausedUntil, BreathingSpaceState breathingSpace, String reason,
            long caseVersion, Instant changedAt) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BreathingSpaceState(BreathingSpace.Type type, LocalDate startedOn, LocalDate endsOn) {
    }

    public record PlacementChanged(UUID caseId, UUID debtorId, UUID placementId, String agencyId, String creditorId,
            String reason, long caseVersion) {
    }

    /** The debtor's phones and e-mails, each encrypted with the transit cipher. */
    public record ContactDetailsChanged(UUID caseId, UUID debtorId, List<String> phones, List<String> emails,
            long caseVersion, Instant changedAt) {
    }

    /**
     * A closed case's personal data was erased after retention; {@code debtorErased}: the debtor's as well (no other
     * case keeps it). Receivers erase what they hold of it.
     */
    public record PersonalDataErased(UUID caseId, UUID debtorId, boolean debtorErased, Instant erasedAt) {
    }

    public Uni<Void> personalDataErased(List<PersonalDataErased> erased) {
        return outbox.publishAll(PERSONAL_DATA_ERASED, erased.stream()
                .map(e -> new Outbox.Pending(e.caseId(), e)).toList()).replaceWithVoid();
    }

    public Uni<Void> statusChanged(CollectionCase c, CaseStatus from, String reason, String actor,
            String jurisdiction, String timeZone) {
        Instant now = clock.instant();
        return outbox.publish(STATUS_CHANGED, c.id, new StatusChanged(c.id, c.debtorId, c.creditorId, from, c.status,
                c.closeReason, c.pauseType, reason, actor, jurisdiction, timeZone, c.agencyId,
                c.restrictions(today(now)), c.version, now)).replaceWithVoid();
    }

    /** Publishes the case's restrictions when they differ from {@code before}. */
    public Uni<Void> restrictionsIfChanged(CollectionCase c, Set<Restriction> before, String reason) {
        if (c.restrictions(today(clock.instant())).equals(before)) {
            return Uni.createFrom().voidItem();
        }
        return restrictions(c, reason);
    }

    /** Publishes the case's restrictions as they are now (a Breathing Space started, ended or expired). */
    public Uni<Void> restrictions(CollectionCase c, String reason) {
        Instant now = clock.instant();
        LocalDate today = today(now);
        Set<Restriction> restrictions = c.restrictions(today);
        BreathingSpace space = c.breathingSpaceInForce(today);
        return outbox.publish(RESTRICTION_CHANGED, c.id, new RestrictionChanged(c.id, c.debtorId, restrictions,
                restrictions.isEmpty(), c.pausedUntil, space == null ? null
                        : new BreathingSpaceState(space.type(), space.startedOn(), space.endsOn()),
                reason, c.version, now)).replaceWithVoid();
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
        Instant now = clock.instant();
        return outbox.publishAll(STATUS_CHANGED, opened.stream().map(c -> {
            Debtor d = debtorOfCase.get(c.id);
            return new Outbox.Pending(c.id, new StatusChanged(c.id, c.debtorId, c.creditorId, null, c.status, null,
                    null, "case opened", actor, d.jurisdiction, d.timeZone, c.agencyId, c.restrictions(today(now)),
                    c.version, now));
        }).toList()).replaceWithVoid();
    }

    /** One DebtorContactDetailsChanged per case; the values must already be transit-encrypted. */
    public Uni<Void> contactDetails(List<ContactDetailsChanged> changes) {
        return outbox.publishAll(CONTACT_DETAILS_CHANGED, changes.stream()
                .map(change -> new Outbox.Pending(change.caseId(), change)).toList()).replaceWithVoid();
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
