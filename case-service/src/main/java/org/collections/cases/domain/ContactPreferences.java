package org.collections.cases.domain;

import java.util.List;

/**
 * How a debtor asked to be contacted: the channels preferred (none: no preference) and the local hours (HH:mm, the
 * debtor's time zone) between which contact is welcome. Stored as JSON with the debtor.
 */
public record ContactPreferences(List<Channel> channels, String notBefore, String notAfter) {

    /** A way of contacting a debtor. */
    public enum Channel {
        CALL, SMS, EMAIL, LETTER, VISIT
    }
}
