package org.collections.cases.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How every KPI ratio is rounded: rates to 4 decimal places, figures per 1,000 to 2, both half-up. A ratio whose
 * denominator is zero (or, for money, not positive) is null: "no data", not 0.
 */
public final class Ratios {

    public static final int RATE_SCALE = 4;
    public static final int PER_THOUSAND_SCALE = 2;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Ratios() {
    }

    public static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), RATE_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() <= 0 ? null : numerator.divide(denominator, RATE_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal perThousand(long count, long cases) {
        return cases == 0 ? null
                : BigDecimal.valueOf(count).multiply(THOUSAND).divide(BigDecimal.valueOf(cases), PER_THOUSAND_SCALE,
                        RoundingMode.HALF_UP);
    }

    /** {@code count} per 1,000 units of {@code amount}; null when nothing (or less than nothing) was collected. */
    public static BigDecimal perThousand(long count, BigDecimal amount) {
        return amount.signum() <= 0 ? null
                : BigDecimal.valueOf(count).multiply(THOUSAND).divide(amount, PER_THOUSAND_SCALE, RoundingMode.HALF_UP);
    }
}
