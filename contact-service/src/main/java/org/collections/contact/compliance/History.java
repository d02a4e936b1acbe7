package org.collections.contact.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Queries over the attempt ledger at a point in time: only attempts at or before that time count. */
final class History {

    private History() {
    }

    /** Matching attempts at or before {@code until}, oldest first. */
    static List<AttemptRecord> upTo(ContactSituation situation, Instant until, Predicate<AttemptRecord> filter) {
        return situation.history().stream()
                .filter(a -> !a.at().isAfter(until))
                .filter(filter)
                .sorted(Comparator.comparing(AttemptRecord::at))
                .toList();
    }

    /** Matching leases in flight leased at or before {@code until}. */
    static List<LeaseInFlight> leasesUpTo(ContactSituation situation, Instant until, Predicate<LeaseInFlight> filter) {
        return situation.inFlight().stream()
                .filter(l -> !l.leasedAt().isAfter(until))
                .filter(filter)
                .toList();
    }

    /** Matching attempts on the local day of {@code at} in {@code zone}, up to {@code at}. */
    static long countOnLocalDay(ContactSituation situation, Instant at, ZoneId zone, Predicate<AttemptRecord> filter) {
        Instant dayStart = startOfLocalDay(at, zone);
        return upTo(situation, at, filter).stream().filter(a -> !a.at().isBefore(dayStart)).count();
    }

    /** Matching leases in flight leased on the local day of {@code at}, up to {@code at}: attempts of that day. */
    static long leasesOnLocalDay(ContactSituation situation, Instant at, ZoneId zone, Predicate<LeaseInFlight> filter) {
        Instant dayStart = startOfLocalDay(at, zone);
        return leasesUpTo(situation, at, filter).stream().filter(l -> !l.leasedAt().isBefore(dayStart)).count();
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
}
