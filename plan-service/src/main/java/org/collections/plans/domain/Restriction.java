package org.collections.plans.domain;

import java.util.Optional;

/** A restriction case-service places on a case. All but CLOSED stop enforcement while in force. */
public enum Restriction {
    DISPUTED, PAUSED, BREATHING_SPACE, CEASE_COMMUNICATION, BANKRUPTCY, DECEASED, CLOSED;

    public boolean holdsEnforcement() {
        return this != CLOSED;
    }

    /** The restriction named {@code value}; empty for a value this service does not know. */
    public static Optional<Restriction> parse(String value) {
        for (Restriction r : values()) {
            if (r.name().equals(value)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
