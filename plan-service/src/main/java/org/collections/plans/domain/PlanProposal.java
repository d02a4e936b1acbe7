package org.collections.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.collections.commons.money.Money;
import org.collections.commons.rules.RuleViolation;

/**
 * The rules an offer must meet before it is stored: the amount is positive and at most the case's balance, the first
 * due date is not past, only a settlement expires (and it must), the schedule can be computed, and its largest
 * installment fits the debtor's stated budget unless an override reason is given. Breaches are {@link RuleViolation}s.
 */
public final class PlanProposal {

    /** The problem type of a plan above the debtor's budget without an override. */
    public static final String UNAFFORDABLE = "unaffordable";

    /** What the offer works out to; {@code overridesBudget} when accepted above the budget on a stated reason. */
    public record Outcome(ScheduleTerms terms, Schedule schedule, BigDecimal discountPercent, boolean overridesBudget) {
    }

    private PlanProposal() {
    }

    public static Outcome check(PlanOffer offer, BigDecimal balance, Currency currency, LocalDate today,
            BigDecimal maxDisposableIncomeSharePercent) {
        BigDecimal amount = Money.of("amount", offer.amount(), currency).amount();
        if (amount.signum() <= 0) {
            throw new RuleViolation("amount", "must be positive");
        }
        if (amount.compareTo(balance) > 0) {
            throw new RuleViolation("amount", "must not exceed the case's outstanding balance " + balance.toPlainString()
                    + " " + currency.getCurrencyCode());
        }
        if (offer.firstDueDate().isBefore(today)) {
            throw new RuleViolation("firstDueDate", "must not be in the past");
        }
        BigDecimal discount = BigDecimal.ZERO.setScale(2);
        if (offer.type() == PlanType.SETTLEMENT) {
            if (offer.offerExpiresOn() == null || offer.offerExpiresOn().isBefore(today)) {
                throw new RuleViolation("offerExpiresOn", "a settlement offer needs an expiry date, today or later");
            }
            discount = ApprovalLimits.discountPercent(balance, amount);
        } else if (offer.offerExpiresOn() != null) {
            throw new RuleViolation("offerExpiresOn", "only settlement offers expire");
        }
        ScheduleTerms terms = new ScheduleTerms(amount, currency, offer.installments(), offer.frequency(),
                offer.firstDueDate(), offer.annualInterestRate() == null ? BigDecimal.ZERO : offer.annualInterestRate(),
                offer.method() == null ? ScheduleMethod.EQUAL_INSTALLMENTS : offer.method(),
                offer.downPayment() == null ? BigDecimal.ZERO : Money.of("downPayment", offer.downPayment(), currency).amount(),
                offer.downPaymentDate());
        Schedule schedule = ScheduleCalculator.calculate(terms);
        boolean overBudget = overBudget(offer, schedule, currency, maxDisposableIncomeSharePercent);
        return new Outcome(terms, schedule, discount, overBudget);
    }

    /** Whether the largest installment, as a monthly amount, exceeds the allowed share of disposable income. */
    private static boolean overBudget(PlanOffer offer, Schedule schedule, Currency currency, BigDecimal sharePercent) {
        PlanOffer.Budget budget = offer.budget();
        if (budget == null) {
            return false;
        }
        BigDecimal largest = schedule.installments().stream().filter(i -> i.number() > 0)
                .map(ScheduledInstallment::amount).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal monthly = Affordability.monthlyEquivalent(largest, offer.frequency());
        BigDecimal max = Affordability.maxMonthlyInstallment(budget.monthlyIncome(), budget.monthlyExpenses(), sharePercent,
                currency.getDefaultFractionDigits());
        if (monthly.compareTo(max) <= 0) {
            return false;
        }
        if (!budget.overridden()) {
            throw new RuleViolation(UNAFFORDABLE, "Unaffordable plan", null, "The installment of " + monthly
                    + " a month exceeds " + sharePercent + " % of disposable income (" + max
                    + "); a supervisor may override with a reason");
        }
        return true;
    }
}
