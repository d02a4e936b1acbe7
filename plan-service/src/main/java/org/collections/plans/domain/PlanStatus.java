package org.collections.plans.domain;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan lifecycle. COMPLETED re-opens to ACTIVE only when a payment is reversed. */
@Schema(description = "Where a plan is in its lifecycle. DRAFT: saved, not yet submitted; PENDING_APPROVAL: awaiting "
        + "approval by another user; ACTIVE: running, accepts payments, the case is IN_PLAN; COMPLETED: every "
        + "installment paid (within the tolerance), re-opened to ACTIVE if a payment is reversed; BROKEN: installments "
        + "missed past the grace (final); CANCELLED: cancelled or rejected (final).")
public enum PlanStatus {
    DRAFT, PENDING_APPROVAL, ACTIVE, COMPLETED, BROKEN, CANCELLED;

    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PENDING_APPROVAL, CANCELLED);
            case PENDING_APPROVAL -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE -> EnumSet.of(COMPLETED, BROKEN, CANCELLED);
            case COMPLETED -> EnumSet.of(ACTIVE);
            case BROKEN, CANCELLED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canMoveTo(PlanStatus target) {
        return next().contains(target);
    }

    /** Payments are accepted while the plan runs (and after completion, as overpayment credit). */
    public boolean acceptsPayments() {
        return this == ACTIVE || this == COMPLETED;
    }
}
