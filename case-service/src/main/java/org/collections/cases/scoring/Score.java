package org.collections.cases.scoring;

import java.util.List;

/**
 * A propensity-to-pay score from 0 (will not pay) to 1000 (will pay within the outcome window), the model or
 * scorecard that gave it, and the features that moved it most, strongest first.
 */
public record Score(int value, String source, List<Reason> reasons) {

    /** A feature's value and how many points it moved the score (negative: lowered it). */
    public record Reason(String feature, double value, int points) {
    }

    public Score {
        if (value < 0 || value > 1000) {
            throw new IllegalArgumentException("A score lies between 0 and 1000: " + value);
        }
        reasons = List.copyOf(reasons);
    }
}
