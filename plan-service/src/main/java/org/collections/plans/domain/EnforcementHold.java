package org.collections.plans.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A period in which a restriction stopped enforcement. Once it has ended, every due date that fell within it
 * (a day that overlaps the period, in the given zone) moves later by the period's length in whole days,
 * rounded up; due dates before or after it stay where they are.
 */
public record EnforcementHold(Instant startedAt, Instant endedAt) {

    private static final Duration DAY = Duration.ofDays(1);

    public EnforcementHold {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("A hold cannot end (" + endedAt + ") before it started (" + startedAt + ")");
        }
    }

    /** The hold's length in whole days, a started day counting as a whole one. */
    public long lengthInDays() {
        Duration length = Duration.between(startedAt, endedAt);
        long days = length.toDays();
        return length.minus(DAY.multipliedBy(days)).isZero() ? days : days + 1;
    }

    /** Whether {@code due} fell within the hold: its day overlaps the period. */
    public boolean covers(LocalDate due, ZoneId zone) {
        Instant dayStart = due.atStartOfDay(zone).toInstant();
        Instant dayEnd = due.plusDays(1).atStartOfDay(zone).toInstant();
        return dayEnd.isAfter(startedAt) && dayStart.isBefore(endedAt);
    }

    /** Where {@code due} lies once the hold has ended. */
    public LocalDate moved(LocalDate due, ZoneId zone) {
        return covers(due, zone) ? due.plusDays(lengthInDays()) : due;
    }

    /** Where {@code due} lies after each of {@code holds} has ended, taken in the order they ended. */
    public static LocalDate afterAll(LocalDate due, List<EnforcementHold> holds, ZoneId zone) {
        LocalDate date = due;
        for (EnforcementHold hold : holds.stream().sorted(Comparator.comparing(EnforcementHold::endedAt)).toList()) {
            date = hold.moved(date, zone);
        }
        return date;
    }
}
