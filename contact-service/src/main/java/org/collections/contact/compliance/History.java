package org.collections.contact.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Queries over the attempt ledger at a point in time: only attempts at or before that time count. Plain loops: a
 * decision runs several of them for every candidate time it judges.
 */
final class History {

    private static final Comparator<AttemptRecord> OLDEST_FIRST = Comparator.comparing(AttemptRecord::at);

    private History() {
    }

    /** Matching attempts at or before {@code until}, oldest first. */
    static List<AttemptRecord> upTo(ContactSituation situation, Instant until, Predicate<AttemptRecord> filter) {
        List<AttemptRecord> matching = new ArrayList<>();
        for (AttemptRecord attempt : situation.history()) {
            if (matches(attempt, until, filter)) {
                matching.add(attempt);
            }
        }
        matching.sort(OLDEST_FIRST);
        return Collections.unmodifiableList(matching);
    }

    /** Whether an attempt at or before {@code until} matches. */
    static boolean any(ContactSituation situation, Instant until, Predicate<AttemptRecord> filter) {
        for (AttemptRecord attempt : situation.history()) {
            if (matches(attempt, until, filter)) {
                return true;
            }
        }
        return false;
    }

    /** How many attempts at or before {@code until} match. */
    static long count(ContactSituation situation, Instant until, Predicate<AttemptRecord> filter) {
        long count = 0;
        for (AttemptRecord attempt : situation.history()) {
            if (matches(attempt, until, filter)) {
                count++;
            }
        }
        return count;
    }

    /** The time of the oldest matching attempt at or before {@code until}, or null when none matches. */
    static Instant earliest(ContactSituation situation, Instant until, Predicate<AttemptRecord> filter) {
        Instant earliest = null;
        for (AttemptRecord attempt : situation.history()) {
            if (matches(attempt, until, filter) && (earliest == null || attempt.at().isBefore(earliest))) {
                earliest = attempt.at();
            }
        }
        return earliest;
    }

    /**
     * The newest matching attempt at or before {@code until} (of attempts at the same time, the one listed last, as in
     * {@link #upTo}'s order), or null when none matches.
     */
    static AttemptRecord latest(ContactSituation situation, Instant until, Predicate<AttemptRecord> filter) {
        AttemptRecord latest = null;
        for (AttemptRecord attempt : situation.history()) {
            if (matches(attempt, until, filter) && (latest == null || !attempt.at().isBefore(latest.at()))) {
                latest = attempt;
            }
        }
        return latest;
    }

    /** Matching attempts on the local day of {@code at} in {@code zone}, up to {@code at}. */
    static long countOnLocalDay(ContactSituation situation, Instant at, ZoneId zone, Predicate<AttemptRecord> filter) {
        Instant dayStart = startOfLocalDay(at, zone);
        return count(situation, at, a -> !a.at().isBefore(dayStart) && filter.test(a));
    }

    /** Matching leases in flight leased at or before {@code until}. */
    static List<LeaseInFlight> leasesUpTo(ContactSituation situation, Instant until, Predicate<LeaseInFlight> filter) {
        List<LeaseInFlight> matching = new ArrayList<>();
        for (LeaseInFlight lease : situation.inFlight()) {
            if (!lease.leasedAt().isAfter(until) && filter.test(lease)) {
                matching.add(lease);
            }
        }
        return Collections.unmodifiableList(matching);
    }

    /** Matching leases in flight leased on the local day of {@code at}, up to {@code at}: attempts of that day. */
    static long leasesOnLocalDay(ContactSituation situation, Instant at, ZoneId zone, Predicate<LeaseInFlight> filter) {
        Instant dayStart = startOfLocalDay(at, zone);
        return leasesUpTo(situation, at, l -> !l.leasedAt().isBefore(dayStart) && filter.test(l)).size();
    }

    static Instant startOfLocalDay(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /** The start of the local day after the one containing {@code at} (DST-safe). */
    static Instant nextLocalMidnight(Instant at, ZoneId zone) {
        LocalDate tomorrow = at.atZone(zone).toLocalDate().plusDays(1);
        return tomorrow.atStartOfDay(zone).toInstant();
    }

    /**
     * The latest start of the next local day over the zones in which {@code overCap} holds on the local day of
     * {@code at}; {@code at} itself when it holds in none.
     */
    static Instant nextLocalDayWhere(Instant at, List<ZoneId> zones, Predicate<ZoneId> overCap) {
        Instant earliest = at;
        for (ZoneId zone : zones) {
            if (overCap.test(zone)) {
                Instant midnight = nextLocalMidnight(at, zone);
                earliest = midnight.isAfter(earliest) ? midnight : earliest;
            }
        }
        return earliest;
    }

    private static boolean matches(AttemptRecord attempt, Instant until, Predicate<AttemptRecord> filter) {
        return !attempt.at().isAfter(until) && filter.test(attempt);
    }
}
