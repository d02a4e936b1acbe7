package org.collections.contact.compliance;

/** Why an attempt was made, when the rules need to know; most attempts have none. */
public enum AttemptPurpose {
    /** The debt validation notice (Regulation F): lifts US_REGF.VALIDATION_NOTICE once delivered. */
    VALIDATION_NOTICE
}
