package org.collections.plans.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.collections.plans.domain.Payment;

/**
 * {@code payments.posted} and {@code payments.posted.amount} (by currency): payments posted to plans, for the
 * dashboard. The amount is a floating-point sum for charts only; the ledger is the payments table.
 */
@ApplicationScoped
public class PaymentMetrics {

    @Inject
    MeterRegistry registry;

    void posted(Payment payment) {
        registry.counter("payments.posted", "currency", payment.currency).increment();
        registry.counter("payments.posted.amount", "currency", payment.currency).increment(payment.amount.doubleValue());
    }
}
