package org.collections.cases.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a trained propensity model is and how good it is, stored with it: the data it learned from (window, samples),
 * what it predicts, its features and their weights, the attributes it may never use, and its AUC against the
 * scorecard's on cases held out of training. {@code status} says whether it scores (ACTIVE) or why not (REJECTED).
 */
@RegisterForReflection(ignoreNested = false)
@Schema(description = "A propensity model's card: what it predicts, what it learned from, its features and how well it "
        + "ranks cases held out of training, against the scorecard")
public record ModelCard(
        @Schema(description = "The model's id") UUID id,
        @Schema(description = "The creditor whose history it learned from", examples = "DEMO-US") String creditorId,
        @Schema(description = "The creditor's model version, 1 for the first", examples = "3") int version,
        @Schema(description = "ACTIVE (scores the creditor's cases), REJECTED (see statusReason) or RETIRED "
                + "(replaced)", examples = "ACTIVE") String status,
        @Schema(description = "Why a model was rejected; absent when ACTIVE",
                examples = "AUC 0.61 below the floor 0.65") String statusReason,
        @Schema(description = "How it was trained") String algorithm,
        @Schema(description = "What it predicts", examples = "A payment posted within 30 days of the observation time")
        String label,
        @Schema(description = "The features it uses and their weights") List<FeatureWeight> features,
        @Schema(description = "Attributes no model may use, directly or by name") List<String> excludedAttributes,
        @Schema(description = "The first observation time") Instant windowFrom,
        @Schema(description = "The last observation time (its outcome window ended before training)") Instant windowTo,
        @Schema(description = "Observations (an open case at an observation time) found", examples = "152000")
        long observations,
        @Schema(description = "Observations learned from (a uniform sample when there were more)", examples = "40000")
        int trainingSamples,
        @Schema(description = "Of those, followed by a payment", examples = "4100") int trainingPositives,
        @Schema(description = "Observations of the held-out fifth of the cases, never learned from", examples = "30000")
        int holdoutSamples,
        @Schema(description = "Of those, followed by a payment", examples = "3050") int holdoutPositives,
        @Schema(description = "Area under the ROC curve on the held-out observations; absent without a model",
                examples = "0.7755") Double auc,
        @Schema(description = "The scorecard's AUC on the same held-out observations", examples = "0.7479")
        Double scorecardAuc,
        @Schema(description = "When it was trained") Instant trainedAt,
        @Schema(description = "Who trained it (system:scoring for the nightly job)", examples = "admin-local")
        String trainedBy) {

    /** A feature, what it measures, and its weight on the standardised feature (log-odds per standard deviation). */
    @Schema(description = "A feature of the model")
    public record FeatureWeight(
            @Schema(description = "Its name; PRODUCT=<product> is 1 for cases of that product", examples = "DAYS_PAST_DUE")
            String name,
            @Schema(description = "What it measures") String description,
            @Schema(description = "Log-odds of a payment per standard deviation of the feature", examples = "-0.6865")
            double weight) {
    }

    /** The exported model: enough to score in plain Java. Stored, never served. */
    public record Parameters(String source, List<String> features, double[] means, double[] scales, double[] weights,
            double intercept) {
    }
}
