package org.collections.contact.domain;

/** What came of an attempt. */
public enum Outcome {
    NO_ANSWER, BUSY, VOICEMAIL, RIGHT_PARTY_CONTACT, THIRD_PARTY, WRONG_NUMBER, PROMISE_TO_PAY, REFUSED, DELIVERED,
    BOUNCED, OPT_OUT;

    /** A conversation with someone took place (a connected call). */
    public boolean connected() {
        return this == RIGHT_PARTY_CONTACT || this == THIRD_PARTY || this == PROMISE_TO_PAY || this == REFUSED
                || this == OPT_OUT;
    }

    /** Nobody was reached. */
    public boolean unanswered() {
        return this == NO_ANSWER || this == BUSY || this == VOICEMAIL;
    }
}
