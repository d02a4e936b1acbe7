package org.collections.contact.timing;

/**
 * Cases alike enough to share contact-rate statistics: the same creditor (its portfolio and its debtors) under the
 * same jurisdiction (its contact hours and habits).
 *
 * @param creditorId the creditor, "" when the case names none
 */
public record Segment(String creditorId, String jurisdiction) {

    public Segment {
        creditorId = creditorId == null ? "" : creditorId;
    }
}
