package org.collections.contact.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Formatting for violation reasons and explanations: times to the minute, never finer. */
public final class Texts {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private Texts() {
    }

    /** 2026-03-02T14:00Z (to the minute, in UTC). */
    public static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC).toString();
    }

    /** 2026-06-11 08:00 Asia/Shanghai (2026-06-11T00:00Z). */
    public static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(LOCAL) + " " + zone.getId() + " (" + instant(instant) + ")";
    }

    /** A local time of day, 05:45. */
    static String time(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalTime().format(HOURS);
    }

    static String time(LocalTime time) {
        return time.format(HOURS);
    }

    /** "next permitted 2026-06-11 08:00 Asia/Shanghai (2026-06-11T00:00Z)" or that no later time is. */
    public static String nextPermitted(Instant instant, ZoneId zone) {
        return instant == null ? "no later time is permitted" : "next permitted " + local(instant, zone);
    }

    static String duration(Duration duration) {
        if (duration.toSeconds() % 86_400 == 0) {
            long days = duration.toDays();
            return days == 1 ? "1 day" : days + " days";
        }
        return duration.toString();
    }
}
