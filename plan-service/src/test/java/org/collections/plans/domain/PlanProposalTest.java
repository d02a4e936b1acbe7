package org.collections.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.collections.commons.rules.RuleViolation;
import org.junit.jupiter.api.Test;

class PlanProposalTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final BigDecimal BALANCE = new BigDecimal("1310.50");
    private static final BigDecimal SHARE = new BigDecimal("40");

    @Test
    void anInstallmentPlanWithinTheBalanceWorksOutItsSchedule() {
        PlanProposal.Outcome outcome = check(installments("1200.00", TODAY, null));
        assertThat(outcome.schedule().total()).isEqualByComparingTo("1200.00");
        assertThat(outcome.schedule().installments()).hasSize(12);
        assertThat(outcome.discountPercent()).isEqualByComparingTo("0");
        assertThat(outcome.overridesBudget()).isFalse();
    }

    @Test
    void theAmountIsPositiveAtMostTheBalanceAndAtTheCurrencysScale() {
        assertRefused(installments("0.00", TODAY, null), "amount", "must be positive");
        assertRefused(installments("1310.51", TODAY, null), "amount",
                "must not exceed the case's outstanding balance 1310.50 CNY");
        assertRefused(installments("100.005", TODAY, null), "amount", "has more decimals than CNY allows (2)");
        assertThat(check(installments("1310.50", TODAY, null)).schedule().total()).isEqualByComparingTo(BALANCE);
    }

    @Test
    void theFirstDueDateIsTodayOrLater() {
        assertRefused(installments("1200.00", TODAY.minusDays(1), null), "firstDueDate", "must not be in the past");
    }

    @Test
    void onlyASettlementExpiresAndItMust() {
        assertRefused(new PlanOffer(PlanType.INSTALLMENT, new BigDecimal("1200.00"), 12, Frequency.MONTHLY, TODAY, null,
                null, null, null, TODAY.plusDays(5), null), "offerExpiresOn",
                "only settlement offers expire");
        assertRefused(settlement(null), "offerExpiresOn", "a settlement offer needs an expiry date, today or later");
        assertRefused(settlement(TODAY.minusDays(1)), "offerExpiresOn",
                "a settlement offer needs an expiry date, today or later");
        assertThat(check(settlement(TODAY)).discountPercent()).isEqualByComparingTo("23.69");
    }

    @Test
    void aPlanAboveTheStatedBudgetNeedsAnOverrideReason() {
        // 1200 over 12 months is 100 a month; 40 % of (1000 - 800) disposable is 80
        PlanOffer.Budget tight = new PlanOffer.Budget(new BigDecimal("1000.00"), new BigDecimal("800.00"), null);
        assertThatThrownBy(() -> check(installments("1200.00", TODAY, tight)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.type()).isEqualTo(PlanProposal.UNAFFORDABLE);
                    assertThat(v.getMessage()).contains("100.00 a month exceeds 40 % of disposable income (80.00)");
                });
        PlanOffer.Budget overridden = new PlanOffer.Budget(tight.monthlyIncome(), tight.monthlyExpenses(), "Bonus due");
        assertThat(check(installments("1200.00", TODAY, overridden)).overridesBudget()).isTrue();
        PlanOffer.Budget ample = new PlanOffer.Budget(new BigDecimal("1000.00"), new BigDecimal("700.00"), null);
        assertThat(check(installments("1200.00", TODAY, ample)).overridesBudget()).isFalse();
    }

    private static PlanProposal.Outcome check(PlanOffer offer) {
        return PlanProposal.check(offer, BALANCE, CNY, TODAY, SHARE);
    }

    private static void assertRefused(PlanOffer offer, String field, String message) {
        assertThatThrownBy(() -> check(offer)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.getMessage()).isEqualTo(message);
        });
    }

    private static PlanOffer installments(String amount, LocalDate firstDue, PlanOffer.Budget budget) {
        return new PlanOffer(PlanType.INSTALLMENT, new BigDecimal(amount), 12, Frequency.MONTHLY, firstDue, null, null,
                null, null, null, budget);
    }

    private static PlanOffer settlement(LocalDate expires) {
        return new PlanOffer(PlanType.SETTLEMENT, new BigDecimal("1000.00"), 1, Frequency.MONTHLY, TODAY.plusDays(7),
                null, null, null, null, expires, null);
    }
}
