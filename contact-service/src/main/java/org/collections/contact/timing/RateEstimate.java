package org.collections.contact.timing;

/**
 * A smoothed right-party-contact rate.
 *
 * @param attempts outbound attempts on the debtor counted
 * @param contacts of which right-party contacts
 * @param rate     (contacts + prior strength × prior rate) / (attempts + prior strength)
 * @param enough   whether there were enough attempts for the rate to steer the plan
 */
public record RateEstimate(long attempts, long contacts, double rate, boolean enough) {

    static final RateEstimate NONE = new RateEstimate(0, 0, 0, false);
}
