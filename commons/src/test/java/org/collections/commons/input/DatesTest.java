package org.collections.commons.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.collections.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void queryDatesAndInstantsParseWithinTheirRange() {
        assertThat(Dates.date("from", " 2026-03-31 ")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Dates.instant("since", "2026-03-31T12:00:00Z")).isEqualTo(Instant.parse("2026-03-31T12:00:00Z"));
        assertThat(Dates.date("from", null)).isNull();
        assertThat(Dates.instant("since", " ")).isNull();
        assertThat(Dates.inRange(Dates.EARLIEST)).isTrue();
        assertThat(Dates.inRange(Dates.LATEST)).isTrue();
        assertThat(Dates.inRange(Dates.LATEST.plusDays(1))).isFalse();
    }

    @Test
    void malformedAndOutOfRangeValuesNameTheirField() {
        assertRefused(() -> Dates.date("from", "31/03/2026"), "from: must be an ISO-8601 date like 2026-03-31");
        assertRefused(() -> Dates.date("from", "1899-12-31"), "from: " + Dates.RULE);
        assertRefused(() -> Dates.instant("since", "2026-03-31"), "since: must be an ISO-8601 instant like 2026-03-31T12:00:00Z");
        assertRefused(() -> Dates.instant("since", "2201-01-01T00:00:00Z"), "since: " + Dates.RULE);
        assertRefused(() -> Dates.requireInRange("dueDate", LocalDate.of(9999, 1, 1)), "dueDate: " + Dates.RULE);
    }

    private static void assertRefused(Runnable call, String detail) {
        assertThatThrownBy(call::run).isInstanceOf(ProblemException.class).hasMessage(detail);
    }
}
