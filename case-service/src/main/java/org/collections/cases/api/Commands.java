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
            @NotNull @Schema(description = "The status to move to", examples = "CLOSED") CaseStatus to,
            @NotBlank @Size(max = 500) @Schema(description = "Why; recorded in the audit log and the status event",
                    examples = "Paid by bank transfer") String reason,
            @Schema(description = "Required when closing; not allowed otherwise", examples = "PAID_IN_FULL")
            CloseReason closeReason,
            @Schema(description = "Required when pausing: the last day of the pause, after today (UTC); the case "
                    + "becomes ACTIVE again the day after. Not allowed otherwise", examples = "2027-01-31")
            LocalDate pausedUntil,
            @Schema(description = "Required when pausing: why collection stops; not allowed otherwise",
                    examples = "HARDSHIP") PauseType pauseType,
            @Schema(description = "When closing (supervisor or admin): write off what is still owed, recorded as a "
                    + "WRITE_OFF adjustment with this request's reason. Needed to close as PAID_IN_FULL while a "
                    + "balance remains.", examples = "false") Boolean writeOffBalance) {
    }

    @Schema(description = "Start a Breathing Space (UK Debt Respite Scheme) on a case")
    public record StartBreathingSpace(
            @NotNull @Schema(description = "STANDARD (60 days by default) or MENTAL_HEALTH_CRISIS (until the crisis "
                    + "ends, then 30 days)", examples = "STANDARD") BreathingSpace.Type type,
            @Schema(description = "First day of protection; defaults to today (UTC); not in the future")
            LocalDate startedOn,
            @NotBlank @Size(max = 500) @Schema(description = "Why, e.g. the Insolvency Service notification; audited",
                    examples = "Insolvency Service notification DRS-12345") String reason) {
    }

    @Schema(description = "End a Breathing Space: a standard one ends at once; for a mental-health crisis the crisis "
            + "ends on endedOn and the protection continues 30 more days")
    public record EndBreathingSpace(
            @NotBlank @Size(max = 500) @Schema(description = "Why it ends; audited",
                    examples = "Debt advice provider cancelled the breathing space") String reason,
            @Schema(description = "The day it (or the crisis) ended; defaults to today (UTC); not in the future nor "
                    + "before the start") LocalDate endedOn) {
    }

    @Schema(description = "Place a legal hold: the case's personal data is kept past its retention period until released")
    public record PlaceLegalHold(@NotBlank @Size(max = 500) @Schema(description = "Why, up to 500 characters: the "
            + "litigation, inquiry or request that needs the data; audited. Name no person in it.",
            examples = "Litigation 2027-CV-0142: counsel asked to keep the file") String reason) {
    }

    @Schema(description = "Release a legal hold: the case's personal data is erased at the next run once its retention "
            + "period has passed")
    public record ReleaseLegalHold(@NotBlank @Size(max = 500) @Schema(description = "Why, up to 500 characters; audited",
            examples = "Litigation 2027-CV-0142 settled") String reason) {
    }

    @Schema(description = "File a dispute: the debtor contests the debt")
    public record FileDispute(@NotBlank @Size(max = 2000) @Schema(description = "What the debtor contests, up to 2000 "
            + "characters; audited", examples = "Debtor says the card was stolen") String reason) {
    }

    @Schema(description = "Resolve an open dispute")
    public record ResolveDispute(@NotNull @Schema(description = "UPHELD (the debtor was right) or REJECTED (the debt "
            + "is owed as recorded)", examples = "REJECTED") Dispute.Outcome outcome,
            @NotBlank @Size(max = 2000) @Schema(description = "Why, up to 2000 characters; audited",
                    examples = "Fees match the card agreement") String note) {
    }

    @Schema(description = "Place a case with a partner agency")
    public record Place(@NotBlank @Size(max = 64) @Schema(examples = "AGENCY-A", description = "A registered ACTIVE "
            + "agency; canonicalised (NFKC, upper-case)", pattern = Identifiers.PATTERN) String agencyId,
            @Size(max = 500) @Schema(description = "Why; optional, audited", examples = "Accounts over 30 days past due")
            String reason) {
    }

    @Schema(description = "Recall a case from the agency it is placed with")
    public record Recall(@NotBlank @Size(max = 500) @Schema(description = "Why; audited (never sent to the "
            + "agency)", examples = "Placement period ended") String reason) {
    }

    @Schema(description = "A note to add to a case")
    public record AddNote(@NotBlank @Size(max = 4000) @Schema(description = "The text, up to 4000 characters",
            examples = "Debtor asked to be called back after 18:00") String body) {
    }

    @Schema(description = "Assign a case to a collector, or unassign it")
    public record Assign(@Size(max = 128) @Schema(description = "Collector id; null to unassign", examples = "zhang.san") String collector,
            @NotBlank @Size(max = 500) @Schema(description = "Why; audited", examples = "Rebalancing the Shanghai queue")
            String reason) {
    }

    @Schema(description = "The three flags, all given: each one set adds its restriction and stops contact")
    public record UpdateFlags(
            @NotNull @Schema(description = "The debtor asked in writing to stop communication", examples = "true")
            Boolean ceaseCommunication,
            @NotNull @Schema(description = "The debtor is deceased", examples = "false") Boolean deceased,
            @NotNull @Schema(description = "The debtor is in bankruptcy or insolvency", examples = "false")
            Boolean bankruptcy,
            @NotBlank @Size(max = 500) @Schema(description = "Why; audited", examples = "Debtor sent a cease letter")
            String reason) {
    }
}
