package org.collections.cases.domain;

public enum CloseReason {
    PAID_IN_FULL, SETTLED, WRITTEN_OFF, DISCHARGED, DECEASED, RECALLED_BY_CREDITOR
}
