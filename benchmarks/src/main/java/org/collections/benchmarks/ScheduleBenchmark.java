package org.collections.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.collections.plans.domain.Frequency;
import org.collections.plans.domain.PlanOffer;
import org.collections.plans.domain.PlanProposal;
import org.collections.plans.domain.PlanType;
import org.collections.plans.domain.Schedule;
import org.collections.plans.domain.ScheduleCalculator;
import org.collections.plans.domain.ScheduleMethod;
import org.collections.plans.domain.ScheduleTerms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A repayment plan of 60 monthly installments at 18 % a year after a down payment: its schedule alone
 * ({@link ScheduleCalculator}), and the whole check plan-service makes of the offer, which computes it
 * ({@link PlanProposal}).
 */
@State(Scope.Benchmark)
public class ScheduleBenchmark extends PerCoreThroughput {

    static final int INSTALLMENTS = 60;
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final BigDecimal BALANCE = new BigDecimal("12500.00");
    /** plan-service's default, plans.max-disposable-income-share-percent. */
    private static final BigDecimal INCOME_SHARE_PERCENT = BigDecimal.valueOf(50);

    @Param
    public ScheduleMethod method;

    private PlanOffer offer;
    private ScheduleTerms terms;

    @Setup
    public void prepare() {
        offer = new PlanOffer(PlanType.INSTALLMENT, new BigDecimal("12000.00"), INSTALLMENTS, Frequency.MONTHLY,
                TODAY.plusDays(21), new BigDecimal("18"), method, new BigDecimal("500.00"), TODAY.plusDays(7), null,
                new PlanOffer.Budget(new BigDecimal("3200.00"), new BigDecimal("2100.00"), null));
        terms = propose().terms();
    }

    @Benchmark
    public Schedule calculate() {
        return ScheduleCalculator.calculate(terms);
    }

    @Benchmark
    public PlanProposal.Outcome propose() {
        return PlanProposal.check(offer, BALANCE, USD, TODAY, INCOME_SHARE_PERCENT);
    }
}
