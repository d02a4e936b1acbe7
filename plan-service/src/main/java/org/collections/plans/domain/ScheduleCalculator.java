package org.collections.plans.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.collections.commons.money.Money;
import org.collections.commons.rules.RuleViolation;

/**
 * Computes repayment schedules. Pure Java: no framework types.
 *
 * <p>As in Apache Fineract's loan schedules, every installment is rounded to the currency's minor unit and the last
 * one takes the residual, so the principals sum exactly to the amount and the schedule total is exactly the sum of
 * the installments. Rates are computed with {@link MathContext#DECIMAL128}; money is never a double.
 */
public final class ScheduleCalculator {

    static final int MAX_INSTALLMENTS = 600;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL128;

    private ScheduleCalculator() {
    }

    /** The schedule of {@code terms}; terms it cannot be computed from are a {@link RuleViolation} naming the field. */
    public static Schedule calculate(ScheduleTerms terms) {
        if (terms == null) {
            throw new IllegalArgumentException("terms are required");
        }
        int scale = scaleOf(terms.currency());
        BigDecimal amount = Money.of("amount", terms.amount(), terms.currency()).amount();
        if (amount.signum() <= 0) {
            throw new RuleViolation("amount", "must be positive");
        }
        int n = terms.installments();
        if (n < 1 || n > MAX_INSTALLMENTS) {
            throw new RuleViolation("installments", "must be between 1 and " + MAX_INSTALLMENTS);
        }
        require("frequency", terms.frequency());
        require("method", terms.method());
        LocalDate firstDueDate = require("firstDueDate", terms.firstDueDate());
        BigDecimal annualRate = terms.annualInterestRate() == null ? BigDecimal.ZERO : terms.annualInterestRate();
        if (annualRate.signum() < 0 || annualRate.compareTo(HUNDRED) > 0) {
            throw new RuleViolation("annualInterestRate", "must be between 0 and 100 (percent)");
        }
        BigDecimal down = terms.downPayment() == null ? BigDecimal.ZERO.setScale(scale)
                : Money.of("downPayment", terms.downPayment(), terms.currency()).amount();
        if (down.signum() < 0 || down.compareTo(amount) >= 0) {
            throw new RuleViolation("downPayment", "must be at least 0 and less than the amount");
        }

        List<ScheduledInstallment> installments = new ArrayList<>(n + 1);
        if (down.signum() > 0) {
            LocalDate downDate = terms.downPaymentDate();
            if (downDate == null) {
                throw new RuleViolation("downPaymentDate", "is required when there is a downPayment");
            }
            if (!downDate.isBefore(firstDueDate)) {
                throw new RuleViolation("downPaymentDate", "must be before firstDueDate");
            }
            installments.add(new ScheduledInstallment(0, downDate, down, BigDecimal.ZERO.setScale(scale), down));
        }

        BigDecimal financed = amount.subtract(down);
        // One division rather than two: r = annualRate / (100 * periodsPerYear).
        BigDecimal r = annualRate.divide(BigDecimal.valueOf(100L * terms.frequency().periodsPerYear()), MC);
        BigDecimal payment = terms.method() == ScheduleMethod.EQUAL_INSTALLMENTS && r.signum() > 0
                ? annuityPayment(financed, r, n, scale)
                : null; // otherwise every installment carries the same principal
        // Rounded down so the last installment (which takes the residual) is never below the others and never
        // negative: with HALF_EVEN, 0.05 over 8 installments would be 7 x 0.01 and a last one of -0.02.
        BigDecimal equalPrincipal = financed.divide(BigDecimal.valueOf(n), scale, RoundingMode.DOWN);

        BigDecimal balance = financed;
        for (int k = 1; k <= n; k++) {
            BigDecimal interest = balance.multiply(r).setScale(scale, RoundingMode.HALF_EVEN);
            BigDecimal principal;
            if (k == n) {
                principal = balance;
            } else if (payment != null) {
                // Kept within 0..balance: tiny amounts (a few minor units) could otherwise overpay the balance
                // through the rounded-up payment and leave a negative last installment.
                principal = payment.subtract(interest).max(BigDecimal.ZERO.setScale(scale)).min(balance);
            } else {
                principal = equalPrincipal;
            }
            balance = balance.subtract(principal);
            installments.add(new ScheduledInstallment(k, DueDates.dueDate(firstDueDate, terms.frequency(), k),
                    principal, interest, principal.add(interest)));
        }

        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        BigDecimal totalInterest = BigDecimal.ZERO.setScale(scale);
        for (ScheduledInstallment installment : installments) {
            total = total.add(installment.amount());
            totalInterest = totalInterest.add(installment.interest());
        }
        return new Schedule(List.copyOf(installments), total, totalInterest);
    }

    /** A = P·r / (1 − (1 + r)^−n), rounded to the minor unit. */
    static BigDecimal annuityPayment(BigDecimal principal, BigDecimal r, int n, int scale) {
        BigDecimal discount = BigDecimal.ONE.add(r).pow(-n, MC);
        return principal.multiply(r, MC).divide(BigDecimal.ONE.subtract(discount, MC), MC)
                .setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static int scaleOf(Currency currency) {
        require("currency", currency);
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new RuleViolation("currency", "must have a minor unit");
        }
        return digits;
    }


    private static <T> T require(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "is required");
        }
        return value;
    }
}
