package org.collections.contact.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.RuleOverride;
import org.collections.contact.compliance.StatedPreferences;
import org.collections.contact.model.CreditorRuleOverride;
import org.collections.contact.model.DebtorProfile;

/**
 * What the audit log keeps of a contact profile or a rule override before and after a change: local times as
 * "HH:mm", durations as ISO-8601 ("P7D" for whole days), the same fields and forms the API shows.
 */
public final class AuditSnapshots {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private AuditSnapshots() {
    }

    /** A contact profile, as the audit log keeps it. */
    public record ProfileSnapshot(UUID debtorId, List<String> extraZones, String statedNotBefore, String statedNotAfter,
            List<Channel> statedChannels, int version) {

        static ProfileSnapshot of(DebtorProfile p) {
            StatedPreferences stated = p.stated();
            return new ProfileSnapshot(p.debtorId, p.extraZoneList(), time(stated.notBefore()),
                    time(stated.notAfter()), stated.channels().stream().sorted().toList(), p.version);
        }
    }

    /** A creditor's override of a rule pack, as the audit log keeps it. */
    public record OverrideSnapshot(String packId, String creditorId, String hoursStart, String hoursEnd,
            Boolean nightConsentLiftsHours, Integer callCap, String callWindow, String callCoolDown,
            Integer dailyConnectedCallCap, Integer dailyUnansweredAttemptCap, Integer thirdPartyAfterFailedAttempts,
            Integer minVisitCollectors, List<LocalDate> extraHolidays, Boolean honourStatedTimes,
            Integer validationNoticeDays, int version, String updatedBy, Instant updatedAt) {

        static OverrideSnapshot of(CreditorRuleOverride stored) {
            RuleOverride o = stored.toOverride();
            return new OverrideSnapshot(stored.packId, stored.creditorId, time(o.hoursStart()),
                    time(o.hoursEnd()), o.nightConsentLiftsHours(), o.callCap(), duration(o.callWindow()),
                    duration(o.callCoolDown()), o.dailyConnectedCallCap(), o.dailyUnansweredAttemptCap(),
                    o.thirdPartyAfterFailedAttempts(), o.minVisitCollectors(),
                    o.extraHolidays().stream().sorted().toList(), o.honourStatedTimes(), o.validationNoticeDays(),
                    stored.version, stored.updatedBy, stored.updatedAt);
        }
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.format(HH_MM);
    }

    private static String duration(Duration duration) {
        if (duration == null) {
            return null;
        }
        return duration.toSeconds() % 86_400 == 0 && duration.getNano() == 0 ? "P" + duration.toDays() + "D"
                : duration.toString();
    }
}
