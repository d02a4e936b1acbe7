package org.collections.cases.domain;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The case lifecycle. Only the moves listed here are legal; CLOSED is final. */
@Schema(description = "Where a case is in its lifecycle. NEW: opened, not yet worked; ACTIVE: in collection; "
        + "PROMISE_TO_PAY: a promise to pay is pending (set by plan-service); IN_PLAN: a repayment plan is active (set by "
        + "plan-service); DISPUTED: the debtor contests the debt, collection and contact pause; PAUSED: collection "
        + "paused until pausedUntil; LEGAL: referred for legal action; CLOSED: final, see closeReason (only a payment "
        + "reversed after a PAID_IN_FULL or SETTLED closure reopens a case, as ACTIVE).")
public enum CaseStatus {
    NEW, ACTIVE, PROMISE_TO_PAY, IN_PLAN, DISPUTED, PAUSED, LEGAL, CLOSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ACTIVE, DISPUTED, PAUSED, CLOSED);
            case ACTIVE -> EnumSet.of(PROMISE_TO_PAY, IN_PLAN, DISPUTED, PAUSED, LEGAL, CLOSED);
            case PROMISE_TO_PAY -> EnumSet.of(ACTIVE, IN_PLAN, DISPUTED, PAUSED, CLOSED);
            case IN_PLAN -> EnumSet.of(ACTIVE, DISPUTED, PAUSED, CLOSED);
            case DISPUTED -> EnumSet.of(ACTIVE, CLOSED);
            case PAUSED -> EnumSet.of(ACTIVE, LEGAL, CLOSED);
            case LEGAL -> EnumSet.of(ACTIVE, PAUSED, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }
}
