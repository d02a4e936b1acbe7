package org.collections.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a case was closed. PAID_IN_FULL: nothing is owed any more (paid, or the rest written "
        + "off); SETTLED: a settlement plan was completed; WRITTEN_OFF: the creditor gave the balance up; DISCHARGED: "
        + "the debt was discharged in bankruptcy or insolvency; DECEASED: the debtor died; RECALLED_BY_CREDITOR: the "
        + "creditor took the account back.")
public enum CloseReason {
    PAID_IN_FULL, SETTLED, WRITTEN_OFF, DISCHARGED, DECEASED, RECALLED_BY_CREDITOR
}
