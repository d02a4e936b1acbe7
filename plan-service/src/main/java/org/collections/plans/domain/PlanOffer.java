package org.collections.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The terms a plan is proposed on. Optional parts are null when not given. */
public record PlanOffer(PlanType type, BigDecimal amount, int installments, Frequency frequency, LocalDate firstDueDate,
        BigDecimal annualInterestRate, ScheduleMethod method, BigDecimal downPayment, LocalDate downPaymentDate,
        LocalDate offerExpiresOn, Budget budget) {

    /** The debtor's stated monthly budget, and a supervisor's reason to accept a plan above it (or null). */
    public record Budget(BigDecimal monthlyIncome, BigDecimal monthlyExpenses, String overrideReason) {

        boolean overridden() {
            return overrideReason != null && !overrideReason.isBlank();
        }
    }
}
