package org.collections.plans.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of plan. INSTALLMENT: the balance (or part of it) in installments; SETTLEMENT: a "
        + "discounted amount accepted in full settlement, as a lump sum or a short series, approved within the "
        + "approver's discount limit; HARDSHIP: reduced payments for a debtor in hardship.")
public enum PlanType {
    /** The balance (or part of it) in installments. */
    INSTALLMENT,
    /** A discounted amount accepted in full settlement: a lump sum or a short series. */
    SETTLEMENT,
    /** Reduced payments for a debtor in hardship, usually with interest and fees frozen. */
    HARDSHIP
}
