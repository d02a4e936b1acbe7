package org.collections.plans.service;

import java.math.BigDecimal;
import java.time.Instant;

/** Money received towards a plan or a promise; {@code receivedAt} null means now. */
public record NewPayment(BigDecimal amount, String currency, String payerReference, Instant receivedAt) {
}
