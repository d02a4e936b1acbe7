package org.collections.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.collections.plans.domain.InstallmentLedger.Line;
import org.collections.plans.domain.InstallmentLedger.Standing;
import org.junit.jupiter.api.Test;

class InstallmentLedgerTest {

    private static final LocalDate JAN = LocalDate.of(2027, 1, 15);

    private static List<Line> threeOf(String amount, String... paid) {
        return List.of(
                new Line(1, JAN, new BigDecimal(amount), new BigDecimal(paid.length > 0 ? paid[0] : "0.00")),
                new Line(2, JAN.plusMonths(1), new BigDecimal(amount), new BigDecimal(paid.length > 1 ? paid[1] : "0.00")),
                new Line(3, JAN.plusMonths(2), new BigDecimal(amount), new BigDecimal(paid.length > 2 ? paid[2] : "0.00")));
    }

    @Test
    void paymentsGoToTheOldestInstallmentStillOwing() {
        var applied = InstallmentLedger.allocate(threeOf("100.00", "60.00"), new BigDecimal("150.00"));
        assertThat(applied.allocations()).containsExactly(
                new InstallmentLedger.Allocation(1, new BigDecimal("40.00")),
                new InstallmentLedger.Allocation(2, new BigDecimal("100.00")),
                new InstallmentLedger.Allocation(3, new BigDecimal("10.00")));
        assertThat(applied.credit()).isEqualByComparingTo("0");
    }

    @Test
    void whatExceedsThePlanIsCredit() {
        var applied = InstallmentLedger.allocate(threeOf("100.00", "100.00", "100.00", "90.00"), new BigDecimal("25.00"));
        assertThat(applied.allocations()).containsExactly(new InstallmentLedger.Allocation(3, new BigDecimal("10.00")));
        assertThat(applied.credit()).isEqualByComparingTo("15.00");
    }

