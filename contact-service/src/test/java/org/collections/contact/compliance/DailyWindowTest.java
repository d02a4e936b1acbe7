package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.compliance.Fixtures.LONDON;
import static org.collections.contact.compliance.Fixtures.NEW_YORK;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyWindowTest {

    private static DailyWindow window(String start, String end) {
        return new DailyWindow(start == null ? null : LocalTime.parse(start), end == null ? null : LocalTime.parse(end));
    }

    @ParameterizedTest(name = "[{0}, {1}) from {2}: {3}")
    @CsvSource({
            // New York falls back at 02:00 EDT (06:00Z) on 2026-11-01 to 01:00 EST: 01:00–02:00 local happens twice
            "01:30, 01:45, 2026-11-01T05:50:00Z, 2026-11-01T06:30:00Z",   // the opening's second pass, same night
            "00:30, 01:45, 2026-11-01T05:50:00Z, 2026-11-01T06:00:00Z",   // the clock falls back into the window
            "01:30, 01:45, 2026-11-01T06:50:00Z, 2026-11-02T06:30:00Z",   // both passes are over
            // New York springs forward at 02:00 EST (07:00Z) on 2026-03-08 to 03:00 EDT: 02:00–03:00 never happens
            "02:30, 04:00, 2026-03-08T06:00:00Z, 2026-03-08T07:00:00Z",   // the opening is skipped: 03:00 EDT
            "02:10, 02:50, 2026-03-08T06:00:00Z, 2026-03-09T06:10:00Z",   // the whole window is skipped that day
    })
    void openingsAcrossDaylightSavingTransitions(String start, String end, String from, String expected) {
        assertThat(window(start, end).earliestInAll(Instant.parse(from), List.of(NEW_YORK)))
                .isEqualTo(Instant.parse(expected));
    }

    @Test
    void aTimeIsInsideOnlyWhenInsideInEveryZone() {
        DailyWindow evenings = window("18:00", "20:00");
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant london1830 = Instant.parse("2026-11-24T18:30:00Z");

        assertThat(evenings.firstZoneOutside(london1830, List.of(LONDON, paris))).isNull();
        assertThat(evenings.firstZoneOutside(Instant.parse("2026-11-24T19:15:00Z"), List.of(LONDON, paris)))
                .isEqualTo(paris);
        assertThat(evenings.earliestInAll(Instant.parse("2026-11-24T19:15:00Z"), List.of(LONDON, paris)))
                .isEqualTo(Instant.parse("2026-11-25T18:00:00Z"));
        assertThat(evenings.earliestInAll(london1830, List.of(LONDON, NEW_YORK))).as("no overlap").isNull();
    }

    @Test
    void openEndedWindowsAndTheirDescriptions() {
        assertThat(window("19:00", null).contains(Instant.parse("2026-11-24T23:59:59Z"), LONDON)).isTrue();
        assertThat(window(null, "10:00").contains(Instant.parse("2026-11-24T00:00:00Z"), LONDON)).isTrue();
        assertThat(window(null, "10:00").earliestInAll(Instant.parse("2026-11-24T10:00:00Z"), List.of(LONDON)))
                .isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(window("19:00", null).describe()).isEqualTo("from 19:00");
        assertThat(window(null, "10:00").describe()).isEqualTo("until 10:00");
        assertThat(window("18:00", "20:00").describe()).isEqualTo("18:00–20:00");
    }
}
