package org.collections.plans.domain;

import java.math.BigDecimal;

/**
 * When an installment counts as kept, missed, or breaks the plan.
 *
 * @param tolerancePercent      a shortfall up to this share of the installment still counts as paid (default 1 %)
 * @param graceDays             days after the due date before an unpaid installment is missed (default 3)
 * @param brokenAfterDaysPastDue the plan breaks when an installment stays unpaid this many days past due (default 10)
 * @param brokenAfterMissed     ... or when this many installments are missed (default 2)
 */
public record PlanRules(BigDecimal tolerancePercent, int graceDays, int brokenAfterDaysPastDue, int brokenAfterMissed) {

    public static final PlanRules DEFAULTS = new PlanRules(BigDecimal.ONE, 3, 10, 2);

    public PlanRules {
        if (tolerancePercent.signum() < 0 || tolerancePercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("tolerancePercent must be in [0, 100)");
        }
        if (graceDays < 0 || brokenAfterDaysPastDue < 0 || brokenAfterMissed < 1) {
            throw new IllegalArgumentException("graceDays and brokenAfterDaysPastDue must be >= 0, brokenAfterMissed >= 1");
        }
    }
}
