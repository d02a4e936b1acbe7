package org.collections.contact.compliance;

import java.util.Optional;

/** Case-level reasons not to contact, as case-service reports them (ContactRestrictionChanged). */
public enum Restriction {
    CEASE_COMMUNICATION, DISPUTED, PAUSED, CLOSED, DECEASED, BANKRUPTCY,
    /** A UK Breathing Space (standard or mental-health crisis) moratorium: no contact, no enforcement. */
    BREATHING_SPACE;

    /** The restriction of that name; empty for a value this service does not know (newer senders may add some). */
    public static Optional<Restriction> parse(String name) {
        for (Restriction r : values()) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
