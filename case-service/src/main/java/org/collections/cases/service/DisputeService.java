package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.Dispute;
import org.collections.cases.domain.IllegalTransitionException;
import org.collections.cases.repository.DisputeRepository;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;

/** Filing a dispute pauses collection (case DISPUTED); resolving it resumes collection (case ACTIVE). */
@ApplicationScoped
public class DisputeService {

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    DisputeRepository disputes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Dispute> file(UUID caseId, CaseCommands.FileDispute command, String actor) {
        return access.load(caseId).chain(c -> {
            if (c.status == CaseStatus.DISPUTED) {
                throw new IllegalTransitionException("Case " + caseId + " already has an open dispute");
            }
            Dispute d = new Dispute();
            d.id = UUID.randomUUID();
            d.caseId = caseId;
            d.reason = command.reason();
            d.filedAt = clock.instant();
            d.filedBy = actor;
            return lifecycle.move(c, CaseStatus.DISPUTED, null, null, "dispute filed: " + command.reason(), actor)
                    .chain(() -> disputes.persist(d))
                    .chain(() -> audit.record(actor, "DISPUTE_FILED", "case", caseId, command.reason(), null,
                            Map.of("disputeId", d.id)))
                    .replaceWith(d);
        });
    }

    @WithTransaction
    public Uni<Dispute> resolve(UUID caseId, UUID disputeId, CaseCommands.ResolveDispute command, String actor) {
        return access.load(caseId).chain(c -> disputes.findById(disputeId).chain(d -> {
            if (d == null || !d.caseId.equals(caseId)) {
                throw ProblemException.notFound("Dispute", disputeId);
            }
            if (!d.isOpen()) {
                throw ProblemException.conflict("dispute-resolved", "Dispute " + disputeId + " was resolved at "
                        + d.resolvedAt);
            }
            d.outcome = command.outcome();
            d.resolutionNote = command.note();
            d.resolvedAt = clock.instant();
            d.resolvedBy = actor;
            Uni<?> resume = c.status == CaseStatus.DISPUTED
                    ? lifecycle.move(c, CaseStatus.ACTIVE, null, null, "dispute " + command.outcome() + ": "
                            + command.note(), actor)
                    : Uni.createFrom().voidItem();
            return resume
                    .chain(() -> audit.record(actor, "DISPUTE_RESOLVED", "case", caseId, command.note(),
                            Map.of("disputeId", d.id), Map.of("disputeId", d.id, "outcome", d.outcome)))
                    .replaceWith(d);
        }));
    }

    @WithSession
    public Uni<List<Dispute>> list(UUID caseId) {
        return access.load(caseId).chain(() -> disputes.ofCase(caseId));
    }
}
