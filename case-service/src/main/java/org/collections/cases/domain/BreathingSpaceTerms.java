package org.collections.cases.domain;

import java.time.LocalDate;
import org.collections.commons.rules.RuleViolation;

/** How long a Breathing Space lasts, and the rules for starting and ending one. */
public record BreathingSpaceTerms(int standardDays, int crisisAfterDays) {

    public BreathingSpaceTerms {
        if (standardDays < 1 || crisisAfterDays < 0) {
            throw new IllegalArgumentException("breathing space durations must be positive");
        }
    }

    /** A new Breathing Space; {@code current} is the case's current one, if any. */
    public BreathingSpace start(BreathingSpace current, BreathingSpace.Type type, LocalDate startedOn, LocalDate today) {
        if (current != null && current.inForce(today)) {
            throw new StateConflictException("breathing-space-in-force", "A " + current.type()
                    + " breathing space started on " + current.startedOn() + " is in force"
                    + (current.endsOn() == null ? "" : " until " + current.endsOn().minusDays(1)));
        }
        if (startedOn.isAfter(today)) {
            throw new RuleViolation("startedOn", "must not be in the future");
        }
        BreathingSpace started = new BreathingSpace(type,
                startedOn, type == BreathingSpace.Type.STANDARD ? startedOn.plusDays(standardDays) : null);
        if (!started.inForce(today)) {
            throw new RuleViolation("startedOn", "a standard breathing space started on " + startedOn
                    + " would have ended on " + started.endsOn());
        }
        if (current != null && startedOn.isBefore(current.endsOn())) {
            throw new RuleViolation("startedOn", "must not be before the previous breathing space ended ("
                    + current.endsOn() + ")");
        }
        return started;
    }

    /**
     * Ends a Breathing Space on {@code endedOn}: a standard one at once (early cancellation); for a mental-health
     * crisis, the crisis ends then and the protection continues {@link #crisisAfterDays()} more days.
     */
    public BreathingSpace end(BreathingSpace current, LocalDate endedOn, LocalDate today) {
        if (current == null || !current.inForce(today)) {
            throw new StateConflictException("no-breathing-space", "No breathing space is in force");
        }
        if (current.type() == BreathingSpace.Type.MENTAL_HEALTH_CRISIS && !current.crisisOpen()) {
            throw new StateConflictException("breathing-space-crisis-ended", "The mental-health crisis already ended; "
                    + "the breathing space ends by itself on " + current.endsOn());
        }
        if (endedOn.isAfter(today)) {
            throw new RuleViolation("endedOn", "must not be in the future");
        }
        if (endedOn.isBefore(current.startedOn())) {
            throw new RuleViolation("endedOn", "must not be before the breathing space started ("
                    + current.startedOn() + ")");
        }
        return current.type() == BreathingSpace.Type.STANDARD
                ? new BreathingSpace(current.type(), current.startedOn(), endedOn)
                : new BreathingSpace(current.type(), current.startedOn(), endedOn.plusDays(crisisAfterDays));
    }
}
