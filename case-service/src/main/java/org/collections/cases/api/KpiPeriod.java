package org.collections.cases.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.collections.commons.input.Dates;
import org.collections.commons.problem.ProblemException;

/** The period [from, to) of a KPI query, from optional ISO-8601 query parameters: 30 days before now by default. */
record KpiPeriod(Instant from, Instant to) {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final Duration MAX_PERIOD = Duration.ofDays(366);

    static KpiPeriod of(String from, String to, Clock clock) {
        Instant end = to == null ? clock.instant() : Dates.instant("to", to);
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : Dates.instant("from", from);
        if (!start.isBefore(end)) {
            throw ProblemException.unprocessableField("validation", "Validation failed", "from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw ProblemException.unprocessableField("validation", "Validation failed", "from",
                    "the period may span at most 366 days");
        }
        return new KpiPeriod(start, end);
    }
}
