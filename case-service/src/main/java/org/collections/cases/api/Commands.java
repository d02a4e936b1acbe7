package org.collections.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.collections.cases.domain.BreathingSpace;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CloseReason;
import org.collections.cases.domain.Dispute;
import org.collections.cases.domain.PauseType;
import org.collections.commons.ids.Identifiers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests that change an existing case. Every change carries a reason for the audit log. */
public final class Commands {

    private Commands() {
    }

    @Schema(description = "Move a case to another status")
    public record Transition(
            @NotNull @Schema(examples = "CLOSED") CaseStatus to,
            @NotBlank @Size(max = 500) @Schema(examples = "Paid by bank transfer") String reason,
            @Schema(description = "Required when closing", examples = "PAID_IN_FULL") CloseReason closeReason,
            @Schema(description = "Required when pausing: the last day of the pause", examples = "2027-01-31") LocalDate pausedUntil,
            @Schema(description = "Required when pausing: why collection stops", examples = "HARDSHIP") PauseType pauseType,
            @Schema(description = "When closing (supervisor or admin): write off what is still owed, recorded as a "
                    + "WRITE_OFF adjustment with this request's reason. Needed to close as PAID_IN_FULL while a "
                    + "balance remains.", examples = "false") Boolean writeOffBalance) {
    }

    @Schema(description = "Start a Breathing Space (UK Debt Respite Scheme) on a case")
    public record StartBreathingSpace(
            @NotNull @Schema(examples = "STANDARD") BreathingSpace.Type type,
            @Schema(description = "Defaults to today (UTC); not in the future") LocalDate startedOn,
            @NotBlank @Size(max = 500) @Schema(examples = "Insolvency Service notification DRS-12345") String reason) {
    }

    @Schema(description = "End a Breathing Space: a standard one ends at once; for a mental-health crisis the crisis "
            + "ends on endedOn and the protection continues 30 more days")
    public record EndBreathingSpace(
            @NotBlank @Size(max = 500) @Schema(examples = "Debt advice provider cancelled the breathing space") String reason,
            @Schema(description = "Defaults to today (UTC); not in the future nor before the start") LocalDate endedOn) {
    }

    public record FileDispute(@NotBlank @Size(max = 2000) @Schema(examples = "Debtor says the card was stolen") String reason) {
    }

    public record ResolveDispute(@NotNull @Schema(examples = "REJECTED") Dispute.Outcome outcome,
            @NotBlank @Size(max = 2000) @Schema(examples = "Fees match the card agreement") String note) {
    }

    public record Place(@NotBlank @Size(max = 64) @Schema(examples = "AGENCY-A", description = "A registered ACTIVE "
            + "agency; canonicalised (NFKC, upper-case)", pattern = Identifiers.PATTERN) String agencyId,
            @Size(max = 500) @Schema(examples = "Accounts over 30 days past due") String reason) {
    }

    public record Recall(@NotBlank @Size(max = 500) @Schema(examples = "Placement period ended") String reason) {
    }

    public record AddNote(@NotBlank @Size(max = 4000) @Schema(examples = "Debtor asked to be called back after 18:00") String body) {
    }

    public record Assign(@Size(max = 128) @Schema(description = "Collector id; null to unassign", examples = "zhang.san") String collector,
            @NotBlank @Size(max = 500) @Schema(examples = "Rebalancing the Shanghai queue") String reason) {
    }

    public record UpdateFlags(@NotNull Boolean ceaseCommunication, @NotNull Boolean deceased,
            @NotNull Boolean bankruptcy, @NotBlank @Size(max = 500) @Schema(examples = "Debtor sent a cease letter") String reason) {
    }
}
