package org.collections.contact.compliance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A jurisdiction's compliance rules as data. A rule whose parameter is {@code null} is not part of the pack.
 *
 * @param id                            US_REGF, CN, UK_CONC
 * @param hoursStart                    first permitted local time (inclusive)
 * @param hoursEnd                      end of the permitted local hours (exclusive)
 * @param nightConsentLiftsHours        the debtor's night-contact consent lifts the hours (CN)
 * @param callCap                       outbound calls to the debtor about one debt per {@code callWindow}
 * @param callWindow                    the rolling window of {@code callCap}
 * @param callCoolDown                  no calls about a debt for this long after a conversation about it
 * @param dailyConnectedCallCap         connected calls with the debtor per local day, all cases and agencies
 * @param dailyUnansweredAttemptCap     unanswered attempts per contact point per local day
 * @param thirdPartyAfterFailedAttempts third parties only after this many consecutive unanswered debtor calls
 *                                      (or when the debtor's numbers are invalid)
 * @param minVisitCollectors            collectors needed for a VISIT
 * @param holidays                      local dates without contact
 * @param blockingRestrictions          case restrictions that block contact (cease-communication still lets a
 *                                      permitted notice through)
 * @param honourStatedTimes             contact only within the debtor's stated times and by their stated channels
 * @param validationNoticeDays          after the first communication about a debt, only permitted notices until
 *                                      the validation notice is delivered, once this many days have passed
 */
public record RulePack(String id, LocalTime hoursStart, LocalTime hoursEnd, boolean nightConsentLiftsHours,
        Integer callCap, Duration callWindow, Duration callCoolDown, Integer dailyConnectedCallCap,
        Integer dailyUnansweredAttemptCap, Integer thirdPartyAfterFailedAttempts, Integer minVisitCollectors,
        Set<LocalDate> holidays, Set<Restriction> blockingRestrictions, boolean honourStatedTimes,
        Integer validationNoticeDays) {

    public RulePack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hoursStart, "hoursStart");
        Objects.requireNonNull(hoursEnd, "hoursEnd");
        if (!hoursStart.isBefore(hoursEnd)) {
            throw new InvalidRuleParameterException("hoursStart",
                    "hoursStart must be before hoursEnd: " + hoursStart + "–" + hoursEnd);
        }
        if ((callCap == null) != (callWindow == null)) {
            throw new InvalidRuleParameterException(callCap == null ? "callCap" : "callWindow",
                    "callCap and callWindow go together");
        }
        requirePositive("callCap", callCap);
        requirePositive("dailyConnectedCallCap", dailyConnectedCallCap);
        requirePositive("dailyUnansweredAttemptCap", dailyUnansweredAttemptCap);
        requirePositive("minVisitCollectors", minVisitCollectors);
        requireNotNegative("thirdPartyAfterFailedAttempts", thirdPartyAfterFailedAttempts);
        requireNotNegative("validationNoticeDays", validationNoticeDays);
        requirePositive("callWindow", callWindow);
        requirePositive("callCoolDown", callCoolDown);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        blockingRestrictions = blockingRestrictions == null || blockingRestrictions.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(blockingRestrictions));
    }

    /** This pack tightened by a creditor's override; throws IllegalArgumentException if any part is more lenient. */
    public RulePack withOverride(RuleOverride override) {
        return override.applyTo(this);
    }

    /** The ids of the rules this pack enforces, e.g. US_REGF.CALL_FREQUENCY. */
    public List<String> ruleIds() {
        return rules().stream().map(rule -> id + "." + rule.name()).toList();
    }

    List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (Restriction restriction : Restriction.values()) {
            if (blockingRestrictions.contains(restriction)) {
                rules.add(new RestrictionRule(restriction));
            }
        }
        rules.add(new OptOutRule());
        rules.add(new InvalidContactPointRule());
        if (validationNoticeDays != null) {
            rules.add(new ValidationNoticeRule());
        }
        rules.add(new ContactHoursRule());
        rules.add(new HolidayRule());
        if (honourStatedTimes) {
            rules.add(new StatedTimesRule());
        }
        if (callCap != null) {
            rules.add(new CallFrequencyRule());
        }
        if (callCoolDown != null) {
            rules.add(new CallCoolDownRule());
        }
        if (dailyConnectedCallCap != null) {
            rules.add(new DailyConnectedCallsRule());
        }
        if (dailyUnansweredAttemptCap != null) {
            rules.add(new DailyUnansweredAttemptsRule());
        }
        if (thirdPartyAfterFailedAttempts != null) {
            rules.add(new ThirdPartyRule());
        }
        if (minVisitCollectors != null) {
            rules.add(new VisitCollectorsRule());
        }
        return rules;
    }

    private static void requirePositive(String name, Integer value) {
        if (value != null && value <= 0) {
            throw new InvalidRuleParameterException(name, name + " must be positive");
        }
    }

    private static void requireNotNegative(String name, Integer value) {
        if (value != null && value < 0) {
            throw new InvalidRuleParameterException(name, name + " must not be negative");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value != null && (value.isZero() || value.isNegative())) {
            throw new InvalidRuleParameterException(name, name + " must be positive");
        }
    }
}
