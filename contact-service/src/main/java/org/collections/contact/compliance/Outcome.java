package org.collections.contact.compliance;

/** What came of an attempt. */
public enum Outcome {
    NO_ANSWER, BUSY, VOICEMAIL, RIGHT_PARTY_CONTACT, THIRD_PARTY, WRONG_NUMBER, PROMISE_TO_PAY, REFUSED, DELIVERED,
    BOUNCED, OPT_OUT;

    /** A conversation with someone took place (a connected call). */
    public boolean connected() {
        return this == RIGHT_PARTY_CONTACT || this == THIRD_PARTY || this == PROMISE_TO_PAY || this == REFUSED
                || this == OPT_OUT;
    }

    /**
     * A message about the debt reached the person contacted: a conversation with them (not with a third party who
     * answered instead) or a delivered letter or message. Unanswered calls and voicemails are not communications.
     */
    public boolean communicated() {
        return (connected() && this != THIRD_PARTY) || this == DELIVERED;
    }

    /** Nobody was reached. */
    public boolean unanswered() {
        return this == NO_ANSWER || this == BUSY || this == VOICEMAIL;
    }
}
