package org.collections.contact.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A local time-of-day window, from {@code start} (inclusive) to {@code end} (exclusive; {@code null} = until
 * midnight), judged in each zone the debtor may be in: an instant is inside only if it is inside in all of them.
 */
record DailyWindow(LocalTime start, LocalTime end) {

    /** Beyond this many zone hops the zones' windows do not intersect. */
    private static final int MAX_HOPS = 64;
    /** A DST gap may swallow a day's window, never two days' running. */
    private static final int SEARCH_DAYS = 2;

    DailyWindow {
        start = start == null ? LocalTime.MIDNIGHT : start;
        if (end != null && !start.isBefore(end)) {
            throw new IllegalArgumentException("a window must open before it closes: " + start + "–" + end);
        }
    }

    boolean contains(Instant at, ZoneId zone) {
        LocalTime local = at.atZone(zone).toLocalTime();
        return !local.isBefore(start) && (end == null || local.isBefore(end));
    }

    /** The first zone in which {@code at} lies outside the window, or null when it is inside in all. */
    ZoneId firstZoneOutside(Instant at, List<ZoneId> zones) {
        return zones.stream().filter(zone -> !contains(at, zone)).findFirst().orElse(null);
    }

    /** The earliest instant at or after {@code at} inside the window in every zone; null when there is none. */
    Instant earliestInAll(Instant at, List<ZoneId> zones) {
        Instant candidate = at;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Instant latestOpening = candidate;
            for (ZoneId zone : zones) {
                if (!contains(candidate, zone)) {
                    Instant opening = nextOpening(candidate, zone);
                    latestOpening = opening.isAfter(latestOpening) ? opening : latestOpening;
                }
            }
            if (latestOpening.equals(candidate)) {
                return candidate;
            }
            candidate = latestOpening;
        }
        return null;
    }

    /** "08:00–21:00", "from 18:00" or "until 10:00". */
    String describe() {
        if (end == null) {
            return "from " + start;
        }
        return start.equals(LocalTime.MIDNIGHT) ? "until " + end : start + "–" + end;
    }

    /**
     * The first instant after {@code at}, which lies outside the window in {@code zone}, at which it is inside: where
     * the local time reaches {@code start} (twice on a fall-back day) or a DST transition jumps into the window.
     */
    private Instant nextOpening(Instant at, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        LocalDate today = at.atZone(zone).toLocalDate();
        List<Instant> candidates = new ArrayList<>();
        for (int day = 0; day <= SEARCH_DAYS; day++) {
            LocalDateTime opening = today.plusDays(day).atTime(start);
            rules.getValidOffsets(opening).forEach(offset -> candidates.add(opening.toInstant(offset)));
        }
        Instant searchEnd = today.plusDays(SEARCH_DAYS + 1).atStartOfDay(zone).toInstant();
        for (ZoneOffsetTransition t = rules.nextTransition(at); t != null && t.getInstant().isBefore(searchEnd);
                t = rules.nextTransition(t.getInstant())) {
            candidates.add(t.getInstant());
        }
        return candidates.stream().filter(c -> c.isAfter(at) && contains(c, zone)).min(Comparator.naturalOrder())
                .orElse(searchEnd);
    }
}
