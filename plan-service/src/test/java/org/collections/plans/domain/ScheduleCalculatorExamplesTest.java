package org.collections.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.collections.commons.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** Worked examples; the expected values were computed by hand (arithmetic in the comments). */
class ScheduleCalculatorExamplesTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);

    @Test
    void zeroRateResidualGoesToTheLastInstallment() {
        // 10,000.00 / 12 = 833.333... -> 833.33; 11 x 833.33 = 9,166.63; last = 10,000.00 - 9,166.63 = 833.37
        Schedule s = calculate(terms("10000.00", CNY, 12, Frequency.MONTHLY, JAN_15, "0",
                ScheduleMethod.EQUAL_INSTALLMENTS));

        assertThat(s.installments()).hasSize(12);
        assertThat(s.installments().subList(0, 11)).allSatisfy(i -> assertThat(i.amount()).isEqualTo(bd("833.33")));
        assertThat(s.installments().get(11).amount()).isEqualTo(bd("833.37"));
        assertThat(s.total()).isEqualTo(bd("10000.00"));
        assertThat(s.totalInterest()).isEqualTo(bd("0.00"));
    }

    @Test
    void annuityWithInterest() {
        // r = 18 / 100 / 12 = 0.015; A = 5,000 x 0.015 / (1 - 1.015^-24) = 75 / 0.300456... = 249.6205... -> 249.62
        // 1st: interest 5,000.00 x 0.015 = 75.00, principal 249.62 - 75.00 = 174.62, balance 4,825.38
        // An independent loop (Python decimal, same rounding) leaves 245.92 before the 24th installment:
        // interest 245.92 x 0.015 = 3.6888 -> 3.69, so the last is 245.92 + 3.69 = 249.61;
        // total interest 990.87 = 23 x 249.62 + 249.61 - 5,000.00 = 5,990.87 - 5,000.00.
        Schedule s = calculate(terms("5000.00", USD, 24, Frequency.MONTHLY, JAN_15, "18",
                ScheduleMethod.EQUAL_INSTALLMENTS));

        ScheduledInstallment first = s.installments().get(0), last = s.installments().get(23);
        assertThat(first.interest()).isEqualTo(bd("75.00"));
        assertThat(first.principal()).isEqualTo(bd("174.62"));
        assertThat(s.installments().subList(0, 23)).allSatisfy(i -> assertThat(i.amount()).isEqualTo(bd("249.62")));
        assertThat(last.principal()).isEqualTo(bd("245.92"));
        assertThat(last.interest()).isEqualTo(bd("3.69"));
        assertThat(last.amount()).isEqualTo(bd("249.61"));
        assertThat(s.totalInterest()).isEqualTo(bd("990.87"));
        assertThat(s.total()).isEqualTo(bd("5990.87"));
    }

    @Test
    void yenHasNoMinorUnit() {
        // 100,000 / 3 = 33,333.33... -> 33,333; last = 100,000 - 2 x 33,333 = 33,334
        Schedule s = calculate(terms("100000", JPY, 3, Frequency.MONTHLY, JAN_15, "0",
                ScheduleMethod.EQUAL_INSTALLMENTS));

        assertThat(amounts(s)).containsExactly(bd("33333"), bd("33333"), bd("33334"));
        assertThat(s.total()).isEqualTo(bd("100000"));
    }

    @Test
    void monthlyDatesAreClampedToMonthEndWithoutDrifting() {
        // 2028 is a leap year: Jan 31 -> Feb 29 -> Mar 31 (not Mar 29) -> Apr 30
        Schedule s = calculate(terms("400.00", USD, 4, Frequency.MONTHLY, LocalDate.of(2028, 1, 31), "0",
                ScheduleMethod.EQUAL_INSTALLMENTS));

        assertThat(dueDates(s)).containsExactly(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 3, 31), LocalDate.of(2028, 4, 30));
    }

    @Test
    void equalPrincipalPaysInterestOnTheDecliningBalance() {
        // r = 12 / 100 / 12 = 0.01; principal 1,200.00 / 3 = 400.00;
        // interest 1,200 x 0.01 = 12.00, 800 x 0.01 = 8.00, 400 x 0.01 = 4.00
        Schedule s = calculate(terms("1200.00", USD, 3, Frequency.MONTHLY, JAN_15, "12",
                ScheduleMethod.EQUAL_PRINCIPAL));

        assertThat(s.installments()).extracting(ScheduledInstallment::principal)
                .containsExactly(bd("400.00"), bd("400.00"), bd("400.00"));
        assertThat(s.installments()).extracting(ScheduledInstallment::interest)
                .containsExactly(bd("12.00"), bd("8.00"), bd("4.00"));
        assertThat(amounts(s)).containsExactly(bd("412.00"), bd("408.00"), bd("404.00"));
        assertThat(s.totalInterest()).isEqualTo(bd("24.00"));
        assertThat(s.total()).isEqualTo(bd("1224.00"));
    }

    @Test
    void downPaymentIsInstallmentZero() {
        // 1,000.00 - 100.00 down = 900.00 financed; 900.00 / 3 = 300.00
        LocalDate dayBefore = JAN_15.minusDays(1);
        Schedule s = calculate(new ScheduleTerms(bd("1000.00"), CNY, 3, Frequency.MONTHLY, JAN_15, BigDecimal.ZERO,
                ScheduleMethod.EQUAL_INSTALLMENTS, bd("100.00"), dayBefore));

        assertThat(s.installments()).extracting(ScheduledInstallment::number).containsExactly(0, 1, 2, 3);
        assertThat(amounts(s)).containsExactly(bd("100.00"), bd("300.00"), bd("300.00"), bd("300.00"));
        assertThat(s.installments().get(0).dueDate()).isEqualTo(dayBefore);
        assertThat(s.installments().get(0).interest()).isEqualTo(bd("0.00"));
        assertThat(s.total()).isEqualTo(bd("1000.00"));
    }

    @Test
    void biweeklyDatesAreFourteenDaysApart() {
        Schedule s = calculate(terms("100.00", USD, 4, Frequency.BIWEEKLY, LocalDate.of(2027, 12, 20), "0",
                ScheduleMethod.EQUAL_INSTALLMENTS));

        assertThat(dueDates(s)).containsExactly(LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 3),
                LocalDate.of(2028, 1, 17), LocalDate.of(2028, 1, 31));
    }

    @Test
    void tinyAmountsNeverMakeANegativeInstallment() {
        // 0.05 / 8 = 0.00625: rounded down to 0.00, last 0.05. (HALF_EVEN would give 7 x 0.01 and a last of -0.02.)
        Schedule s = calculate(terms("0.05", USD, 8, Frequency.WEEKLY, JAN_15, "0",
                ScheduleMethod.EQUAL_INSTALLMENTS));

        assertThat(amounts(s)).containsExactly(bd("0.00"), bd("0.00"), bd("0.00"), bd("0.00"), bd("0.00"),
                bd("0.00"), bd("0.00"), bd("0.05"));
    }

    @Test
    void invalidTermsAreRejectedNamingTheField() {
        assertRejected(terms("100.001", USD, 3, Frequency.MONTHLY, JAN_15, "0", ScheduleMethod.EQUAL_INSTALLMENTS),
                "amount");
        assertRejected(terms("0.00", USD, 3, Frequency.MONTHLY, JAN_15, "0", ScheduleMethod.EQUAL_INSTALLMENTS),
                "amount");
        assertRejected(terms("100.00", USD, 0, Frequency.MONTHLY, JAN_15, "0", ScheduleMethod.EQUAL_INSTALLMENTS),
                "installments");
        assertRejected(terms("100.00", USD, 601, Frequency.MONTHLY, JAN_15, "0", ScheduleMethod.EQUAL_INSTALLMENTS),
                "installments");
        assertRejected(terms("100.00", USD, 3, Frequency.MONTHLY, JAN_15, "-1", ScheduleMethod.EQUAL_INSTALLMENTS),
                "annualInterestRate");
        assertRejected(terms("100.00", Currency.getInstance("XAU"), 3, Frequency.MONTHLY, JAN_15, "0",
                ScheduleMethod.EQUAL_INSTALLMENTS), "currency");
        assertRejected(terms("100.00", USD, 3, null, JAN_15, "0", ScheduleMethod.EQUAL_INSTALLMENTS), "frequency");
        assertRejected(new ScheduleTerms(bd("100.00"), USD, 3, Frequency.MONTHLY, JAN_15, null,
                ScheduleMethod.EQUAL_INSTALLMENTS, bd("100.00"), JAN_15.minusDays(1)), "downPayment");
        assertRejected(new ScheduleTerms(bd("100.00"), USD, 3, Frequency.MONTHLY, JAN_15, null,
                ScheduleMethod.EQUAL_INSTALLMENTS, bd("10.00"), null), "downPaymentDate");
        assertRejected(new ScheduleTerms(bd("100.00"), USD, 3, Frequency.MONTHLY, JAN_15, null,
                ScheduleMethod.EQUAL_INSTALLMENTS, bd("10.00"), JAN_15), "downPaymentDate");
    }

    private static void assertRejected(ScheduleTerms terms, String field) {
        assertThatThrownBy(() -> ScheduleCalculator.calculate(terms))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
    }

    private static ScheduleTerms terms(String amount, Currency currency, int n, Frequency frequency, LocalDate first,
            String rate, ScheduleMethod method) {
        return new ScheduleTerms(bd(amount), currency, n, frequency, first, bd(rate), method, null, null);
    }

    private static Schedule calculate(ScheduleTerms terms) {
        return ScheduleCalculator.calculate(terms);
    }

    private static List<BigDecimal> amounts(Schedule s) {
        return s.installments().stream().map(ScheduledInstallment::amount).toList();
    }

    private static List<LocalDate> dueDates(Schedule s) {
        return s.installments().stream().map(ScheduledInstallment::dueDate).toList();
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
