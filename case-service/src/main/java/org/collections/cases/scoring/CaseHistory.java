package org.collections.cases.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the platform knows of one case, as needed to score it at any point in time: the debt, when the case opened
 * (and closed), what happened to it, and its delinquency as evaluated day by day. Lists are in time order.
 */
public record CaseHistory(String product, BigDecimal totalDebt, Instant openedAt, Instant closedAt,
        List<Outcome> outcomes, List<Delinquency> delinquency) {

    public enum Kind {
        PAYMENT, PAYMENT_REVERSED, PROMISE_MADE, PROMISE_KEPT, PROMISE_BROKEN, PLAN_ACTIVATED, PLAN_BROKEN,
        RIGHT_PARTY_CONTACT, CONTACT_ATTEMPT
    }

    /** Something that happened to the case; {@code amount} for payments and reversals, else null. */
    public record Outcome(Kind kind, BigDecimal amount, Instant at) {
    }

    /** The days past due and bucket evaluated on a day. */
    public record Delinquency(LocalDate on, int daysPastDue, String bucket) {
    }

    public CaseHistory {
        outcomes = List.copyOf(outcomes);
        delinquency = List.copyOf(delinquency);
    }

    public boolean openAt(Instant t) {
        return !openedAt.isAfter(t) && (closedAt == null || closedAt.isAfter(t));
    }
}
