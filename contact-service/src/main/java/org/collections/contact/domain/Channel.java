package org.collections.contact.domain;

public enum Channel {
    CALL, SMS, EMAIL, LETTER, VISIT
}
