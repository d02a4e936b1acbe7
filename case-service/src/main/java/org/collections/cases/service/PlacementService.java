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
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.Placement;
import org.collections.cases.events.CaseEvents;
import org.collections.cases.repository.CaseRepository;
import org.collections.cases.repository.PlacementRepository;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;

/** Placing cases with partner agencies and recalling them; one active placement per case. */
@ApplicationScoped
public class PlacementService {

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    AgencyService agencies;

    @Inject
    PlacementRepository placements;

    @Inject
    CaseEvents events;

    @Inject
    AuditLog audit;

    @Inject
    CurrentPrincipal principal;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Placement> place(UUID caseId, CaseCommands.Place command, String actor) {
        return access.load(caseId).chain(c -> placeLoaded(c, command.agencyId(), command.reason(), actor));
    }

    /** Places a case already loaded in the caller's transaction (a treatment path's PLACE step). */
    Uni<Placement> placeLoaded(CollectionCase c, String agencyId, String reason, String actor) {
        return agencies.placeable(agencyId).chain(() -> {
            if (c.status == CaseStatus.CLOSED) {
                throw ProblemException.conflict("case-closed", "A closed case cannot be placed");
            }
            if (c.agencyId != null) {
                throw ProblemException.conflict("already-placed", "Case " + c.id + " is placed with " + c.agencyId
                        + "; recall it first");
            }
            Placement p = new Placement();
            p.id = UUID.randomUUID();
            p.caseId = c.id;
            p.agencyId = agencyId;
            p.placedAt = clock.instant();
            p.placedBy = actor;
            c.agencyId = p.agencyId;
            c.updatedAt = p.placedAt;
            return placements.persist(p)
                    .chain(() -> cases.flush())
                    .chain(() -> audit.record(actor, "PLACED", "case", c.id, reason, null,
                            Map.of("agencyId", p.agencyId, "placementId", p.id)))
                    .chain(() -> events.placed(c, p))
                    .replaceWith(p);
        });
    }

    @WithTransaction
    public Uni<Placement> recall(UUID caseId, UUID placementId, CaseCommands.Recall command, String actor) {
        return access.load(caseId).chain(c -> placements.findById(placementId).chain(p -> {
            if (p == null || !p.caseId.equals(caseId)) {
                throw ProblemException.notFound("Placement", placementId);
            }
            if (!p.isActive()) {
                throw ProblemException.conflict("already-recalled", "Placement " + placementId + " was recalled at "
                        + p.recalledAt);
            }
            p.recalledAt = clock.instant();
            p.recalledBy = actor;
            p.recallReason = command.reason();
            c.agencyId = null;
            c.updatedAt = p.recalledAt;
            return cases.flush()
                    .chain(() -> audit.record(actor, "RECALLED", "case", caseId, command.reason(),
                            Map.of("agencyId", p.agencyId, "placementId", p.id), null))
                    .chain(() -> events.recalled(c, p))
                    .replaceWith(p);
        }));
    }

    @WithSession
    public Uni<List<Placement>> list(UUID caseId) {
        return access.load(caseId).chain(() -> placements.ofCase(caseId))
                .map(list -> list.stream().filter(this::visible).toList());
    }

    /** An agency sees only its current placement: not earlier agencies, their ids or why they were recalled. */
    private boolean visible(Placement p) {
        return !principal.isAgency() || (p.isActive() && p.agencyId.equals(principal.requiredAgencyId()));
    }
}
