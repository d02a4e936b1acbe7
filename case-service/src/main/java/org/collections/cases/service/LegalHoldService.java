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
import org.collections.cases.domain.LegalHold;
import org.collections.cases.repository.LegalHoldRepository;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;

/**
 * Legal holds: while one is in force the case's personal data stays past retention. Placing or releasing one changes
 * the case's row too (its version), so an erasure batch working the case at that moment either sees the hold or makes
 * the hold's transaction fail; neither is lost.
 */
@ApplicationScoped
public class LegalHoldService {

    @Inject
    CaseAccess access;

    @Inject
    LegalHoldRepository holds;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<LegalHold> place(UUID caseId, String reason, String actor) {
        return access.load(caseId).chain(c -> {
            if (c.erasedAt != null) {
                throw ProblemException.conflict("case-erased", "The personal data of case " + caseId
                        + " was erased at " + c.erasedAt + "; there is nothing left to hold");
            }
            return holds.inForceOn(caseId).chain(existing -> {
                if (existing != null) {
                    throw ProblemException.conflict("legal-hold-in-force", "Case " + caseId + " is under legal hold "
                            + existing.id + " already; release it first to place another");
                }
                LegalHold hold = new LegalHold();
                hold.id = UUID.randomUUID();
                hold.caseId = caseId;
                hold.reason = reason;
                hold.placedBy = actor;
                hold.placedAt = clock.instant();
                c.onLegalHold = true;
                return holds.persist(hold)
                        .call(() -> audit.record(actor, "LEGAL_HOLD_PLACED", "case", caseId, reason, null,
                                Map.of("legalHoldId", hold.id)));
            });
        });
    }

    @WithTransaction
    public Uni<LegalHold> release(UUID caseId, UUID holdId, String reason, String actor) {
        return access.load(caseId).chain(c -> holds.findById(holdId).chain(hold -> {
            if (hold == null || !hold.caseId.equals(caseId)) {
                throw ProblemException.notFound("Legal hold", holdId);
            }
            if (!hold.inForce()) {
                throw ProblemException.conflict("legal-hold-released", "Legal hold " + holdId + " was released at "
                        + hold.releasedAt);
            }
            hold.releasedAt = clock.instant();
            hold.releasedBy = actor;
            hold.releaseReason = reason;
            c.onLegalHold = false;
            return audit.record(actor, "LEGAL_HOLD_RELEASED", "case", caseId, reason, Map.of("legalHoldId", holdId),
                    null).replaceWith(hold);
        }));
    }

    @WithSession
    public Uni<List<LegalHold>> list(UUID caseId) {
        return access.load(caseId).chain(() -> holds.ofCase(caseId));
    }
}
