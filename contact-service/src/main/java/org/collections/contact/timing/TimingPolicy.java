package org.collections.contact.timing;

/**
 * How much history the learned timing wants before it trusts it.
 *
 * @param minHourAttempts    attempts at a local hour before that hour may be preferred over the earliest permitted one
 * @param minChannelAttempts attempts on a channel before a segment's case may be left to that channel
 * @param priorStrength      weight, in attempts, of the Beta prior that pulls an hour's rate towards the channel's
 *                           overall rate in the segment (and a channel's towards the segment's overall rate)
 */
public record TimingPolicy(int minHourAttempts, int minChannelAttempts, double priorStrength) {

    public static final TimingPolicy DEFAULT = new TimingPolicy(30, 100, 20);

    public TimingPolicy {
        if (minHourAttempts < 1 || minChannelAttempts < 1 || !(priorStrength >= 0)) {
            throw new IllegalArgumentException("minimum attempts must be positive and the prior strength not negative");
        }
    }
}
