package org.collections.cases.domain;

/** A request that does not fit the case's current state (409), e.g. a second Breathing Space while one is in force. */
public class StateConflictException extends RuntimeException {

    private final String typeSlug;

    public StateConflictException(String typeSlug, String message) {
        super(message);
        this.typeSlug = typeSlug;
    }

    public String typeSlug() {
        return typeSlug;
    }
}
