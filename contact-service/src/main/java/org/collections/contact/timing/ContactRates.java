package org.collections.contact.timing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.Outcome;

/**
 * Right-party-contact statistics per segment × channel × debtor-local hour of day, learned from the outbound attempts
 * on debtors, and the smoothed rates the daily plan chooses by. Immutable once built.
 */
public final class ContactRates {

    public static final int HOURS = 24;

    private static final ContactRates EMPTY = new Builder(TimingPolicy.DEFAULT).build();

    private final TimingPolicy policy;
    private final Map<Segment, Estimates> segments;

    private ContactRates(TimingPolicy policy, Map<Segment, Estimates> segments) {
        this.policy = policy;
        this.segments = segments;
    }

    public static ContactRates empty() {
        return EMPTY;
    }

    public static Builder builder(TimingPolicy policy) {
        return new Builder(policy);
    }

    public TimingPolicy policy() {
        return policy;
    }

    /** An hour's rate, pulled towards the channel's overall rate in the segment. */
    public RateEstimate hour(Segment segment, Channel channel, int localHour) {
        Estimates estimates = segments.get(segment);
        return estimates == null ? RateEstimate.NONE : estimates.hours[channel.ordinal()][localHour];
    }

    /** A channel's rate over all hours, pulled towards the segment's overall rate. */
    public RateEstimate channel(Segment segment, Channel channel) {
        Estimates estimates = segments.get(segment);
        return estimates == null ? RateEstimate.NONE : estimates.channels[channel.ordinal()];
    }

    /** The hours with enough attempts to steer the plan, best rate first (the earlier hour first on a tie). */
    public List<HourRate> preferableHours(Segment segment, Channel channel) {
        Estimates estimates = segments.get(segment);
        return estimates == null ? List.of() : estimates.preferable.get(channel.ordinal());
    }

    /**
     * The channels among {@code usable} with enough attempts whose rate in the segment beats {@code channel}'s, best
     * first.
     */
    public List<Channel> betterChannels(Segment segment, Channel channel, Set<Channel> usable) {
        Estimates estimates = segments.get(segment);
        if (estimates == null) {
            return List.of();
        }
        double own = estimates.channels[channel.ordinal()].rate();
        List<Channel> better = new ArrayList<>(2);
        for (Channel other : usable) {
            RateEstimate estimate = estimates.channels[other.ordinal()];
            if (other != channel && estimate.enough() && estimate.rate() > own) {
                better.add(other);
            }
        }
        if (better.size() > 1) {
            better.sort(Comparator.comparingDouble((Channel c) -> estimates.channels[c.ordinal()].rate()).reversed()
                    .thenComparing(Comparator.naturalOrder()));
        }
        return better;
    }

    /** A local hour of the day and its rate. */
    public record HourRate(int localHour, RateEstimate estimate) {
    }

    /** Collects counts: aggregated rows from the ledger, or single attempts. */
    public static final class Builder {

        private final TimingPolicy policy;
        private final Map<Segment, Counts> segments = new HashMap<>();

        private Builder(TimingPolicy policy) {
            this.policy = policy;
        }

        /** {@code attempts} outbound attempts on debtors at {@code localHour}, {@code contacts} of them right-party. */
        public Builder add(Segment segment, Channel channel, int localHour, long attempts, long contacts) {
            if (localHour < 0 || localHour >= HOURS || attempts < 0 || contacts < 0 || contacts > attempts) {
                throw new IllegalArgumentException("bad counts: hour " + localHour + ", " + contacts + " of "
                        + attempts);
            }
            Counts counts = segments.computeIfAbsent(segment, s -> new Counts());
            counts.attempts[channel.ordinal()][localHour] += attempts;
            counts.contacts[channel.ordinal()][localHour] += contacts;
            return this;
        }

        /** One outbound attempt on the debtor, at {@code at} in the debtor's {@code zone}. */
        public Builder add(Segment segment, Channel channel, Instant at, ZoneId zone, Outcome outcome) {
            return add(segment, channel, at.atZone(zone).getHour(), 1, RightPartyContact.is(outcome) ? 1 : 0);
        }

        public ContactRates build() {
            Map<Segment, Estimates> estimates = new HashMap<>();
            segments.forEach((segment, counts) -> estimates.put(segment, new Estimates(policy, counts)));
            return new ContactRates(policy, Map.copyOf(estimates));
        }
    }

    /** A segment's rates, worked out once when the statistics are built: the plan asks for them once per case. */
    private static final class Estimates {

        final RateEstimate[][] hours = new RateEstimate[Channel.values().length][HOURS];
        final RateEstimate[] channels = new RateEstimate[Channel.values().length];
        final List<List<HourRate>> preferable = new ArrayList<>();

        Estimates(TimingPolicy policy, Counts counts) {
            double segmentRate = rate(counts.totalContacts(), counts.totalAttempts());
            for (int c = 0; c < channels.length; c++) {
                long channelAttempts = counts.channelAttempts(c);
                long channelContacts = counts.channelContacts(c);
                channels[c] = estimate(policy, channelAttempts, channelContacts, segmentRate,
                        policy.minChannelAttempts());
                double channelRate = rate(channelContacts, channelAttempts);
                List<HourRate> enough = new ArrayList<>();
                for (int h = 0; h < HOURS; h++) {
                    hours[c][h] = estimate(policy, counts.attempts[c][h], counts.contacts[c][h], channelRate,
                            policy.minHourAttempts());
                    if (hours[c][h].enough()) {
                        enough.add(new HourRate(h, hours[c][h]));
                    }
                }
                enough.sort(Comparator.comparingDouble((HourRate r) -> r.estimate().rate()).reversed()
                        .thenComparingInt(HourRate::localHour));
                preferable.add(List.copyOf(enough));
            }
        }

        private static RateEstimate estimate(TimingPolicy policy, long attempts, long contacts, double prior,
                int minAttempts) {
            double alpha = policy.priorStrength();
            double rate = attempts + alpha == 0 ? 0 : (contacts + alpha * prior) / (attempts + alpha);
            return new RateEstimate(attempts, contacts, rate, attempts >= minAttempts);
        }

        private static double rate(long contacts, long attempts) {
            return attempts == 0 ? 0 : (double) contacts / attempts;
        }
    }

    private static final class Counts {

        final long[][] attempts = new long[Channel.values().length][HOURS];
        final long[][] contacts = new long[Channel.values().length][HOURS];

        long channelAttempts(int channel) {
            return sum(attempts[channel]);
        }

        long channelContacts(int channel) {
            return sum(contacts[channel]);
        }

        long totalAttempts() {
            long total = 0;
            for (long[] hours : attempts) {
                total += sum(hours);
            }
            return total;
        }

        long totalContacts() {
            long total = 0;
            for (long[] hours : contacts) {
                total += sum(hours);
            }
            return total;
        }

        private static long sum(long[] values) {
            long sum = 0;
            for (long v : values) {
                sum += v;
            }
            return sum;
        }
    }
}
