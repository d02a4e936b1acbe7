package org.collections.contact.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Contact decisions given in [from, to) and those blocked, by the rule that blocked them, per "
        + "creditor or per agency that asked")
public record DecisionKpisView(
        @Schema(description = "Start of the period (UTC, inclusive)", examples = "2026-03-01T00:00:00Z") Instant from,
        @Schema(description = "End of the period (UTC, exclusive)", examples = "2026-04-01T00:00:00Z") Instant to,
        @Schema(description = "The creditor the figures are restricted to; null for all", examples = "ACME")
        String creditorId,
        @Schema(description = "The agency the figures are restricted to (always the caller's own for an agency); "
                + "null for all", examples = "AGENCY-A") String agencyId,
        @Schema(description = "creditor or agency (an agency always gets agency)", examples = "creditor") String groupBy,
        @Schema(description = "One entry per group with any decision in the period, ordered by key") List<Group> groups) {

    @Schema(description = "The decisions of one group")
    public record Group(
            @Schema(description = "The creditor, or the agency that asked; null when unknown (a case contact-service "
                    + "has no creditor for) or asked by the lender's own staff", examples = "ACME") String key,
            @Schema(description = "Decisions given", examples = "200") long decisions,
            @Schema(description = "Of those, BLOCK", examples = "30") long blocked,
            @Schema(description = "blocked ÷ decisions, rounded half-up to 4 places; null when no decisions",
                    examples = "0.1500") BigDecimal blockedRate,
            @Schema(description = "Blocked decisions per rule, most frequent first; a decision blocked by several "
                    + "rules counts under each") List<RuleCount> blockedByRule) {
    }

    @Schema(description = "Decisions blocked by one rule")
    public record RuleCount(@Schema(description = "The rule", examples = "US_REGF.CALL_FREQUENCY") String ruleId,
            @Schema(description = "Decisions it blocked", examples = "12") long decisions) {
    }
}
