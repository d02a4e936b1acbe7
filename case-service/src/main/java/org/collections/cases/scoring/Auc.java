package org.collections.cases.scoring;

import java.util.Arrays;
import java.util.Comparator;

/** The area under the ROC curve: the chance that a random positive is ranked above a random negative (ties half). */
public final class Auc {

    private Auc() {
    }

    /** @return the AUC, or NaN when there are no positives or no negatives */
    public static double of(double[] scores, boolean[] positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumOfPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumOfPositives += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumOfPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
