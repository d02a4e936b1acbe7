package org.collections.contact.compliance;

public enum ContactPointStatus {
    VALID, INVALID, OPTED_OUT
}