    @Property
    void allocationNeverLosesOrInventsMoney(@ForAll @IntRange(min = 1, max = 100_000) int cents,
            @ForAll @IntRange(min = 0, max = 10_000) int alreadyPaid) {
        BigDecimal payment = BigDecimal.valueOf(cents, 2);
        List<Line> lines = threeOf("100.00", BigDecimal.valueOf(Math.min(alreadyPaid, 10_000), 2).toPlainString());
        var applied = InstallmentLedger.allocate(lines, payment);
        BigDecimal allocated = applied.allocations().stream().map(InstallmentLedger.Allocation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(allocated.add(applied.credit())).isEqualByComparingTo(payment);
        assertThat(applied.credit().signum()).isGreaterThanOrEqualTo(0);
        BigDecimal owing = lines.stream().map(Line::owing).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(allocated).isEqualByComparingTo(owing.min(payment));
    }

    @Test
    void aShortfallWithinOnePercentStillCountsAsKept() {
        PlanRules rules = PlanRules.DEFAULTS;
        assertThat(InstallmentLedger.kept(new Line(1, JAN, new BigDecimal("833.33"), new BigDecimal("825.00")), rules)).isTrue();
        assertThat(InstallmentLedger.kept(new Line(1, JAN, new BigDecimal("833.33"), new BigDecimal("824.99")), rules)).isFalse();
    }

    @Test
    void anInstallmentIsMissedOnlyAfterGraceAndBreaksThePlanAtTenDaysPastDue() {
        List<Line> unpaidFirst = threeOf("100.00");
        assertThat(InstallmentLedger.evaluate(unpaidFirst, JAN.plusDays(3), PlanRules.DEFAULTS))
                .extracting(InstallmentLedger.Evaluation::standing, InstallmentLedger.Evaluation::missed)
                .containsExactly(Standing.ON_TRACK, 0);
        assertThat(InstallmentLedger.evaluate(unpaidFirst, JAN.plusDays(4), PlanRules.DEFAULTS))
                .extracting(InstallmentLedger.Evaluation::standing, InstallmentLedger.Evaluation::missed)
                .containsExactly(Standing.ON_TRACK, 1);
        assertThat(InstallmentLedger.evaluate(unpaidFirst, JAN.plusDays(9), PlanRules.DEFAULTS).standing()).isEqualTo(Standing.ON_TRACK);
        var broken = InstallmentLedger.evaluate(unpaidFirst, JAN.plusDays(10), PlanRules.DEFAULTS);
        assertThat(broken.standing()).isEqualTo(Standing.BROKEN);
        assertThat(broken.reason()).contains("10 days past due");
    }

    @Test
    void twoMissedInstallmentsBreakThePlanEvenWhenEachIsRecent() {
        PlanRules lenient = new PlanRules(BigDecimal.ONE, 3, 60, 2);
        List<Line> partlyPaid = List.of(
                new Line(1, JAN, new BigDecimal("100.00"), new BigDecimal("50.00")),
                new Line(2, JAN.plusDays(7), new BigDecimal("100.00"), BigDecimal.ZERO));
        assertThat(InstallmentLedger.evaluate(partlyPaid, JAN.plusDays(10), lenient).standing()).isEqualTo(Standing.ON_TRACK);
        var evaluation = InstallmentLedger.evaluate(partlyPaid, JAN.plusDays(11), lenient);
        assertThat(evaluation.standing()).isEqualTo(Standing.BROKEN);
        assertThat(evaluation.reason()).contains("2 installments missed");
    }

    @Test
    void everyInstallmentKeptCompletesThePlan() {
        assertThat(InstallmentLedger.evaluate(threeOf("100.00", "100.00", "99.50", "100.00"), JAN, PlanRules.DEFAULTS)
                .standing()).isEqualTo(Standing.COMPLETED);
    }

    private static List<Line> paidSoFar(List<Line> lines, InstallmentLedger.Applied applied) {
        return lines.stream().map(l -> new Line(l.number(), l.dueDate(), l.amount(), l.paid().add(applied.allocations()
                .stream().filter(a -> a.installmentNumber() == l.number()).map(InstallmentLedger.Allocation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)))).toList();
    }

    @Test
    void aShortfallTheToleranceAcceptedStaysWithItsInstallmentAndThePlanCompletes() {
        List<Line> lines = threeOf("100.00");
        for (int i = 1; i <= 3; i++) { // each payment 0.50 short of its installment
            var applied = InstallmentLedger.allocate(lines, new BigDecimal("99.50"), PlanRules.DEFAULTS);
            assertThat(applied.allocations()).containsExactly(new InstallmentLedger.Allocation(i, new BigDecimal("99.50")));
            lines = paidSoFar(lines, applied);
        }
        assertThat(InstallmentLedger.evaluate(lines, JAN.plusMonths(6), PlanRules.DEFAULTS).standing())
                .isEqualTo(Standing.COMPLETED);
        assertThat(InstallmentLedger.shortfall(lines, BigDecimal.ZERO)).isEqualByComparingTo("1.50");
    }

    @Test
    void whatIsLeftOverPaysAcceptedShortfallsOldestFirstBeforeItBecomesCredit() {
        List<Line> lines = threeOf("100.00", "99.50", "99.40", "0.00");
        var applied = InstallmentLedger.allocate(lines, new BigDecimal("101.50"), PlanRules.DEFAULTS);
        assertThat(applied.allocations()).containsExactly(
                new InstallmentLedger.Allocation(1, new BigDecimal("0.50")),
                new InstallmentLedger.Allocation(2, new BigDecimal("0.60")),
                new InstallmentLedger.Allocation(3, new BigDecimal("100.00")));
        assertThat(applied.credit()).isEqualByComparingTo("0.40");
    }

    @Test
    void aShortfallBeyondTheToleranceIsPaidFirst() {
        var applied = InstallmentLedger.allocate(threeOf("100.00", "98.00"), new BigDecimal("100.00"), PlanRules.DEFAULTS);
        assertThat(applied.allocations()).containsExactly(
                new InstallmentLedger.Allocation(1, new BigDecimal("2.00")),
                new InstallmentLedger.Allocation(2, new BigDecimal("98.00")));
    }

    @Test
    void theShortfallIsWhatStaysUnpaidLessAnyCredit() {
        assertThat(InstallmentLedger.shortfall(threeOf("100.00", "100.00", "100.00", "100.00"), BigDecimal.ZERO))
                .isEqualByComparingTo("0");
        assertThat(InstallmentLedger.shortfall(threeOf("100.00", "99.50", "100.00", "99.00"), BigDecimal.ZERO))
                .isEqualByComparingTo("1.50");
        assertThat(InstallmentLedger.shortfall(threeOf("100.00", "99.50"), new BigDecimal("300.00")))
                .isEqualByComparingTo("0");
    }

    @Property
    void allocationUnderToleranceNeverLosesOrInventsMoney(@ForAll @IntRange(min = 1, max = 100_000) int cents,
            @ForAll @IntRange(min = 0, max = 10_000) int firstPaid, @ForAll @IntRange(min = 0, max = 10_000) int secondPaid) {
        BigDecimal payment = BigDecimal.valueOf(cents, 2);
        List<Line> lines = threeOf("100.00", BigDecimal.valueOf(firstPaid, 2).toPlainString(),
                BigDecimal.valueOf(secondPaid, 2).toPlainString());
        var applied = InstallmentLedger.allocate(lines, payment, PlanRules.DEFAULTS);
        BigDecimal allocated = applied.allocations().stream().map(InstallmentLedger.Allocation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(allocated.add(applied.credit())).isEqualByComparingTo(payment);
        BigDecimal owing = lines.stream().map(Line::owing).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(allocated).isEqualByComparingTo(owing.min(payment));
        assertThat(applied.allocations()).allSatisfy(a -> assertThat(a.amount())
                .isLessThanOrEqualTo(lines.get(a.installmentNumber() - 1).owing()));
    }
}
