package org.collections.plans.domain;

public enum PlanType {
    /** The balance (or part of it) in installments. */
    INSTALLMENT,
    /** A discounted amount accepted in full settlement: a lump sum or a short series. */
    SETTLEMENT,
    /** Reduced payments for a debtor in hardship, usually with interest and fees frozen. */
    HARDSHIP
}
