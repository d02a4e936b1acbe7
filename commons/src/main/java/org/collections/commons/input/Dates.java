package org.collections.commons.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.collections.commons.problem.ProblemException;

/** The one accepted range for date and instant inputs (JSON bodies and query parameters): years 1900 to 2200. */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    private static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LATEST_INSTANT = LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final String RULE = "must be between " + EARLIEST + " and " + LATEST;

    private Dates() {
    }

    public static boolean inRange(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean inRange(Instant instant) {
        return instant == null || !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(AFTER_LATEST_INSTANT);
    }

    /** {@code date} itself when in range; a 422 naming {@code field} otherwise. */
    public static LocalDate requireInRange(String field, LocalDate date) {
        if (!inRange(date)) {
            throw ProblemException.unprocessableField("validation", "Validation failed", field, RULE);
        }
        return date;
    }

    /** {@code instant} itself when in range; a 422 naming {@code field} otherwise. */
    public static Instant requireInRange(String field, Instant instant) {
        if (!inRange(instant)) {
            throw ProblemException.unprocessableField("validation", "Validation failed", field, RULE);
        }
        return instant;
    }

    /** A query parameter as a date in range: 400 when malformed, 422 when out of range. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an ISO-8601 date like 2026-03-31");
        }
        if (!inRange(date)) {
            throw ProblemException.unprocessableField("validation", "Validation failed", field, RULE);
        }
        return date;
    }

    /** A query parameter as an instant in range: 400 when malformed, 422 when out of range. */
    public static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an ISO-8601 instant like 2026-03-31T12:00:00Z");
        }
        if (!inRange(instant)) {
            throw ProblemException.unprocessableField("validation", "Validation failed", field, RULE);
        }
        return instant;
    }
}
