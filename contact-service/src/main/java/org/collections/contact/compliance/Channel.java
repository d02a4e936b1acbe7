package org.collections.contact.compliance;

public enum Channel {
    CALL, SMS, EMAIL, LETTER, VISIT
}
