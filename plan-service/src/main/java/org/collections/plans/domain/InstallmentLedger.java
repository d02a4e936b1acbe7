package org.collections.plans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What has been paid against a plan's installments, and what that means. Pure logic over plain values.
 * Payments go to the oldest installment still owing; what exceeds the plan is credit. Reversals take back
 * exactly what a payment was allocated.
 */
public final class InstallmentLedger {

    /** An installment's amount and what has been paid towards it so far. */
    public record Line(int number, LocalDate dueDate, BigDecimal amount, BigDecimal paid) {
        public BigDecimal owing() {
            return amount.subtract(paid).max(BigDecimal.ZERO);
        }
    }

    /** Part of a payment applied to one installment. */
    public record Allocation(int installmentNumber, BigDecimal amount) {
    }

    /** How a payment was applied: allocations oldest first, and the credit left over. */
    public record Applied(List<Allocation> allocations, BigDecimal credit) {
    }

    public enum Standing {
        /** Nothing is missed beyond the tolerance. */
        ON_TRACK,
        /** Every installment is paid (within the tolerance). */
        COMPLETED,
        /** An installment stayed unpaid too long, or too many were missed. */
        BROKEN
    }

    /** The evaluation of a plan on a given day, with the reason a user can read. */
    public record Evaluation(Standing standing, int missed, int worstDaysPastDue, String reason) {
    }

    private InstallmentLedger() {
    }

    /** Applies a payment oldest installment first, with no tolerance. */
    public static Applied allocate(List<Line> lines, BigDecimal payment) {
        return allocate(lines, payment, new PlanRules(BigDecimal.ZERO, 0, 0, 1));
    }

    /**
     * Applies a payment to the oldest installment not yet kept first. A shortfall the tolerance accepted stays with
     * its installment (so one short payment does not make the next installment short as well) and is only paid
     * from what is left over, oldest first; what exceeds every installment is credit.
     */
    public static Applied allocate(List<Line> lines, BigDecimal payment, PlanRules rules) {
        if (payment.signum() <= 0) {
            throw new IllegalArgumentException("A payment must be positive");
        }
        List<Allocation> allocations = new ArrayList<>();
        BigDecimal left = payment;
        for (boolean keptPass : new boolean[] {false, true}) {
            for (Line line : lines) {
                if (left.signum() == 0) {
                    break;
                }
                BigDecimal share = kept(line, rules) == keptPass ? line.owing().min(left) : BigDecimal.ZERO;
                if (share.signum() > 0) {
                    allocations.add(new Allocation(line.number(), share));
                    left = left.subtract(share);
                }
            }
        }
        allocations.sort(Comparator.comparingInt(Allocation::installmentNumber));
        return new Applied(List.copyOf(allocations), left);
    }

    /** Whether an installment counts as paid: its shortfall is within the tolerance. */
    public static boolean kept(Line line, PlanRules rules) {
        return line.owing().compareTo(tolerance(line.amount(), rules)) <= 0;
    }

    public static BigDecimal tolerance(BigDecimal amount, PlanRules rules) {
        return amount.multiply(rules.tolerancePercent()).divide(BigDecimal.valueOf(100), amount.scale(), RoundingMode.DOWN);
    }

    /** What is left unpaid of the installments, less any credit paid beyond them (never negative). */
    public static BigDecimal shortfall(List<Line> lines, BigDecimal credit) {
        BigDecimal owing = lines.stream().map(Line::owing).reduce(BigDecimal.ZERO, BigDecimal::add);
        return owing.subtract(credit).max(BigDecimal.ZERO);
    }

    public static Evaluation evaluate(List<Line> lines, LocalDate today, PlanRules rules) {
        int missed = 0;
        int worst = 0;
        boolean allKept = true;
        for (Line line : lines) {
            if (kept(line, rules)) {
                continue;
            }
            allKept = false;
            int daysPastDue = (int) Math.max(0, ChronoUnit.DAYS.between(line.dueDate(), today));
            worst = Math.max(worst, daysPastDue);
            if (daysPastDue > rules.graceDays()) {
                missed++;
            }
        }
        if (allKept) {
            return new Evaluation(Standing.COMPLETED, 0, 0, "every installment paid");
        }
        if (worst >= rules.brokenAfterDaysPastDue() && worst > rules.graceDays()) {
            return new Evaluation(Standing.BROKEN, missed, worst, "an installment is unpaid " + worst
                    + " days past due (limit " + rules.brokenAfterDaysPastDue() + ")");
        }
        if (missed >= rules.brokenAfterMissed()) {
            return new Evaluation(Standing.BROKEN, missed, worst, missed + " installments missed (limit "
                    + rules.brokenAfterMissed() + ")");
        }
        return new Evaluation(Standing.ON_TRACK, missed, worst, missed == 0 ? "on track" : missed + " installment missed");
    }
}
