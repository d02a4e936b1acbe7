package org.collections.plans.domain;

import java.util.EnumSet;
import java.util.Set;

/** The plan lifecycle. COMPLETED re-opens to ACTIVE only when a payment is reversed. */
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
