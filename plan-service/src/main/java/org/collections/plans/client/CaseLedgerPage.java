package org.collections.plans.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A page of case-service's case ledgers in case id order; {@code nextCursor} is null on the last page. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseLedgerPage(List<CaseLedger> items, String nextCursor) {

    /** The case the next page starts after; null on the last page. */
    public UUID nextAfter() {
        return nextCursor == null || items.isEmpty() ? null : items.get(items.size() - 1).caseId();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaseLedger(UUID caseId, String currency, BigDecimal paymentsReceived, List<AppliedEvent> events) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AppliedEvent(UUID eventId, String type, BigDecimal amount) {
    }
}
