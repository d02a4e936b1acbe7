package org.collections.plans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An installment is affordable when it is at most a set share of the debtor's disposable monthly income. */
public final class Affordability {

    private Affordability() {
    }

    public static BigDecimal maxMonthlyInstallment(BigDecimal income, BigDecimal expenses, BigDecimal sharePercent, int scale) {
        BigDecimal disposable = income.subtract(expenses).max(BigDecimal.ZERO);
        return disposable.multiply(sharePercent).divide(BigDecimal.valueOf(100), scale, RoundingMode.DOWN);
    }

    /** The installment as a monthly burden: weekly and bi-weekly amounts scaled to a month. */
    public static BigDecimal monthlyEquivalent(BigDecimal installment, Frequency frequency) {
        return installment.multiply(BigDecimal.valueOf(frequency.periodsPerYear()))
                .divide(BigDecimal.valueOf(12), installment.scale(), RoundingMode.HALF_UP);
    }
}
