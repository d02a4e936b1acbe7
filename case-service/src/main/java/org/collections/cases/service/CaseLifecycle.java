package org.collections.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CloseReason;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.Debtor;
import org.collections.cases.domain.PauseType;
import org.collections.cases.domain.Restriction;
import org.collections.cases.events.CaseEvents;
import org.collections.cases.repository.CaseRepository;
import org.collections.cases.repository.DebtorRepository;
import org.collections.commons.audit.AuditLog;

/**
 * The one way a case changes status: the move is checked, audited with actor and reason, and announced
 * (CaseStatusChanged, and ContactRestrictionChanged when what may be contacted changed), all in the caller's
 * transaction.
 */
@ApplicationScoped
public class CaseLifecycle {

    @Inject
    CaseRepository cases;

    @Inject
    DebtorRepository debtors;

    @Inject
    AuditLog audit;

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    public Uni<CollectionCase> move(CollectionCase c, CaseStatus target, CloseReason closeReason, LocalDate pausedUntil,
            String reason, String actor) {
        return move(c, target, closeReason, pausedUntil, null, reason, actor);
    }

    public Uni<CollectionCase> move(CollectionCase c, CaseStatus target, CloseReason closeReason, LocalDate pausedUntil,
            PauseType pauseType, String reason, String actor) {
        CaseStatus from = c.status;
        Set<Restriction> before = c.restrictions(LocalDate.now(clock));
        c.moveTo(target, closeReason, pausedUntil, pauseType, clock.instant());
        return cases.flush()
                .chain(() -> audit.record(actor, "STATUS_CHANGED", "case", c.id, reason,
                        Map.of("status", from), statusState(c)))
                .chain(() -> announce(c, from, before, reason, actor))
                .replaceWith(c);
    }

    /** Reopens a case closed by payment after a payment was reversed: audited with the reason and announced. */
    public Uni<CollectionCase> reopenAfterReversal(CollectionCase c, String reason, String actor) {
        Set<Restriction> before = c.restrictions(LocalDate.now(clock));
        Map<String, Object> closed = statusState(c);
        c.reopenAfterReversal(clock.instant());
        return cases.flush()
                .chain(() -> audit.record(actor, "STATUS_CHANGED", "case", c.id, reason, closed, statusState(c)))
                .chain(() -> audit.record(actor, "REOPENED", "case", c.id, reason, closed,
                        Map.of("status", c.status, "balance", c.balance().toPlainString())))
                .chain(() -> announce(c, CaseStatus.CLOSED, before, reason, actor))
                .replaceWith(c);
    }

    /** Announces a status change (also the creation of a case, with {@code from} null). */
    public Uni<Void> announce(CollectionCase c, CaseStatus from, Set<Restriction> before, String reason, String actor) {
        return debtors.findById(c.debtorId)
                .chain(debtor -> events.statusChanged(c, from, reason, actor, jurisdiction(debtor), zone(debtor)))
                .chain(() -> events.restrictionsIfChanged(c, before, reason));
    }

    private static Map<String, Object> statusState(CollectionCase c) {
        return c.closeReason != null ? Map.of("status", c.status, "closeReason", c.closeReason)
                : c.pausedUntil != null ? Map.of("status", c.status, "pausedUntil", c.pausedUntil.toString(),
                        "pauseType", c.pauseType)
                : Map.of("status", c.status);
    }

    private static String jurisdiction(Debtor debtor) {
        return debtor == null ? null : debtor.jurisdiction;
    }

    private static String zone(Debtor debtor) {
        return debtor == null ? null : debtor.timeZone;
    }
}
