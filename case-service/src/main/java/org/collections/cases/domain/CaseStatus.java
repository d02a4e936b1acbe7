package org.collections.cases.domain;

import java.util.EnumSet;
import java.util.Set;

/** The case lifecycle. Only the moves listed here are legal; CLOSED is final. */
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
