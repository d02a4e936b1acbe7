package org.collections.contact.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Formatting for violation reasons. */
final class Texts {

    private Texts() {
    }

    /** 2026-03-02T14:00Z (seconds only when not zero). */
    static String instant(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }

    static String nextPermitted(Instant instant) {
        return instant == null ? "no later time is permitted" : "next permitted " + instant(instant);
    }

    static String duration(Duration duration) {
        if (duration.toSeconds() % 86_400 == 0) {
            long days = duration.toDays();
            return days == 1 ? "1 day" : days + " days";
        }
        return duration.toString();
    }
}
