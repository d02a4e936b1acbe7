package org.collections.contact.model;

import org.collections.contact.compliance.RuleOverride;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;

/** A creditor's stored override of one rule pack; each parameter null keeps the pack's value. */
@Entity
@Table(name = "rule_override")
public class CreditorRuleOverride extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pack_id", nullable = false)
    public String packId;

    @Column(name = "creditor_id", nullable = false)
    public String creditorId;

    @Column(name = "hours_start")
    public LocalTime hoursStart;

    @Column(name = "hours_end")
    public LocalTime hoursEnd;

    @Column(name = "night_consent_lifts_hours")
    public Boolean nightConsentLiftsHours;

    @Column(name = "call_cap")
    public Integer callCap;

    /** ISO-8601. */
    @Column(name = "call_window")
    public String callWindow;

    /** ISO-8601. */
    @Column(name = "call_cool_down")
    public String callCoolDown;

    @Column(name = "daily_connected_call_cap")
    public Integer dailyConnectedCallCap;

    @Column(name = "daily_unanswered_attempt_cap")
    public Integer dailyUnansweredAttemptCap;

    @Column(name = "third_party_after_failed_attempts")
    public Integer thirdPartyAfterFailedAttempts;

    @Column(name = "min_visit_collectors")
    public Integer minVisitCollectors;

    /** Comma-separated ISO dates. */
    @Column(name = "extra_holidays", nullable = false)
    public String extraHolidays = "";

    @Column(name = "honour_stated_times")
    public Boolean honourStatedTimes;

    @Column(name = "validation_notice_days")
    public Integer validationNoticeDays;

    @Version
    public int version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public RuleOverride toOverride() {
        Set<LocalDate> holidays = CommaSeparated.values(extraHolidays).stream().map(LocalDate::parse)
                .collect(Collectors.toSet());
        return new RuleOverride(hoursStart, hoursEnd, nightConsentLiftsHours, callCap, duration(callWindow),
                duration(callCoolDown), dailyConnectedCallCap, dailyUnansweredAttemptCap,
                thirdPartyAfterFailedAttempts, minVisitCollectors, holidays, honourStatedTimes, validationNoticeDays);
    }

    public void set(RuleOverride o) {
        hoursStart = o.hoursStart();
        hoursEnd = o.hoursEnd();
        nightConsentLiftsHours = o.nightConsentLiftsHours();
        callCap = o.callCap();
        callWindow = o.callWindow() == null ? null : o.callWindow().toString();
        callCoolDown = o.callCoolDown() == null ? null : o.callCoolDown().toString();
        dailyConnectedCallCap = o.dailyConnectedCallCap();
        dailyUnansweredAttemptCap = o.dailyUnansweredAttemptCap();
        thirdPartyAfterFailedAttempts = o.thirdPartyAfterFailedAttempts();
        minVisitCollectors = o.minVisitCollectors();
        extraHolidays = CommaSeparated.sorted(o.extraHolidays());
        honourStatedTimes = o.honourStatedTimes();
        validationNoticeDays = o.validationNoticeDays();
    }

    private static Duration duration(String iso) {
        return iso == null ? null : Duration.parse(iso);
    }
}
