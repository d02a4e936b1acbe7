package org.collections.cases.domain;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Breathing Space (UK Debt Respite Scheme) as it stands: in force from {@code startedOn} until the day before
 * {@code endsOn}; {@code endsOn} is null while a mental-health crisis is still open.
 */
public record BreathingSpace(Type type, LocalDate startedOn, LocalDate endsOn) {

    @Schema(name = "BreathingSpaceType", description = "Kind of Breathing Space. STANDARD: 60 days (configurable), may be cancelled early; "
            + "MENTAL_HEALTH_CRISIS: lasts while the crisis treatment lasts, then 30 more days (configurable).")
    public enum Type {
        /** 60 days (configurable), may be cancelled early. */
        STANDARD,
        /** Lasts while the crisis treatment lasts, then 30 more days (configurable). */
        MENTAL_HEALTH_CRISIS
    }

    public boolean inForce(LocalDate today) {
        return !startedOn.isAfter(today) && (endsOn == null || today.isBefore(endsOn));
    }

    public boolean crisisOpen() {
        return type == Type.MENTAL_HEALTH_CRISIS && endsOn == null;
    }
}
