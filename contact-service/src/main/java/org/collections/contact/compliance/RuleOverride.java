package org.collections.contact.compliance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import org.collections.commons.rules.RuleViolation;

/**
 * A creditor's tightening of a rule pack. Every field is optional ({@code null} keeps the pack's value); a value for
 * a rule the pack lacks adds that rule. {@link RulePack#withOverride} rejects anything more lenient than the pack.
 */
public record RuleOverride(LocalTime hoursStart, LocalTime hoursEnd, Boolean nightConsentLiftsHours,
        Integer callCap, Duration callWindow, Duration callCoolDown, Integer dailyConnectedCallCap,
        Integer dailyUnansweredAttemptCap, Integer thirdPartyAfterFailedAttempts, Integer minVisitCollectors,
        Set<LocalDate> extraHolidays, Boolean honourStatedTimes, Integer validationNoticeDays) {

    public RuleOverride {
        extraHolidays = extraHolidays == null ? Set.of() : Set.copyOf(extraHolidays);
    }

    public static RuleOverride none() {
        return new RuleOverride(null, null, null, null, null, null, null, null, null, null, Set.of(), null, null);
    }

    public RuleOverride withHours(LocalTime start, LocalTime end) {
        return new RuleOverride(start, end, nightConsentLiftsHours, callCap, callWindow, callCoolDown,
                dailyConnectedCallCap, dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts, minVisitCollectors,
                extraHolidays, honourStatedTimes, validationNoticeDays);
    }

    public RuleOverride withNightConsentLiftsHours(boolean lifts) {
        return new RuleOverride(hoursStart, hoursEnd, lifts, callCap, callWindow, callCoolDown,
                dailyConnectedCallCap, dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts, minVisitCollectors,
                extraHolidays, honourStatedTimes, validationNoticeDays);
    }

    public RuleOverride withCallFrequency(Integer cap, Duration window) {
        return new RuleOverride(hoursStart, hoursEnd, nightConsentLiftsHours, cap, window, callCoolDown,
                dailyConnectedCallCap, dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts, minVisitCollectors,
                extraHolidays, honourStatedTimes, validationNoticeDays);
    }

    public RuleOverride withCallCoolDown(Duration coolDown) {
        return new RuleOverride(hoursStart, hoursEnd, nightConsentLiftsHours, callCap, callWindow, coolDown,
                dailyConnectedCallCap, dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts, minVisitCollectors,
                extraHolidays, honourStatedTimes, validationNoticeDays);
    }

    public RuleOverride withDailyConnectedCallCap(int cap) {
        return new RuleOverride(hoursStart, hoursEnd, nightConsentLiftsHours, callCap, callWindow, callCoolDown,
                cap, dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts, minVisitCollectors, extraHolidays,
                honourStatedTimes, validationNoticeDays);
    }

    public RuleOverride withDailyUnansweredAttemptCap(int cap) {
        return new RuleOverride(hoursStart, hoursEnd, nightConsentLiftsHours, callCap, callWindow, callCoolDown,
                dailyConnectedCallCap, cap, thirdPartyAfterFailedAttempts, minVisitCollectors, extraHolidays,
                honourStatedTimes, validationNoticeDays);
    }

    public RuleOverride withThirdPartyAfterFailedAttempts(int attempts) {
        return new RuleOverride(hoursStart, hoursEnd, nightConsentLiftsHours, callCap, callWindow, callCoolDown,
                dailyConnectedCallCap, dailyUnansweredAttemptCap, attempts, minVisitCollectors, extraHolidays,
                honourStatedTimes, validationNoticeDays);
    }

    public RuleOverride withMinVisitCollectors(int collectors) {
        return new RuleOverride(hoursStart, hoursEnd, nightConsentLiftsHours, callCap, callWindow, callCoolDown,
                dailyConnectedCallCap, dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts, collectors,
                extraHolidays, honourStatedTimes, validationNoticeDays);
    }

    public RuleOverride withExtraHolidays(Set<LocalDate> holidays) {
        return new RuleOverride(hoursStart, hoursEnd, nightConsentLiftsHours, callCap, callWindow, callCoolDown,
                dailyConnectedCallCap, dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts, minVisitCollectors,
                holidays, honourStatedTimes, validationNoticeDays);
    }

    public RuleOverride withHonourStatedTimes(boolean honour) {
        return new RuleOverride(hoursStart, hoursEnd, nightConsentLiftsHours, callCap, callWindow, callCoolDown,
                dailyConnectedCallCap, dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts, minVisitCollectors,
                extraHolidays, honour, validationNoticeDays);
    }

    public RuleOverride withValidationNoticeDays(int days) {
        return new RuleOverride(hoursStart, hoursEnd, nightConsentLiftsHours, callCap, callWindow, callCoolDown,
                dailyConnectedCallCap, dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts, minVisitCollectors,
                extraHolidays, honourStatedTimes, days);
    }

    RulePack applyTo(RulePack pack) {
        Stricter check = new Stricter(pack.id());
        Set<LocalDate> holidays = new HashSet<>(pack.holidays());
        holidays.addAll(extraHolidays);
        return pack.toBuilder()
                .hours(check.notEarlier("hoursStart", pack.hoursStart(), hoursStart),
                        check.notLater("hoursEnd", pack.hoursEnd(), hoursEnd))
                .nightConsentLiftsHours(check.notEnabled("nightConsentLiftsHours", pack.nightConsentLiftsHours(),
                        nightConsentLiftsHours))
                .callFrequency(check.notHigher("callCap", pack.callCap(), callCap),
                        check.notShorter("callWindow", pack.callWindow(), callWindow))
                .callCoolDown(check.notShorter("callCoolDown", pack.callCoolDown(), callCoolDown))
                .dailyConnectedCallCap(check.notHigher("dailyConnectedCallCap", pack.dailyConnectedCallCap(),
                        dailyConnectedCallCap))
                .dailyUnansweredAttemptCap(check.notHigher("dailyUnansweredAttemptCap",
                        pack.dailyUnansweredAttemptCap(), dailyUnansweredAttemptCap))
                .thirdPartyAfterFailedAttempts(check.notLower("thirdPartyAfterFailedAttempts",
                        pack.thirdPartyAfterFailedAttempts(), thirdPartyAfterFailedAttempts))
                .minVisitCollectors(check.notLower("minVisitCollectors", pack.minVisitCollectors(),
                        minVisitCollectors))
                .holidays(holidays)
                .honourStatedTimes(check.notDisabled("honourStatedTimes", pack.honourStatedTimes(),
                        honourStatedTimes))
                .validationNoticeDays(check.notHigher("validationNoticeDays", pack.validationNoticeDays(),
                        validationNoticeDays))
                .build();
    }

    /** Picks the override's value when it is at least as strict as the pack's, and names the parameter if not. */
    private record Stricter(String packId) {

        LocalTime notEarlier(String name, LocalTime packValue, LocalTime value) {
            return pick(name, packValue, value, value == null || !value.isBefore(packValue));
        }

        LocalTime notLater(String name, LocalTime packValue, LocalTime value) {
            return pick(name, packValue, value, value == null || !value.isAfter(packValue));
        }

        boolean notEnabled(String name, boolean packValue, Boolean value) {
            return pick(name, packValue, value, value == null || packValue || !value);
        }

        boolean notDisabled(String name, boolean packValue, Boolean value) {
            return pick(name, packValue, value, value == null || !packValue || value);
        }

        Integer notHigher(String name, Integer packValue, Integer value) {
            return pick(name, packValue, value, value == null || packValue == null || value <= packValue);
        }

        Integer notLower(String name, Integer packValue, Integer value) {
            return pick(name, packValue, value, value == null || packValue == null || value >= packValue);
        }

        Duration notShorter(String name, Duration packValue, Duration value) {
            return pick(name, packValue, value, value == null || packValue == null || value.compareTo(packValue) >= 0);
        }

        private <T> T pick(String name, T packValue, T value, boolean stricter) {
            if (!stricter) {
                throw new RuleViolation(name, "override of " + name + " to " + value
                        + " is more lenient than " + packId + "'s " + packValue);
            }
            return value == null ? packValue : value;
        }
    }
}
