package org.collections.contact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.model.CreditorRuleOverride;
import org.collections.contact.compliance.Restriction;
import org.collections.contact.compliance.RuleOverride;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.service.ContactCommands;
import org.collections.contact.service.RuleOverrideService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the rule-pack API: packs, creditors' overrides and the effective packs. */
public final class RulePackRequests {

    private static final String NO_RULE = "; null when the pack does not have the rule";

    private RulePackRequests() {
    }

    @Schema(description = "A creditor's override of a rule pack. Every parameter is optional (absent keeps the pack's"
            + " value) and must be at least as strict as the pack's; a parameter of a rule the pack lacks adds the"
            + " rule. The body replaces the creditor's previous override of the pack.")
    public record OverrideRequest(
            @Schema(description = "First permitted local time (HH:mm); not earlier than the pack's", examples = "09:00")
            String hoursStart,
            @Schema(description = "End of the permitted local hours (HH:mm, exclusive); not later than the pack's",
                    examples = "20:00")
            String hoursEnd,
            @Schema(description = "May only switch off that night-contact consent lifts the hours", examples = "false")
            Boolean nightConsentLiftsHours,
            @Schema(description = "Calls about one debt per callWindow; not more than the pack's", examples = "5")
            Integer callCap,
            @Schema(description = "Rolling window of callCap (ISO-8601 duration); not shorter", examples = "P10D")
            String callWindow,
            @Schema(description = "No calls for this long after a conversation (ISO-8601 duration); not shorter",
                    examples = "P14D")
            String callCoolDown,
            @Schema(description = "Connected calls per debtor per local day; not more", examples = "2")
            Integer dailyConnectedCallCap,
            @Schema(description = "Unanswered attempts per channel per debtor per local day; not more", examples = "4")
            Integer dailyUnansweredAttemptCap,
            @Schema(description = "Consecutive failed debtor calls before third parties; not fewer", examples = "5")
            Integer thirdPartyAfterFailedAttempts,
            @Schema(description = "Collectors needed for a visit; not fewer", examples = "3")
            Integer minVisitCollectors,
            @Size(max = 366) @Schema(description = "Local dates without contact, besides the pack's",
                    examples = "[\"2026-12-24\"]")
            List<LocalDate> extraHolidays,
            @Schema(description = "Honour the debtor's stated times and channels; may only switch it on",
                    examples = "true")
            Boolean honourStatedTimes,
            @Schema(description = "Days after the first communication by which the validation notice must be"
                    + " delivered; not more than the pack's", examples = "3")
            Integer validationNoticeDays,
            @NotBlank @Size(max = 500) @Schema(description = "Why, for the audit log",
                    examples = "Creditor policy CP-7: no calls after 20:00")
            String reason) {

        /** The domain override; a 400 naming the field when a time or duration is malformed. */
        public RuleOverride toOverride() {
            if (extraHolidays != null && extraHolidays.contains(null)) {
                throw ProblemException.invalidField("extraHolidays", "must not contain null");
            }
            return new RuleOverride(ApiFormats.time("hoursStart", hoursStart), ApiFormats.time("hoursEnd", hoursEnd),
                    nightConsentLiftsHours, callCap, ApiFormats.duration("callWindow", callWindow),
                    ApiFormats.duration("callCoolDown", callCoolDown), dailyConnectedCallCap,
                    dailyUnansweredAttemptCap, thirdPartyAfterFailedAttempts, minVisitCollectors,
                    extraHolidays == null ? Set.of() : Set.copyOf(extraHolidays), honourStatedTimes,
                    validationNoticeDays);
        }

        /** The override and its reason; a 400 naming the field when a time or duration is malformed. */
        ContactCommands.RuleOverrideChange toCommand() {
            return new ContactCommands.RuleOverrideChange(toOverride(), reason);
        }
    }

    @Schema(description = "A creditor's stored override of a rule pack; absent parameters keep the pack's values")
    public record OverrideView(
            @Schema(description = "The pack overridden", examples = "US_REGF") String packId,
            @Schema(description = "The creditor, canonical", examples = "ACME") String creditorId,
            @Schema(description = "First permitted local time (HH:mm); null keeps the pack's", examples = "09:00")
            String hoursStart,
            @Schema(description = "End of the permitted local hours (HH:mm, exclusive); null keeps the pack's",
                    examples = "20:00") String hoursEnd,
            @Schema(description = "Whether night-contact consent lifts the hours; null keeps the pack's")
            Boolean nightConsentLiftsHours,
            @Schema(description = "Calls about one debt per callWindow; null keeps the pack's", examples = "5")
            Integer callCap,
            @Schema(description = "Rolling window of callCap (ISO-8601 duration); null keeps the pack's",
                    examples = "P10D") String callWindow,
            @Schema(description = "No calls for this long after a conversation (ISO-8601 duration); null keeps the "
                    + "pack's", examples = "P14D") String callCoolDown,
            @Schema(description = "Connected calls per debtor per local day; null keeps the pack's")
            Integer dailyConnectedCallCap,
            @Schema(description = "Unanswered attempts per channel per debtor per local day; null keeps the pack's")
            Integer dailyUnansweredAttemptCap,
            @Schema(description = "Consecutive failed debtor calls before third parties; null keeps the pack's")
            Integer thirdPartyAfterFailedAttempts,
            @Schema(description = "Collectors needed for a visit; null keeps the pack's") Integer minVisitCollectors,
            @Schema(description = "Local dates without contact besides the pack's, ascending")
            List<LocalDate> extraHolidays,
            @Schema(description = "Whether the debtor's stated times and channels are honoured; null keeps the pack's")
            Boolean honourStatedTimes,
            @Schema(description = "Days to deliver the validation notice in; null keeps the pack's")
            Integer validationNoticeDays,
            @Schema(description = "The override's version, also its ETag; increased by every change", examples = "0")
            int version,
            @Schema(description = "Who last set it") String updatedBy,
            @Schema(description = "When it was last set (UTC)") Instant updatedAt) {

        public static OverrideView of(CreditorRuleOverride stored) {
            RuleOverride o = stored.toOverride();
            return new OverrideView(stored.packId, stored.creditorId, ApiFormats.time(o.hoursStart()),
                    ApiFormats.time(o.hoursEnd()), o.nightConsentLiftsHours(), o.callCap(),
                    ApiFormats.duration(o.callWindow()), ApiFormats.duration(o.callCoolDown()),
                    o.dailyConnectedCallCap(), o.dailyUnansweredAttemptCap(), o.thirdPartyAfterFailedAttempts(),
                    o.minVisitCollectors(), o.extraHolidays().stream().sorted().toList(), o.honourStatedTimes(),
                    o.validationNoticeDays(), stored.version, stored.updatedBy, stored.updatedAt);
        }
    }

