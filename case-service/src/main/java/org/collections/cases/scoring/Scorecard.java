package org.collections.cases.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The transparent score used until a creditor has enough history for a model: 500 points, plus or minus fixed points
 * per feature band, each of which a collector can read as a reason.
 */
public final class Scorecard {

    public static final String SOURCE = "SCORECARD@1";
    private static final int BASE = 500;

    private Scorecard() {
    }

    public static Score score(Map<ScoreFeature, Double> f) {
        List<Score.Reason> reasons = new ArrayList<>();
        double dpd = f.get(ScoreFeature.DAYS_PAST_DUE);
        add(reasons, ScoreFeature.DAYS_PAST_DUE, dpd, dpd <= 30 ? 120 : dpd <= 90 ? 40 : dpd <= 180 ? -60 : -160);
        double payments = f.get(ScoreFeature.PAYMENTS_90D);
        add(reasons, ScoreFeature.PAYMENTS_90D, payments, payments == 0 ? -80 : payments == 1 ? 60 : 140);
        double sincePayment = f.get(ScoreFeature.DAYS_SINCE_PAYMENT);
        add(reasons, ScoreFeature.DAYS_SINCE_PAYMENT, sincePayment, sincePayment <= 30 ? 80 : 0);
        double kept = f.get(ScoreFeature.PROMISES_KEPT);
        add(reasons, ScoreFeature.PROMISES_KEPT, kept, 40 * (int) Math.min(3, kept));
        double broken = f.get(ScoreFeature.PROMISES_BROKEN);
        add(reasons, ScoreFeature.PROMISES_BROKEN, broken, -50 * (int) Math.min(3, broken));
        double plansBroken = f.get(ScoreFeature.PLANS_BROKEN);
        add(reasons, ScoreFeature.PLANS_BROKEN, plansBroken, -60 * (int) Math.min(2, plansBroken));
        double paidShare = f.get(ScoreFeature.PAID_SHARE);
        add(reasons, ScoreFeature.PAID_SHARE, paidShare, paidShare >= 0.25 ? 60 : 0);
        double contacts = f.get(ScoreFeature.RIGHT_PARTY_CONTACTS_30D);
        add(reasons, ScoreFeature.RIGHT_PARTY_CONTACTS_30D, contacts, contacts >= 1 ? 50 : 0);
        double rolls = f.get(ScoreFeature.BUCKET_ROLLS_180D);
        add(reasons, ScoreFeature.BUCKET_ROLLS_180D, rolls, -40 * (int) Math.min(3, rolls));
        int total = BASE + reasons.stream().mapToInt(Score.Reason::points).sum();
        reasons.sort(Comparator.comparingInt((Score.Reason r) -> Math.abs(r.points())).reversed());
        return new Score(Math.max(0, Math.min(1000, total)), SOURCE, reasons.subList(0, Math.min(3, reasons.size())));
    }

    private static void add(List<Score.Reason> reasons, ScoreFeature feature, double value, int points) {
        if (points != 0) {
            reasons.add(new Score.Reason(feature.name(), value, points));
        }
    }
}
