package org.collections.plans.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a schedule is computed. EQUAL_INSTALLMENTS: an annuity, every installment the same "
        + "amount but the last, which takes the rounding residual; EQUAL_PRINCIPAL: the same principal in every "
        + "installment, interest on the declining balance on top.")
public enum ScheduleMethod {
    /** Equal installments (annuity): every installment the same amount but the last, which takes the residual. */
    EQUAL_INSTALLMENTS,
    /** Equal principal in every installment, interest on the declining balance on top. */
    EQUAL_PRINCIPAL
}
