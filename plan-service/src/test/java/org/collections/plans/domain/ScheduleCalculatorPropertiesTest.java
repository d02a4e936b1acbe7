package org.collections.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

class ScheduleCalculatorPropertiesTest {

    @Property
    void installmentsAddUpExactly(@ForAll("terms") ScheduleTerms terms) {
        Schedule schedule = ScheduleCalculator.calculate(terms);
        List<ScheduledInstallment> all = schedule.installments();
        int scale = terms.currency().getDefaultFractionDigits();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        int n = terms.installments();
        boolean hasDown = terms.downPayment() != null && terms.downPayment().signum() > 0;

        assertThat(all).hasSize(hasDown ? n + 1 : n);
        BigDecimal amounts = BigDecimal.ZERO, principals = BigDecimal.ZERO, interests = BigDecimal.ZERO;
        for (int i = 0; i < all.size(); i++) {
            ScheduledInstallment it = all.get(i);
            assertThat(it.number()).isEqualTo(hasDown ? i : i + 1);
            assertThat(List.of(it.principal(), it.interest(), it.amount()))
                    .allSatisfy(v -> assertThat(v.scale()).isEqualTo(scale))
                    .allSatisfy(v -> assertThat(v.signum()).isNotNegative());
            assertThat(it.amount()).isEqualTo(it.principal().add(it.interest()));
            if (i > 0) {
                assertThat(it.dueDate()).isAfter(all.get(i - 1).dueDate());
            }
            amounts = amounts.add(it.amount());
            principals = principals.add(it.principal());
            interests = interests.add(it.interest());
        }
        assertThat(schedule.total()).isEqualTo(amounts);
        assertThat(schedule.totalInterest()).isEqualTo(interests);
        assertThat(principals).isEqualByComparingTo(terms.amount());
        if (terms.annualInterestRate().signum() == 0) {
            assertThat(schedule.total()).isEqualByComparingTo(terms.amount());
            assertThat(schedule.totalInterest()).isZero();
        }

        // Residual bound: the last installment differs from a regular one by less than n minor units ...
        ScheduledInstallment first = all.get(hasDown ? 1 : 0), last = all.get(all.size() - 1);
        BigDecimal r = terms.annualInterestRate()
                .divide(BigDecimal.valueOf(100L * terms.frequency().periodsPerYear()), MathContext.DECIMAL128);
        BigDecimal nUnits = unit.multiply(BigDecimal.valueOf(n));
        if (terms.method() == ScheduleMethod.EQUAL_PRINCIPAL) {
            assertThat(last.principal().subtract(first.principal()).abs()).isLessThan(nUnits);
        } else if (r.signum() == 0) {
            assertThat(last.amount().subtract(first.amount()).abs()).isLessThan(nUnits);
        } else {
            // ... except for an annuity with interest: the rounding of the payment (and of each period's interest),
            // up to one unit per period, compounds at (1 + r) until the last installment, so the bound is
            // s(n, r) = ((1 + r)^n - 1) / r units, which is n at r = 0 but e.g. 1123.7 at 3 % over 120 periods.
            BigDecimal accumulation = BigDecimal.ONE.add(r).pow(n, MathContext.DECIMAL128).subtract(BigDecimal.ONE)
                    .divide(r, MathContext.DECIMAL128);
            assertThat(last.amount().subtract(first.amount()).abs()).isLessThanOrEqualTo(unit.multiply(accumulation));
        }
    }

    @Property
    void monthlyDatesStayAnchoredOnTheFirstDueDay(@ForAll("terms") ScheduleTerms terms) {
        ScheduleTerms monthly = new ScheduleTerms(terms.amount(), terms.currency(), terms.installments(),
                Frequency.MONTHLY, terms.firstDueDate(), terms.annualInterestRate(), terms.method(),
                terms.downPayment(), terms.downPaymentDate());
        int anchorDay = monthly.firstDueDate().getDayOfMonth();
        for (ScheduledInstallment it : ScheduleCalculator.calculate(monthly).installments()) {
            if (it.number() > 0) {
                LocalDate due = it.dueDate();
                assertThat(due).isEqualTo(monthly.firstDueDate().plusMonths(it.number() - 1));
                assertThat(due.getDayOfMonth()).isEqualTo(Math.min(anchorDay, due.lengthOfMonth()));
            }
        }
    }

    @Provide
    Arbitrary<ScheduleTerms> terms() {
        Arbitrary<Currency> currencies = Arbitraries.of("CNY", "USD", "JPY", "KWD", "EUR").map(Currency::getInstance);
        Arbitrary<Long> amountUnits = Arbitraries.longs().between(1, 100_000_000_000L);
        Arbitrary<Integer> counts = Arbitraries.integers().between(1, 120);
        Arbitrary<LocalDate> firstDueDates = Combinators.combine(
                        Dates.dates().between(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31)),
                        Arbitraries.of(true, false))
                .as((date, monthEnd) -> monthEnd ? date.withDayOfMonth(date.lengthOfMonth()) : date);
        Arbitrary<BigDecimal> rates = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(36)).ofScale(3));
        // Down payment as a share (0..99 %) of the amount, paid 1..60 days before the first due date.
        Arbitrary<Integer> downPercents = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 99));
        return currencies.flatMap(currency -> Combinators.combine(amountUnits, counts,
                        Arbitraries.of(Frequency.class), firstDueDates, rates, Arbitraries.of(ScheduleMethod.class),
                        downPercents, Arbitraries.integers().between(1, 60))
                .as((units, n, frequency, first, rate, method, downPercent, daysBefore) -> {
                    int scale = currency.getDefaultFractionDigits();
                    BigDecimal amount = BigDecimal.valueOf(units, scale);
                    BigDecimal down = BigDecimal.valueOf(units * downPercent / 100, scale);
                    return new ScheduleTerms(amount, currency, n, frequency, first, rate, method, down,
                            down.signum() > 0 ? first.minusDays(daysBefore) : null);
                }));
    }
}
