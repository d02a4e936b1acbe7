package org.collections.plans.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.collections.plans.domain.PaymentReminder;

/** {@code payment.reminders} by result: REQUESTED when asked of contact-service, then what became of each. */
@ApplicationScoped
public class ReminderMetrics {

    @Inject
    MeterRegistry registry;

    void counted(PaymentReminder.Status result, int n) {
        if (n > 0) {
            registry.counter("payment.reminders", "result", result.name()).increment(n);
        }
    }
}