    @Schema(description = "A rule pack version's parameters, each parameter's legal source, and its rules; a parameter"
            + " that is absent means the rule is not part of the pack. For an effective pack, the creditor and the"
            + " version of its override (absent without one).")
    public record RulePackView(@Schema(description = "The pack", examples = "US_REGF") String id,
            @Schema(description = "This version of the pack, as decisions name it", examples = "US_REGF@2021-11-30")
            String version,
            @Schema(description = "The day this version came into force", examples = "2021-11-30")
            LocalDate effectiveFrom,
            @Schema(description = "ISO 3166 codes of the debtors' jurisdictions the pack covers", examples = "[\"US\"]")
            List<String> jurisdictions,
            @Schema(description = "Effective packs: the creditor; null for the pack itself", examples = "ACME")
            String creditorId,
            @Schema(description = "Effective packs: the version of the creditor's override; null without one")
            Integer overrideVersion,
            @Schema(description = "First permitted local time (HH:mm, the debtor's zone)" + NO_RULE, examples = "08:00")
            String hoursStart,
            @Schema(description = "End of the permitted local hours (HH:mm, exclusive)" + NO_RULE, examples = "21:00")
            String hoursEnd,
            @Schema(description = "Whether the debtor's night-contact consent lifts the hours (CN)")
            boolean nightConsentLiftsHours,
            @Schema(description = "Outbound calls to the debtor about one debt per callWindow" + NO_RULE, examples = "7")
            Integer callCap,
            @Schema(description = "Rolling window of callCap (ISO-8601 duration)" + NO_RULE, examples = "P7D")
            String callWindow,
            @Schema(description = "No calls about a debt for this long after a conversation about it (ISO-8601 duration)"
                    + NO_RULE, examples = "P7D") String callCoolDown,
            @Schema(description = "Connected calls with the debtor per local day, across all cases and agencies" + NO_RULE)
            Integer dailyConnectedCallCap,
            @Schema(description = "Unanswered attempts per channel per debtor per local day, across all contact points" + NO_RULE)
            Integer dailyUnansweredAttemptCap,
            @Schema(description = "Third parties only after this many consecutive unanswered debtor calls (or when the "
                    + "debtor's numbers are invalid)" + NO_RULE) Integer thirdPartyAfterFailedAttempts,
            @Schema(description = "Collectors needed for a visit" + NO_RULE) Integer minVisitCollectors,
            @Schema(description = "Local dates without contact, ascending (for an effective pack, with the override's)")
            List<LocalDate> holidays,
            @Schema(description = "Case restrictions that block contact (cease-communication still lets a permitted "
                    + "notice through)") List<Restriction> blockingRestrictions,
            @Schema(description = "Contact only within the debtor's stated times and by their stated channels")
            boolean honourStatedTimes,
            @Schema(description = "Business days after the first communication by which the validation notice must be "
                    + "delivered" + NO_RULE, examples = "5") Integer validationNoticeDays,
            @Schema(description = "The legal source of each parameter, by parameter name")
            Map<String, String> sources,
            @Schema(description = "The ids of the pack's rules, as decisions name them",
                    examples = "[\"US_REGF.CONTACT_HOURS\", \"US_REGF.CALL_FREQUENCY\"]") List<String> rules) {

        static RulePackView of(RuleOverrideService.PackDetails details) {
            return of(details.pack(), details.jurisdictions(), details.creditorId(), details.overrideVersion());
        }

        public static RulePackView of(RulePack pack, List<String> jurisdictions, String creditorId,
                Integer overrideVersion) {
            return new RulePackView(pack.id(), pack.version(), pack.effectiveFrom(), jurisdictions, creditorId,
                    overrideVersion, ApiFormats.time(pack.hoursStart()),
                    ApiFormats.time(pack.hoursEnd()), pack.nightConsentLiftsHours(), pack.callCap(),
                    ApiFormats.duration(pack.callWindow()), ApiFormats.duration(pack.callCoolDown()),
                    pack.dailyConnectedCallCap(), pack.dailyUnansweredAttemptCap(),
                    pack.thirdPartyAfterFailedAttempts(), pack.minVisitCollectors(),
                    pack.holidays().stream().sorted().toList(),
                    pack.blockingRestrictions().stream().sorted().toList(), pack.honourStatedTimes(),
                    pack.validationNoticeDays(), pack.sortedSources(), pack.ruleIds());
        }
    }
}
