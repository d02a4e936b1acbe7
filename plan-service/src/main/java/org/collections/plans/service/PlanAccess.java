package org.collections.plans.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Objects;
import java.util.UUID;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.plans.domain.Plan;
import org.collections.plans.domain.ApprovalLimits;
import org.collections.commons.security.Roles;
import org.collections.plans.repository.CasePlacementRepository;
import org.collections.plans.repository.PlanRepository;

/**
 * Loads plans as the current principal may see them: an agency sees only plans of cases currently placed
 * with it (from the local placement replica); anything else is absent (404).
 */
@ApplicationScoped
public class PlanAccess {

    @Inject
    PlanRepository plans;

    @Inject
    CasePlacementRepository placements;

    @Inject
    CurrentPrincipal principal;

    public Uni<Plan> load(UUID id) {
        return visible(plans.findById(id), id);
    }

    /** Loads and locks the plan row, so payments to one plan apply one after another. */
    public Uni<Plan> loadForUpdate(UUID id) {
        return visible(plans.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    private Uni<Plan> visible(Uni<Plan> found, UUID id) {
        return found.chain(plan -> {
            if (plan == null) {
                throw ProblemException.notFound("Plan", id);
            }
            return requireVisibleCase(plan.caseId, "Plan", id).replaceWith(plan);
        });
    }

    /** Fails with "{what} {id} not found" when the caller is an agency the case is not placed with. */
    public Uni<Void> requireVisibleCase(UUID caseId, String what, UUID id) {
        if (!principal.isAgency()) {
            return Uni.createFrom().voidItem();
        }
        return placements.findById(caseId).invoke(p -> {
            if (p == null || !Objects.equals(p.agencyId, principal.requiredAgencyId())) {
                throw ProblemException.notFound(what, id);
            }
        }).replaceWithVoid();
    }

    public ApprovalLimits.Role role() {
        if (principal.hasRole(Roles.ADMIN)) {
            return ApprovalLimits.Role.ADMIN;
        }
        return principal.hasRole(Roles.SUPERVISOR) ? ApprovalLimits.Role.SUPERVISOR : ApprovalLimits.Role.COLLECTOR;
    }
}
