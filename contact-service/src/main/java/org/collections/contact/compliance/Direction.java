package org.collections.contact.compliance;

public enum Direction {
    OUTBOUND, INBOUND
}
