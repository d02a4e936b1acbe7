package org.collections.cases.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A trained logistic regression, exported as plain numbers so scoring needs no ML library: each feature is
 * standardised with the training mean and scale, weighted, summed with the intercept and squashed to a probability.
 * Product features ({@code PRODUCT=...}) are 1 for the case's product and 0 otherwise.
 */
public record LogisticModel(String source, List<String> features, double[] means, double[] scales, double[] weights,
        double intercept) {

    public LogisticModel {
        features = List.copyOf(features);
        if (means.length != features.size() || scales.length != features.size() || weights.length != features.size()) {
            throw new IllegalArgumentException("A model needs one mean, scale and weight per feature");
        }
        ProtectedAttributes.check(features);
    }

    public static double[] vector(List<String> features, Map<ScoreFeature, Double> values, String product) {
        double[] x = new double[features.size()];
        String productFeature = ScoreFeature.product(product);
        for (int i = 0; i < x.length; i++) {
            String name = features.get(i);
            x[i] = name.startsWith("PRODUCT=") ? (name.equals(productFeature) ? 1 : 0)
                    : values.get(ScoreFeature.valueOf(name));
        }
        return x;
    }

    public double probability(double[] x) {
        double z = intercept;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * standardised(x, i);
        }
        return 1 / (1 + Math.exp(-z));
    }

    public Score score(Map<ScoreFeature, Double> values, String product) {
        double[] x = vector(features, values, product);
        int value = (int) Math.round(1000 * probability(x));
        List<Score.Reason> reasons = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            // points: the feature's pull on the log-odds, on the 0-1000 scale near the middle (slope 250 per logit)
            int points = (int) Math.round(250 * weights[i] * standardised(x, i));
            if (points != 0) {
                reasons.add(new Score.Reason(features.get(i), x[i], points));
            }
        }
        reasons.sort(Comparator.comparingInt((Score.Reason r) -> Math.abs(r.points())).reversed());
        return new Score(value, source, reasons.subList(0, Math.min(3, reasons.size())));
    }

    private double standardised(double[] x, int i) {
        return scales[i] == 0 ? 0 : (x[i] - means[i]) / scales[i];
    }
}
