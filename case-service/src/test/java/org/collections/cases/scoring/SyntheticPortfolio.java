package org.collections.cases.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.collections.cases.scoring.CaseHistory.Delinquency;
import org.collections.cases.scoring.CaseHistory.Kind;
import org.collections.cases.scoring.CaseHistory.Outcome;

/**
 * Case histories whose payments depend on known features: every 10 days a case pays with a probability that rises
 * with recent payments, kept promises and a personal loan, and falls with days past due, the balance and broken
 * promises. A score that learns this ranks cases well; one that cannot has an AUC near 0.5.
 */
public final class SyntheticPortfolio {

    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    public static final int DAYS = 180;
    private static final List<String> PRODUCTS = List.of("CREDIT_CARD", "PERSONAL_LOAN", "BNPL");

    private SyntheticPortfolio() {
    }

    static List<CaseHistory> generate(int cases, long seed) {
        return generate(cases, seed, START);
    }

    /** {@code cases} histories of {@link #DAYS} days from {@code start}. */
    public static List<CaseHistory> generate(int cases, long seed, Instant start) {
        Random random = new Random(seed);
        List<CaseHistory> histories = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            histories.add(one(random, start));
        }
        return histories;
    }

    private static CaseHistory one(Random random, Instant start) {
        String product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
        BigDecimal debt = BigDecimal.valueOf(200 + random.nextInt(9800)).setScale(2, RoundingMode.UNNECESSARY);
        int dpd = 5 + random.nextInt(200);
        int openedDaysBefore = random.nextInt(365);
        double ability = random.nextGaussian() * 0.5;
        List<Outcome> outcomes = new ArrayList<>();
        List<Delinquency> delinquency = new ArrayList<>();
        int recentPayments = 0;
        int kept = 0;
        int broken = 0;
        BigDecimal paid = BigDecimal.ZERO;
        for (int day = 0; day < DAYS; day += 10) {
            Instant t = start.plus(Duration.ofDays(day)).plusSeconds(3600L * (8 + random.nextInt(10)));
            delinquency.add(new Delinquency(LocalDate.ofInstant(t, ZoneOffset.UTC), dpd, "B" + Math.min(6, (dpd + 29) / 30)));
            double logit = -0.5 + ability + 0.8 * recentPayments + 0.5 * kept - 0.6 * broken - dpd / 120.0
                    - Math.log10(debt.doubleValue()) * 0.3 + (product.equals("PERSONAL_LOAN") ? 0.7 : 0);
            boolean promise = random.nextDouble() < 0.15;
            if (promise) {
                outcomes.add(new Outcome(Kind.PROMISE_MADE, null, t));
            }
            if (random.nextDouble() < 1 / (1 + Math.exp(-logit))) {
                BigDecimal amount = debt.multiply(BigDecimal.valueOf(0.08)).setScale(2, RoundingMode.HALF_EVEN);
                outcomes.add(new Outcome(Kind.PAYMENT, amount, t.plusSeconds(60)));
                paid = paid.add(amount);
                recentPayments = Math.min(3, recentPayments + 1);
                dpd = Math.max(0, dpd - 20);
                if (promise) {
                    outcomes.add(new Outcome(Kind.PROMISE_KEPT, null, t.plusSeconds(120)));
                    kept++;
                }
            } else {
                recentPayments = Math.max(0, recentPayments - 1);
                dpd += 10;
                if (promise) {
                    outcomes.add(new Outcome(Kind.PROMISE_BROKEN, null, t.plusSeconds(120)));
                    broken++;
                }
            }
        }
        return new CaseHistory(product, debt, start.minus(Duration.ofDays(openedDaysBefore)), null, outcomes, delinquency);
    }
}
