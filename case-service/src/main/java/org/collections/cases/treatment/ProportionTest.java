package org.collections.cases.treatment;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A two-sided two-proportion z-test of a challenger's rate against the champion's (pooled standard error). The
 * difference is called significant only when both arms have at least the minimum sample and p is below alpha: with
 * fewer cases a difference is reported but no verdict is drawn.
 */
public final class ProportionTest {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private ProportionTest() {
    }

    public record Result(double championRate, double challengerRate, double difference, double z, double pValue,
            boolean enoughData, boolean significant) {
    }

    public static Result compare(long championHits, long championTrials, long challengerHits, long challengerTrials,
            long minTrials, double alpha) {
        double p1 = rate(championHits, championTrials);
        double p2 = rate(challengerHits, challengerTrials);
        boolean enough = championTrials >= minTrials && challengerTrials >= minTrials && minTrials > 0;
        double pooled = rate(championHits + challengerHits, championTrials + challengerTrials);
        double se = championTrials == 0 || challengerTrials == 0 ? 0
                : Math.sqrt(pooled * (1 - pooled) * (1.0 / championTrials + 1.0 / challengerTrials));
        double z = se == 0 ? 0 : (p2 - p1) / se;
        double p = se == 0 ? 1 : 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
        return new Result(p1, p2, p2 - p1, z, p, enough, enough && p < alpha);
    }

    private static double rate(long hits, long trials) {
        return trials == 0 ? 0 : (double) hits / trials;
    }
}
