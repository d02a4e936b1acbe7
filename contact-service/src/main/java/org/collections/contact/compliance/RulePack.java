package org.collections.contact.compliance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.collections.commons.rules.RuleViolation;

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
 *                                      the validation notice is delivered, once this many business days have
 *                                      passed (days other than Saturdays, Sundays and {@code legalHolidays}, in
 *                                      the debtor's zone)
 * @param effectiveFrom                 the day this version of the pack comes into force (null for a pack made in
 *                                      code, e.g. in a test)
 * @param legalHolidays                 the legal public holidays that are not business days (they do not ban
 *                                      contact; {@code holidays} do)
 * @param sources                       the legal source of each parameter, by parameter name
 */
public record RulePack(String id, LocalTime hoursStart, LocalTime hoursEnd, boolean nightConsentLiftsHours,
        Integer callCap, Duration callWindow, Duration callCoolDown, Integer dailyConnectedCallCap,
        Integer dailyUnansweredAttemptCap, Integer thirdPartyAfterFailedAttempts, Integer minVisitCollectors,
        Set<LocalDate> holidays, Set<Restriction> blockingRestrictions, boolean honourStatedTimes,
        Integer validationNoticeDays, LocalDate effectiveFrom, Set<LocalDate> legalHolidays,
        Map<String, String> sources) {

    public RulePack {
        Objects.requireNonNull(id, "id");
        if (hoursStart == null || hoursEnd == null) {
            throw new RuleViolation(hoursStart == null ? "hoursStart" : "hoursEnd",
                    "hoursStart and hoursEnd are required");
        }
        if (!hoursStart.isBefore(hoursEnd)) {
            throw new RuleViolation("hoursStart",
                    "hoursStart must be before hoursEnd: " + hoursStart + "–" + hoursEnd);
        }
        if ((callCap == null) != (callWindow == null)) {
            throw new RuleViolation(callCap == null ? "callCap" : "callWindow",
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
        legalHolidays = legalHolidays == null ? Set.of() : Set.copyOf(legalHolidays);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        blockingRestrictions = blockingRestrictions == null || blockingRestrictions.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(blockingRestrictions));
    }

    /** The version's name, e.g. US_REGF@2021-11-30 (the id alone for a pack without a version). */
    public String version() {
        return effectiveFrom == null ? id : id + "@" + effectiveFrom;
    }

    /** The legal source of each parameter, sorted by name. */
    public Map<String, String> sortedSources() {
        return new TreeMap<>(sources);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a pack with every parameter named; a parameter not set leaves its rule out of the pack. */
    public static final class Builder {
        private String id;
        private LocalTime hoursStart;
        private LocalTime hoursEnd;
        private boolean nightConsentLiftsHours;
        private Integer callCap;
        private Duration callWindow;
        private Duration callCoolDown;
        private Integer dailyConnectedCallCap;
        private Integer dailyUnansweredAttemptCap;
        private Integer thirdPartyAfterFailedAttempts;
        private Integer minVisitCollectors;
        private Set<LocalDate> holidays = Set.of();
        private Set<Restriction> blockingRestrictions = Set.of();
        private boolean honourStatedTimes;
        private Integer validationNoticeDays;
        private LocalDate effectiveFrom;
        private Set<LocalDate> legalHolidays = Set.of();
        private Map<String, String> sources = Map.of();

        private Builder(String id) {
            this.id = id;
        }

        private Builder(RulePack p) {
            this(p.id);
            hoursStart = p.hoursStart;
            hoursEnd = p.hoursEnd;
            nightConsentLiftsHours = p.nightConsentLiftsHours;
            callCap = p.callCap;
            callWindow = p.callWindow;
            callCoolDown = p.callCoolDown;
            dailyConnectedCallCap = p.dailyConnectedCallCap;
            dailyUnansweredAttemptCap = p.dailyUnansweredAttemptCap;
            thirdPartyAfterFailedAttempts = p.thirdPartyAfterFailedAttempts;
            minVisitCollectors = p.minVisitCollectors;
            holidays = p.holidays;
            blockingRestrictions = p.blockingRestrictions;
            honourStatedTimes = p.honourStatedTimes;
            validationNoticeDays = p.validationNoticeDays;
            effectiveFrom = p.effectiveFrom;
            legalHolidays = p.legalHolidays;
            sources = p.sources;
        }

        public Builder hours(LocalTime start, LocalTime end) {
            hoursStart = start;
            hoursEnd = end;
            return this;
        }

        public Builder nightConsentLiftsHours(boolean lifts) {
            nightConsentLiftsHours = lifts;
            return this;
        }

        public Builder callFrequency(Integer cap, Duration window) {
            callCap = cap;
            callWindow = window;
            return this;
        }

        public Builder callCoolDown(Duration coolDown) {
            callCoolDown = coolDown;
            return this;
        }

        public Builder dailyConnectedCallCap(Integer cap) {
            dailyConnectedCallCap = cap;
            return this;
        }

        public Builder dailyUnansweredAttemptCap(Integer cap) {
            dailyUnansweredAttemptCap = cap;
            return this;
        }

        public Builder thirdPartyAfterFailedAttempts(Integer attempts) {
            thirdPartyAfterFailedAttempts = attempts;
            return this;
        }

        public Builder minVisitCollectors(Integer collectors) {
            minVisitCollectors = collectors;
            return this;
        }

        public Builder holidays(Set<LocalDate> days) {
            holidays = days;
            return this;
        }

        public Builder blockingRestrictions(Set<Restriction> restrictions) {
            blockingRestrictions = restrictions;
            return this;
        }

        public Builder honourStatedTimes(boolean honour) {
            honourStatedTimes = honour;
            return this;
        }

        public Builder validationNoticeDays(Integer days) {
            validationNoticeDays = days;
            return this;
        }

        public Builder effectiveFrom(LocalDate day) {
            effectiveFrom = day;
            return this;
        }

        public Builder legalHolidays(Set<LocalDate> days) {
            legalHolidays = days;
            return this;
        }

        public Builder sources(Map<String, String> bySource) {
            sources = bySource;
            return this;
        }

        public RulePack build() {
            return new RulePack(id, hoursStart, hoursEnd, nightConsentLiftsHours, callCap, callWindow, callCoolDown,
                    dailyConnectedCallCap, dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts,
                    minVisitCollectors, holidays, blockingRestrictions, honourStatedTimes, validationNoticeDays,
                    effectiveFrom, legalHolidays, sources);
        }
    }

    /** This pack tightened by a creditor's override; a RuleViolation names the first part that is more lenient. */
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
            throw new RuleViolation(name, name + " must be positive");
        }
    }

    private static void requireNotNegative(String name, Integer value) {
        if (value != null && value < 0) {
            throw new RuleViolation(name, name + " must not be negative");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value != null && (value.isZero() || value.isNegative())) {
            throw new RuleViolation(name, name + " must be positive");
        }
    }
}
