package org.collections.contact.domain;

/** Case-level reasons not to contact, as case-service reports them (ContactRestrictionChanged). */
public enum Restriction {
    CEASE_COMMUNICATION, DISPUTED, PAUSED, CLOSED, DECEASED, BANKRUPTCY
}
