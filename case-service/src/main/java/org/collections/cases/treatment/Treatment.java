package org.collections.cases.treatment;

import java.time.Instant;
import java.util.UUID;

/**
 * A case's latest time on a path: the strategy and segment, when it entered, the next step to carry out, whether a
 * step is waiting for contact-service's answer, and its status.
 */
public record Treatment(UUID id, UUID strategyId, String segment, Instant enteredAt, int nextStep,
        boolean stepInFlight, TreatmentStatus status) {
}
