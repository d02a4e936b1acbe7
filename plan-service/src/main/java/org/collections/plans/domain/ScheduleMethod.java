package org.collections.plans.domain;

public enum ScheduleMethod {
    /** Equal installments (annuity): every installment the same amount but the last, which takes the residual. */
    EQUAL_INSTALLMENTS,
    /** Equal principal in every installment, interest on the declining balance on top. */
    EQUAL_PRINCIPAL
}
