package org.collections.cases.treatment;

import java.math.BigDecimal;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which cases a segment holds; every criterion given must hold, a null one holds for all. Balances are bounds in the
 * case's currency (min inclusive, max exclusive); scores likewise (0–1000), and a case not yet scored meets no score
 * bound.
 */
@Schema(description = "Which cases a segment holds: every criterion given must hold; one left out holds for all")
public record SegmentCriteria(
        @Schema(description = "Delinquency buckets (CURRENT or the configured labels)", examples = "[\"1-30\", \"31-60\"]")
        Set<String> buckets,
        @Schema(description = "Balance at least this (the case's currency)", examples = "0.00") BigDecimal minBalance,
        @Schema(description = "Balance below this", examples = "500.00") BigDecimal maxBalance,
        @Schema(description = "Propensity-to-pay score at least this (0–1000); an unscored case meets no score bound",
                examples = "600") Integer minScore,
        @Schema(description = "Score below this", examples = "1000") Integer maxScore,
        @Schema(description = "true: only cases placed with an agency; false: only cases not placed") Boolean placed) {

    /** Every case. */
    public static final SegmentCriteria ANY = new SegmentCriteria(null, null, null, null, null, null);

    public SegmentCriteria {
        buckets = buckets == null ? Set.of() : Set.copyOf(buckets);
    }

    public boolean matches(CaseFacts c) {
        return (buckets.isEmpty() || buckets.contains(c.bucket()))
                && (minBalance == null || c.balance().compareTo(minBalance) >= 0)
                && (maxBalance == null || c.balance().compareTo(maxBalance) < 0)
                && (minScore == null || c.score() != null && c.score() >= minScore)
                && (maxScore == null || c.score() != null && c.score() < maxScore)
                && (placed == null || placed == c.placed());
    }
}
