package org.collections.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How long a jurisdiction requires a closed case's records to be kept, from a date on: the collection records after
 * the case's last activity, and the contact logs (attempts, messages) after the last contact. The case's personal
 * data is erased once both have passed; each number names its legal source.
 */
public record RetentionPolicy(String jurisdiction, LocalDate effectiveFrom, Period records, String recordsSource,
        Period contactLogs, String contactLogsSource) {

    public RetentionPolicy {
        if (records.isNegative() || records.isZero() || contactLogs.isNegative() || contactLogs.isZero()) {
            throw new IllegalArgumentException("retention periods must be positive");
        }
    }

    /** e.g. {@code US@2021-11-30} */
    public String version() {
        return jurisdiction + "@" + effectiveFrom;
    }

    /** The longer of the two periods, as the case's personal data may go only when neither requires it. */
    public Period keep() {
        LocalDate origin = LocalDate.of(2000, 1, 1);
        return origin.plus(records).isAfter(origin.plus(contactLogs)) ? records : contactLogs;
    }

    /** The first instant the personal data of a case last active at {@code lastActivity} may be erased. */
    public Instant erasableFrom(Instant lastActivity) {
        return lastActivity.atOffset(ZoneOffset.UTC).plus(keep()).toInstant();
    }
}
