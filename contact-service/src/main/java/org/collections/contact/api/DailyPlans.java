package org.collections.contact.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.collections.contact.compliance.Channel;
import org.collections.contact.service.DailyPlanService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and report of the daily contact plan. */
public final class DailyPlans {

    private DailyPlans() {
    }

    @Schema(description = "Which day to plan, and for which channel")
    public record DailyPlanRequest(
            @Schema(description = "UTC date: today (default) or up to 7 days ahead; the plan covers the 24 hours from "
                    + "the later of that day's start and now", examples = "2026-11-24") LocalDate day,
            @Schema(description = "Default: the first of contact.daily-plan.channels (CALL); VISIT cannot be planned",
                    examples = "CALL") Channel channel) {
    }

    @Schema(description = "What one daily plan run did. considered = planned + the sum of skipped")
    public record DailyPlanReport(
            @Schema(description = "The UTC date planned", examples = "2026-11-24") LocalDate day,
            @Schema(description = "The channel planned", examples = "CALL") Channel channel,
            @Schema(description = "First instant planned", examples = "2026-11-24T00:00:00Z") Instant windowStart,
            @Schema(description = "End of the window (exclusive); also each slot's window end",
                    examples = "2026-11-25T00:00:00Z") Instant windowEnd,
            @Schema(description = "Open cases with a known jurisdiction", examples = "1000000") long considered,
            @Schema(description = "Slots created, each at a time its case's rule pack permits (see timing)",
                    examples = "912345") long planned,
            @Schema(description = "Cases not planned, by reason: ALREADY_SCHEDULED (an open slot of the channel), "
                    + "NO_VALID_CONTACT_POINT, NO_RULE_PACK, INVALID_TIME_ZONE, CHANGED_DURING_RUN, BLOCKED:<rule> "
                    + "(no permitted time at all; the rule that never lifts), NOT_IN_WINDOW:<rule> (next permitted "
                    + "time after the window; the rule that blocks longest at the window's start) or "
                    + "PREFERS_CHANNEL:<channel> (learned timing: similar cases answer better on that channel, which "
                    + "the debtor can be reached on within the window; the case is left to that channel's plan) or "
                    + "NO_CAPACITY (every permitted hour of the window already had as many contacts as the channel's "
                    + "hourly capacity, contact.plan.capacity, allows)")
            Map<String, Long> skipped,
            @Schema(description = "Run time in milliseconds", examples = "41000") long durationMs,
            @Schema(description = "How times were chosen (contact.plan.timing). LEARNED: at the debtor-local hour "
                    + "with the best right-party-contact rate of similar cases (same creditor and jurisdiction) on the "
                    + "channel, learned from the attempt ledger, among the permitted times; EARLIEST: at the earliest "
                    + "permitted time", examples = "LEARNED") DailyPlanService.Timing timing,
            @Schema(description = "Slots staged by how their time was chosen: BEST_HOUR (the permitted hour with "
                    + "enough history and the best learned rate), EARLIEST_TOO_LITTLE_HISTORY, "
                    + "EARLIEST_NO_BETTER_HOUR (no permitted hour with enough history does better than the earliest "
                    + "permitted time's), EARLIEST_BY_CONFIG (timing EARLIEST), NEXT_BEST_HOUR_CAPACITY (moved for "
                    + "capacity: the hour the case would have had was full, so the permitted hour with enough history "
                    + "and the next-best learned rate that had room) or PERMITTED_HOUR_CAPACITY (moved for capacity: "
                    + "no permitted hour with enough history had room, so the first permitted hour that had). Each "
                    + "slot's planReason says more")
            Map<String, Long> timeChoices) {

        static DailyPlanReport of(DailyPlanService.Result r) {
            return new DailyPlanReport(r.day(), r.channel(), r.windowStart(), r.windowEnd(), r.considered(),
                    r.planned(), r.skipped(), r.durationMs(), r.timing(), r.timeChoices());
        }
    }
}
