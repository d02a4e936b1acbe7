package org.collections.contact.compliance;

/** What came of an attempt. */
public enum Outcome {
    NO_ANSWER, BUSY, VOICEMAIL, RIGHT_PARTY_CONTACT, THIRD_PARTY, WRONG_NUMBER, PROMISE_TO_PAY, REFUSED, DELIVERED,
    BOUNCED, OPT_OUT,
    /** The number dialled is not in service (the call never reached a line). */
    NOT_IN_SERVICE,
    /** The call failed in the network before reaching the number dialled. */
    NETWORK_FAILURE;

    /** A conversation with someone took place (a connected call). */
    public boolean connected() {
        return this == RIGHT_PARTY_CONTACT || this == THIRD_PARTY || this == PROMISE_TO_PAY || this == REFUSED
                || this == OPT_OUT;
    }

    /**
     * The call reached the number dialled: it rang, went to voicemail or was answered. Busy signals, numbers not
     * in service and network failures did not, and do not count toward Regulation F's call frequency
     * (12 CFR 1006.14(b)(3)).
     */
    public boolean connectedToNumber() {
        return this != BUSY && this != NOT_IN_SERVICE && this != NETWORK_FAILURE;
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
        return this == NO_ANSWER || this == BUSY || this == VOICEMAIL || this == NOT_IN_SERVICE
                || this == NETWORK_FAILURE;
    }
}
