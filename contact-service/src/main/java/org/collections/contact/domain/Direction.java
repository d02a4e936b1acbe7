package org.collections.contact.domain;

public enum Direction {
    OUTBOUND, INBOUND
}
