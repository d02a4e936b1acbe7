package org.collections.contact.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.PlanCandidate;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.timing.CapacityLimits.Pool;
import org.collections.contact.timing.LearnedTimePlanner.Outcome;
import org.collections.contact.timing.LearnedTimePlanner.Planned;
import org.collections.contact.timing.LearnedTimePlanner.Skipped;
import org.collections.contact.timing.PermittedHours.PermittedHour;

/**
 * Fits one channel's plan of a window into the hourly capacity of each pool ({@link CapacityLimits}). Each case comes
 * with the time it would have without a limit (its preferred hour); the planner ranks its other permitted hours: those
 * with enough history by learned rate, best first, then the others in time order. Then, pool by pool, the cases take
 * their first hour (counted by the UTC hour of the planned time) that still has room, in this order:
 * <ol>
 * <li>the gain of the preferred hour over the case's next alternative, largest first (a case without an alternative
 * would lose its whole rate), so the cases that lose most by moving keep their hour;</li>
 * <li>fewer permitted hours first, as they have fewer places to go;</li>
 * <li>case id, so that a re-run makes the same plan.</li>
 * </ol>
 * A case is left unplanned ({@link #NO_CAPACITY}) only when every one of its permitted hours is full. Sorting is
 * O(n log n); each case keeps its alternatives packed in a {@code long[]}.
 *
 * @param <T> what the caller needs to write a case's slot
 */
public final class CapacityPlanner<T> {

    /** Skip reason of a case whose permitted hours were all full. */
    public static final String NO_CAPACITY = "NO_CAPACITY";

    private final ContactRates rates;
    private final Channel channel;
    private final CapacityLimits limits;
    private final Instant from;
    private final Instant until;
    private final long firstHour;
    private final int hours;
    private final List<Request<T>> requests = new ArrayList<>();

    public CapacityPlanner(ContactRates rates, Channel channel, CapacityLimits limits, Instant from, Instant until) {
        this.rates = rates;
        this.channel = channel;
        this.limits = limits;
        if (Duration.between(from, until).compareTo(Option.LONGEST_WINDOW) > 0) {
            throw new IllegalArgumentException("a window of at most " + Option.LONGEST_WINDOW + " is planned at once");
        }
        this.from = from;
        this.until = until;
        this.firstHour = utcHour(from);
        this.hours = (int) (utcHour(until.minusNanos(1)) - firstHour + 1);
    }

    /** The pool a case of the creditor is planned into; empty when it need not wait for the others. */
    public Optional<Pool> pool(String creditorId) {
        return limits.pool(creditorId, channel);
    }

    /**
     * Queues a case of a limited pool.
     *
     * @param preferred the case's plan without a limit, on the same window
     */
    public void add(T payload, UUID caseId, Pool pool, Segment segment, RulePack pack, PlanCandidate candidate,
            Planned preferred) {
        PermittedHour[] byHour = new PermittedHour[ContactRates.HOURS];
        for (PermittedHour p : PermittedHours.in(pack, channel, candidate, from, until)) {
            byHour[p.localHour()] = p;
        }
        int preferredHour = preferred.choice().localHour();
        byHour[preferredHour] = null;
        List<String> points = candidate.usablePointIds();
        long[] alternatives = new long[ContactRates.HOURS];
        int count = 0;
        for (ContactRates.HourRate hour : rates.preferableHours(segment, channel)) {
            PermittedHour p = byHour[hour.localHour()];
            if (p != null && Option.fits(points.indexOf(p.contactPointId()))) {
                alternatives[count++] = Option.pack(p, true, points.indexOf(p.contactPointId()), from);
            }
            byHour[hour.localHour()] = null;
        }
        List<PermittedHour> rest = new ArrayList<>();
        for (PermittedHour p : byHour) {
            if (p != null && Option.fits(points.indexOf(p.contactPointId()))) {
                rest.add(p);
            }
        }
        rest.sort(Comparator.comparing(PermittedHour::at));
        for (PermittedHour p : rest) {
            alternatives[count++] = Option.pack(p, false, points.indexOf(p.contactPointId()), from);
        }
        double next = count == 0 ? 0 : rate(segment, Option.localHour(alternatives[0]));
        double gain = rate(segment, preferredHour) - next;
        requests.add(new Request<>(payload, caseId, pool, segment, points, preferred,
                Arrays.copyOf(alternatives, count), gain));
    }

