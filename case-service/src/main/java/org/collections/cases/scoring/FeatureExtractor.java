package org.collections.cases.scoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.collections.cases.scoring.CaseHistory.Delinquency;
import org.collections.cases.scoring.CaseHistory.Kind;
import org.collections.cases.scoring.CaseHistory.Outcome;

/**
 * The {@link ScoreFeature}s of a case as they stood at an instant, using only what had happened by then, so a model
 * trained on past observation times sees exactly what a score computed at that time would have seen; and the label
 * a model learns: whether a payment followed within the outcome window.
 */
public final class FeatureExtractor {

    public static final Duration OUTCOME_WINDOW = Duration.ofDays(30);
    private static final int CAP_DAYS = 720;

    private FeatureExtractor() {
    }

    public static Map<ScoreFeature, Double> at(CaseHistory h, Instant t) {
        BigDecimal paid = BigDecimal.ZERO;
        int payments90 = 0;
        int kept = 0;
        int broken = 0;
        int plansBroken = 0;
        int contacts30 = 0;
        Instant lastPayment = null;
        for (Outcome o : h.outcomes()) {
            if (o.at().isAfter(t)) {
                break;
            }
            switch (o.kind()) {
                case PAYMENT -> {
                    paid = paid.add(o.amount());
                    lastPayment = o.at();
                    if (within(o.at(), t, 90)) {
                        payments90++;
                    }
                }
                case PAYMENT_REVERSED -> paid = paid.subtract(o.amount());
                case PROMISE_KEPT -> kept++;
                case PROMISE_BROKEN -> broken++;
                case PLAN_BROKEN -> plansBroken++;
                case RIGHT_PARTY_CONTACT -> contacts30 += within(o.at(), t, 30) ? 1 : 0;
                default -> {
                }
            }
        }
        double total = h.totalDebt().doubleValue();
        double balance = Math.max(0, h.totalDebt().subtract(paid).doubleValue());
        Map<ScoreFeature, Double> f = new EnumMap<>(ScoreFeature.class);
        f.put(ScoreFeature.DAYS_PAST_DUE, (double) daysPastDue(h, t));
        f.put(ScoreFeature.BALANCE_LOG, Math.log1p(balance));
        f.put(ScoreFeature.PAID_SHARE, total <= 0 ? 1.0 : Math.min(1.0, Math.max(0.0, 1 - balance / total)));
        f.put(ScoreFeature.PAYMENTS_90D, (double) payments90);
        f.put(ScoreFeature.DAYS_SINCE_PAYMENT, lastPayment == null ? 365.0
                : Math.min(365, ChronoUnit.DAYS.between(lastPayment, t)));
        f.put(ScoreFeature.PROMISES_KEPT, (double) kept);
        f.put(ScoreFeature.PROMISES_BROKEN, (double) broken);
        f.put(ScoreFeature.PLANS_BROKEN, (double) plansBroken);
        f.put(ScoreFeature.BUCKET_ROLLS_180D, (double) rolls(h, t));
        f.put(ScoreFeature.RIGHT_PARTY_CONTACTS_30D, (double) contacts30);
        f.put(ScoreFeature.DAYS_SINCE_OPENED, (double) Math.min(CAP_DAYS,
                Math.max(0, ChronoUnit.DAYS.between(h.openedAt(), t))));
        return f;
    }

    /** Whether a payment was posted in {@code (t, t + OUTCOME_WINDOW]}. */
    public static boolean paidAfter(CaseHistory h, Instant t) {
        Instant end = t.plus(OUTCOME_WINDOW);
        return h.outcomes().stream().anyMatch(o -> o.kind() == Kind.PAYMENT && o.at().isAfter(t) && !o.at().isAfter(end));
    }

    /** The last evaluation on or before t, aged by the days since (a case still past due keeps ageing). */
    private static int daysPastDue(CaseHistory h, Instant t) {
        LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
        Delinquency last = null;
        for (Delinquency d : h.delinquency()) {
            if (d.on().isAfter(day)) {
                break;
            }
            last = d;
        }
        if (last == null || last.daysPastDue() == 0) {
            return 0;
        }
        return (int) Math.min(CAP_DAYS, last.daysPastDue() + ChronoUnit.DAYS.between(last.on(), day));
    }

    private static int rolls(CaseHistory h, Instant t) {
        LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
        LocalDate since = day.minusDays(180);
        int rolls = 0;
        Delinquency previous = null;
        for (Delinquency d : h.delinquency()) {
            if (d.on().isAfter(day)) {
                break;
            }
            // buckets are ranges of days past due, so a different bucket at more days past due is a worse one
            if (previous != null && !d.bucket().equals(previous.bucket()) && d.daysPastDue() > previous.daysPastDue()
                    && d.on().isAfter(since)) {
                rolls++;
            }
            previous = d;
        }
        return rolls;
    }

    private static boolean within(Instant at, Instant t, int days) {
        return at.isAfter(t.minus(Duration.ofDays(days)));
    }
}
