package org.collections.contact.compliance;

/** Case-level reasons not to contact, as case-service reports them (ContactRestrictionChanged). */
public enum Restriction {
    CEASE_COMMUNICATION, DISPUTED, PAUSED, CLOSED, DECEASED, BANKRUPTCY
}