    /** Each queued case, in the order it was given its hour: planned, or skipped for {@link #NO_CAPACITY}. */
    public List<Assigned<T>> assign() {
        requests.sort(Comparator.comparingDouble((Request<T> r) -> r.gain()).reversed()
                .thenComparingInt(r -> r.alternatives().length).thenComparing(Request::caseId));
        Map<Pool, int[]> used = new HashMap<>();
        List<Assigned<T>> assigned = new ArrayList<>(requests.size());
        for (Request<T> r : requests) {
            int[] counts = used.computeIfAbsent(r.pool(), p -> new int[hours]);
            assigned.add(new Assigned<>(r.payload(), place(r, counts)));
        }
        requests.clear();
        return assigned;
    }

    private Outcome place(Request<T> r, int[] counts) {
        if (take(counts, r.preferred().at(), r.pool().perHour())) {
            return r.preferred();
        }
        for (long option : r.alternatives()) {
            Instant at = Option.at(option, from);
            if (take(counts, at, r.pool().perHour())) {
                int hour = Option.localHour(option);
                boolean learned = Option.learned(option);
                return new Planned(r.points().get(Option.point(option)), at, new TimingChoice(learned
                        ? TimingChoice.Kind.NEXT_BEST_HOUR_CAPACITY : TimingChoice.Kind.PERMITTED_HOUR_CAPACITY,
                        hour, learned ? rates.hour(r.segment(), channel, hour) : RateEstimate.NONE));
            }
        }
        return new Skipped(NO_CAPACITY);
    }

    private boolean take(int[] counts, Instant at, int perHour) {
        int slot = (int) (utcHour(at) - firstHour);
        if (slot < 0 || slot >= counts.length || counts[slot] >= perHour) {
            return false;
        }
        counts[slot]++;
        return true;
    }

    private double rate(Segment segment, int localHour) {
        return rates.hour(segment, channel, localHour).rate();
    }

    private static long utcHour(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 3600);
    }

    /** A queued case's plan after capacity. */
    public record Assigned<T>(T payload, Outcome outcome) {
    }

    private record Request<T>(T payload, UUID caseId, Pool pool, Segment segment, List<String> points,
            Planned preferred, long[] alternatives, double gain) {
    }

    /**
     * An alternative hour packed in a long, as 135,000 cases × up to 23 hours as objects would take 100 MB: bits 0–29
     * the nanoseconds and 30–46 the seconds of the planned time after the window's start, 47–51 the local hour, 52
     * whether the hour has enough history, 53–62 the contact point's index.
     */
    private static final class Option {

        static final Duration LONGEST_WINDOW = Duration.ofSeconds((1 << 17) - 1);

        /** Whether a contact point's index fits (a debtor with over 1,000 usable points is not planned on them all). */
        static boolean fits(int point) {
            return point >= 0 && point < 1 << 10;
        }

        static long pack(PermittedHour hour, boolean learned, int point, Instant from) {
            Duration after = Duration.between(from, hour.at());
            return after.getNano() | after.getSeconds() << 30 | (long) hour.localHour() << 47
                    | (learned ? 1L : 0L) << 52 | (long) point << 53;
        }

        static Instant at(long option, Instant from) {
            return from.plusSeconds(option >>> 30 & 0x1FFFF).plusNanos(option & 0x3FFF_FFFF);
        }

        static int localHour(long option) {
            return (int) (option >>> 47 & 0x1F);
        }

        static boolean learned(long option) {
            return (option >>> 52 & 1) == 1;
        }

        static int point(long option) {
            return (int) (option >>> 53);
        }
    }
}
