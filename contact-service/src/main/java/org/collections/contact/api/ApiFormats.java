package org.collections.contact.api;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.collections.commons.problem.ProblemException;

/** Local times as "HH:mm" and durations as ISO-8601 ("P10D"), in and out of the API. */
public final class ApiFormats {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private ApiFormats() {
    }

    /** Null for null; a 400 naming the field when it is not "HH:mm". */
    public static LocalTime time(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value, HH_MM);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a local time as HH:mm, like 09:30");
        }
    }

    public static String time(LocalTime time) {
        return time == null ? null : time.format(HH_MM);
    }

    /** Null for null; a 400 naming the field when it is not an ISO-8601 duration. */
    public static Duration duration(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an ISO-8601 duration, like P10D or PT36H");
        }
    }

    /** "P7D" for whole days, otherwise the ISO-8601 form in hours, minutes and seconds. */
    public static String duration(Duration duration) {
        if (duration == null) {
            return null;
        }
        return duration.toSeconds() % 86_400 == 0 && duration.getNano() == 0 ? "P" + duration.toDays() + "D"
                : duration.toString();
    }
}
