package org.collections.cases.domain;

/** A requested lifecycle move that the rules do not allow. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }

    public static IllegalTransitionException of(CaseStatus from, CaseStatus to) {
        return new IllegalTransitionException("A case in status " + from + " cannot move to " + to
                + (from.next().isEmpty() ? " (" + from + " is final)" : "; allowed: " + from.next()));
    }
}
