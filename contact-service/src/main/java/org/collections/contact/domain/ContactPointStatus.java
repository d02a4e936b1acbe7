package org.collections.contact.domain;

public enum ContactPointStatus {
    VALID, INVALID, OPTED_OUT
}
