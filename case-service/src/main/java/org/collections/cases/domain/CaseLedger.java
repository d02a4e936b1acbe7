package org.collections.cases.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The money a case has applied from plan-service: what it received in all, and the payment events behind it. */
public record CaseLedger(UUID caseId, String currency, BigDecimal paymentsReceived, List<AppliedEvent> events) {

    /** One applied payment event: its id, PAYMENT or PAYMENT_REVERSED, and its amount. */
    public record AppliedEvent(UUID eventId, String kind, BigDecimal amount) {
    }
}
