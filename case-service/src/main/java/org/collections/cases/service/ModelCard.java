package org.collections.cases.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a trained propensity model is and how good it is, stored with it: the data it learned from (window, samples),
 * what it predicts, its features and their weights, the attributes it may never use, and its AUC against the
 * scorecard's on cases held out of training. {@code status} says whether it scores (ACTIVE) or why not (REJECTED).
 */
@RegisterForReflection(ignoreNested = false)
public record ModelCard(UUID id, String creditorId, int version, String status, String statusReason, String algorithm,
        String label, List<FeatureWeight> features, List<String> excludedAttributes, Instant windowFrom,
        Instant windowTo, long observations, int trainingSamples, int trainingPositives, int holdoutSamples,
        int holdoutPositives, Double auc, Double scorecardAuc, Instant trainedAt, String trainedBy) {

    /** A feature, what it measures, and its weight on the standardised feature (log-odds per standard deviation). */
    public record FeatureWeight(String name, String description, double weight) {
    }

    /** The exported model: enough to score in plain Java. */
    public record Parameters(String source, List<String> features, double[] means, double[] scales, double[] weights,
            double intercept) {
    }
}
