package org.collections.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PlanRulesAndLimitsTest {

    private final ApprovalLimits limits = new ApprovalLimits(BigDecimal.TEN, BigDecimal.valueOf(30), BigDecimal.valueOf(100));

    @ParameterizedTest
    @CsvSource({"10.00, COLLECTOR", "10.01, SUPERVISOR", "30.00, SUPERVISOR", "30.01, ADMIN", "95, ADMIN", "0, COLLECTOR"})
    void eachDiscountNeedsTheLeastSeniorRoleWhoseLimitCoversIt(String discount, ApprovalLimits.Role role) {
        assertThat(limits.requiredRole(new BigDecimal(discount))).isEqualTo(role);
    }

    @Test
    void discountIsTheShareOfTheBalanceForgiven() {
        assertThat(ApprovalLimits.discountPercent(new BigDecimal("1015.00"), new BigDecimal("800.00"))).isEqualByComparingTo("21.18");
        assertThat(ApprovalLimits.discountPercent(new BigDecimal("1000.00"), new BigDecimal("1000.00"))).isEqualByComparingTo("0");
    }

    @Test
    void affordabilityIsAShareOfDisposableIncomeWithWeeklyAmountsScaledToAMonth() {
        assertThat(Affordability.maxMonthlyInstallment(new BigDecimal("8000.00"), new BigDecimal("6500.00"), BigDecimal.valueOf(50), 2))
                .isEqualByComparingTo("750.00");
        assertThat(Affordability.maxMonthlyInstallment(new BigDecimal("1000.00"), new BigDecimal("1500.00"), BigDecimal.valueOf(50), 2))
                .isEqualByComparingTo("0");
        assertThat(Affordability.monthlyEquivalent(new BigDecimal("100.00"), Frequency.WEEKLY)).isEqualByComparingTo("433.33");
        assertThat(Affordability.monthlyEquivalent(new BigDecimal("100.00"), Frequency.MONTHLY)).isEqualByComparingTo("100.00");
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void onlyListedMovesAreAllowed(PlanStatus from) {
        for (PlanStatus to : PlanStatus.values()) {
            Plan plan = new Plan();
            plan.status = from;
            if (from.canMoveTo(to)) {
                plan.moveTo(to, "test", Instant.EPOCH);
                assertThat(plan.status).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> plan.moveTo(to, "test", Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
            }
        }
        assertThat(PlanStatus.BROKEN.next()).isEmpty();
        assertThat(PlanStatus.COMPLETED.next()).containsExactly(PlanStatus.ACTIVE);
    }

    @Test
    void rulesRejectNonsense() {
        assertThatThrownBy(() -> new PlanRules(BigDecimal.valueOf(-1), 3, 10, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanRules(BigDecimal.ONE, 3, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
