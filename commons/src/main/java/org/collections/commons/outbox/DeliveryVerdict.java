package org.collections.commons.outbox;

import java.util.Set;

/**
 * What a failed delivery attempt means. No answer, a timeout or a "try later" status is an outage of the subscriber:
 * retried for as long as it lasts, since nothing is wrong with the event. An answer that refuses the event is counted;
 * the delivery is parked at the configured number of refusals, or at once when the answer says the event can never be
 * accepted (malformed, too large, of a kind the subscriber cannot process).
 */
public enum DeliveryVerdict {
    /** Retry later; the subscriber was not reachable or asked to try later. */
    OUTAGE,
    /** Retry later; the subscriber answered with an error, counted against the limit. */
    REFUSED,
    /** Stop retrying: wait for an admin to replay or skip it. */
    PARK;

    private static final Set<Integer> TRY_LATER = Set.of(408, 425, 429, 502, 503, 504);
    private static final Set<Integer> NEVER_ACCEPTED = Set.of(400, 410, 413, 415, 422);

    /**
     * @param status the subscriber's HTTP status, or null when it gave no answer
     * @param refusalsBefore refusals counted for this delivery before this attempt
     * @param maxRefusals refusals after which the delivery is parked
     */
    public static DeliveryVerdict of(Integer status, int refusalsBefore, int maxRefusals) {
        if (status == null || TRY_LATER.contains(status)) {
            return OUTAGE;
        }
        if (NEVER_ACCEPTED.contains(status) || refusalsBefore + 1 >= maxRefusals) {
            return PARK;
        }
        return REFUSED;
    }
}
