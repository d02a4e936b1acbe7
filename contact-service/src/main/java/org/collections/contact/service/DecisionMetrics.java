package org.collections.contact.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * {@code contact.decisions} (by outcome ALLOW / BLOCK) and {@code contact.decisions.blocked} (by rule, once per
 * rule that blocked a decision, e.g. US_REGF.CALL_FREQUENCY): what the compliance engine stops, for the dashboard.
 * Rule ids come from the rule packs, so the series stay few.
 */
@ApplicationScoped
public class DecisionMetrics {

    @Inject
    MeterRegistry registry;

    void decided(boolean allowed, Collection<String> blockingRules) {
        registry.counter("contact.decisions", "outcome", allowed ? "ALLOW" : "BLOCK").increment();
        if (!allowed) {
            blockingRules.forEach(rule -> registry.counter("contact.decisions.blocked", "rule", rule).increment());
        }
    }
}
