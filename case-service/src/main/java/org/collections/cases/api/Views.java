package org.collections.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.collections.cases.domain.BreathingSpace;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CloseReason;
import org.collections.cases.domain.Debt;
import org.collections.cases.domain.Dispute;
import org.collections.cases.domain.PauseType;
import org.collections.cases.domain.Restriction;

/** What the API returns. Money is a decimal string next to its currency. */
public final class Views {

    private Views() {
    }

    @Schema(description = "A debtor as the caller may see them. Agencies get nationalId, phones and e-mails masked (all "
            + "but the last characters replaced by *, e-mails as l***@domain) and no address; every unmasked read is "
            + "audited. Absent fields are left out.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DebtorView(
            @Schema(description = "The debtor's id") UUID id,
            @Schema(description = "Full name as registered; not masked", examples = "Li Wei") String fullName,
            @Schema(description = "National id number; masked for agencies; absent when none was given",
                    examples = "110101199003071234") String nationalId,
            @Schema(description = "Phone numbers in E.164; masked for agencies") List<String> phones,
            @Schema(description = "E-mail addresses, domain in lower case; masked for agencies") List<String> emails,
            @Schema(description = "Postal address; absent for agencies and when none was given")
            DebtorRequest.AddressRequest address,
            @Schema(description = "IANA time zone the contact rules use", examples = "Asia/Shanghai") String timeZone,
            @Schema(description = "ISO 3166 country code selecting the compliance rules", examples = "CN")
            String jurisdiction,
            @Schema(description = "Language tag for messages; absent when not given", examples = "zh-CN")
            String preferredLanguage,
            @Schema(description = "How the debtor asked to be contacted; absent when not stated")
            DebtorRequest.ContactPreferences contactPreferences,
            @Schema(description = "True when personal data in this view is masked (agency callers)") boolean masked,
            @Schema(description = "When the debtor's personal data was erased after retention (name, national id, "
                    + "phones, e-mails, address and preferences are absent since); absent while kept") Instant erasedAt) {
    }

    @Schema(description = "One obligation of a case. Amounts are decimal strings at the scale of the currency's minor "
            + "unit (2 for CNY and USD, 0 for JPY).")
    public record DebtView(
            @Schema(description = "The debt's id") UUID id,
            @Schema(description = "Kind of credit product") Debt.Product product,
            @Schema(description = "The creditor's account reference; null when not given", examples = "CC-4421")
            String accountRef,
            @Schema(description = "Principal owed, decimal string", examples = "1200.00") String principal,
            @Schema(description = "Interest owed, decimal string; 0 when none was given", examples = "85.50")
            String interest,
            @Schema(description = "Fees owed, decimal string; 0 when none were given", examples = "25.00") String fees,
            @Schema(description = "principal + interest + fees, decimal string", examples = "1310.50") String total,
            @Schema(description = "ISO 4217 code, the case's currency", examples = "CNY") String currency,
            @Schema(description = "Date of the oldest unpaid amount; days past due count from it")
            LocalDate oldestUnpaidDate,
            @Schema(description = "When the creditor charged the debt off; null when not charged off")
            LocalDate chargeOffDate,
            @Schema(description = "When the debt becomes time-barred; null when not given") LocalDate limitationDate) {
    }

    @Schema(description = "Flags that stop contact: each one set adds the restriction of the same name")
    public record Flags(
            @Schema(description = "The debtor asked in writing to stop communication (CEASE_COMMUNICATION)")
            boolean ceaseCommunication,
            @Schema(description = "The debtor is deceased (DECEASED)") boolean deceased,
            @Schema(description = "The debtor is in bankruptcy or insolvency (BANKRUPTCY)") boolean bankruptcy) {
    }

    @Schema(description = "A case with its debts and debtor. Money is a decimal string at the scale of the case's "
            + "currency; instants are UTC. The ETag header carries version. Absent fields are left out.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseView(
            @Schema(description = "The case's id") UUID id,
            @Schema(description = "The creditor, canonical (upper case)", examples = "ACME-BANK") String creditorId,
            @Schema(description = "The creditor's own reference, unique per creditor", examples = "ACC-000123")
            String externalRef,
            @Schema(description = "Where the case is in its lifecycle") CaseStatus status,
            @Schema(description = "Why the case was closed; only on CLOSED cases") CloseReason closeReason,
            @Schema(description = "The debtor's id") UUID debtorId,
            @Schema(description = "The debtor, masked for agencies") DebtorView debtor,
            @Schema(description = "ISO 4217 code of every amount of the case", examples = "CNY") String currency,
            @Schema(description = "Sum of the debts' totals, decimal string", examples = "1310.50") String totalDebt,
            @Schema(description = "Payments received net of reversals, decimal string", examples = "0.00")
            String paymentsReceived,
            @Schema(description = "Amount written off by the creditor, decimal string", examples = "0.00")
            String writtenOff,
            @Schema(description = "Still owed: totalDebt - paymentsReceived - writtenOff, decimal string",
                    examples = "1310.50") String balance,
            @Schema(description = "Days since the oldest unpaid date (UTC), as of the last evaluation; 0 when not past "
                    + "due", examples = "108") int daysPastDue,
            @Schema(description = "Delinquency bucket for daysPastDue, e.g. 91-120; CURRENT when not past due",
                    examples = "91-120") String bucket,
            @Schema(description = "Cease-communication, deceased and bankruptcy flags") Flags flags,
            @Schema(description = "Everything that stops contact now; empty when the debtor may be contacted")
            Set<Restriction> restrictions,
            @Schema(description = "Last day of the pause; only on PAUSED cases") LocalDate pausedUntil,
            @Schema(description = "Why collection is paused; only on PAUSED cases") PauseType pauseType,
            @Schema(description = "The Breathing Space in force; absent when none is")
            CurrentBreathingSpace breathingSpace,
            @Schema(description = "Collector working the case; absent when unassigned", examples = "zhang.san")
            String assignedCollector,
            @Schema(description = "Agency the case is placed with; absent when not placed", examples = "AGENCY-A")
            String agencyId,
            @Schema(description = "The debts, in the order they were created") List<DebtView> debts,
            @Schema(description = "Entity version, increased by every change; send it as If-Match (\"3\")", examples = "3")
            int version,
            @Schema(description = "When the case was opened (UTC)") Instant createdAt,
            @Schema(description = "When the case last changed (UTC)") Instant updatedAt,
            @Schema(description = "Whether a legal hold keeps the case's personal data past retention") boolean onLegalHold,
            @Schema(description = "When the case's personal data was erased after retention; absent while kept")
            Instant erasedAt) {
    }

    /** The Breathing Space in force on a case; {@code endsOn} (the first day without it) is null while a crisis is open. */
    @Schema(description = "The Breathing Space in force on a case")
    public record CurrentBreathingSpace(
            @Schema(description = "The Breathing Space's id (getBreathingSpace)") UUID id,
            @Schema(description = "Standard or mental-health crisis") BreathingSpace.Type type,
            @Schema(description = "First day of protection") LocalDate startedOn,
            @Schema(description = "First day without protection; null while a mental-health crisis is open")
            LocalDate endsOn) {
    }

    @Schema(description = "A Breathing Space (UK Debt Respite Scheme): contact and enforcement stop while it is in force. "
            + "It is in force from startedOn until the day before endsOn; endsOn is null while a mental-health crisis is open.")
    public record BreathingSpaceView(
            @Schema(description = "The Breathing Space's id") UUID id,
            @Schema(description = "The case it protects") UUID caseId,
            @Schema(description = "Standard or mental-health crisis") BreathingSpace.Type type,
            @Schema(description = "First day of protection", examples = "2026-11-23") LocalDate startedOn,
            @Schema(examples = "2027-01-22", description = "First day without protection; null while a mental-health "
                    + "crisis is open") LocalDate endsOn,
            @Schema(description = "When a mental-health crisis ended; null otherwise") LocalDate crisisEndedOn,
            @Schema(description = "When it was cancelled early or expired; null while it lasts") LocalDate endedOn,
            @Schema(description = "True while it protects the case (today, UTC)") boolean inForce,
            @Schema(description = "Who started it") String startedBy,
            @Schema(description = "Why it was started") String startReason,
            @Schema(description = "When it was started (UTC)") Instant startedAt,
            @Schema(description = "Who ended it (system:daily-job when it expired); null while it lasts")
            String endedBy,
            @Schema(description = "Why it ended; null while it lasts") String endReason,
            @Schema(description = "When it was ended (UTC); null while it lasts") Instant endedAt) {
    }

    @Schema(description = "A case in a search result, without debts and debtor. Money is a decimal string at the scale "
            + "of the case's currency.")
    public record CaseSummary(
            @Schema(description = "The case's id") UUID id,
            @Schema(description = "The creditor, canonical (upper case)", examples = "ACME-BANK") String creditorId,
            @Schema(description = "The creditor's own reference", examples = "ACC-000123") String externalRef,
            @Schema(description = "Where the case is in its lifecycle") CaseStatus status,
            @Schema(description = "Why the case was closed; null unless CLOSED") CloseReason closeReason,
            @Schema(description = "The debtor's id") UUID debtorId,
            @Schema(description = "ISO 4217 code", examples = "CNY") String currency,
            @Schema(description = "Still owed, decimal string", examples = "1310.50") String balance,
            @Schema(description = "Days past due as of the last evaluation", examples = "108") int daysPastDue,
            @Schema(description = "Delinquency bucket, e.g. 91-120 or CURRENT", examples = "91-120") String bucket,
            @Schema(description = "Collector working the case; null when unassigned") String assignedCollector,
            @Schema(description = "Agency the case is placed with; null when not placed") String agencyId,
            @Schema(description = "Entity version (the case's ETag)", examples = "3") int version,
            @Schema(description = "When the case last changed (UTC)") Instant updatedAt) {
    }

    @Schema(description = "A legal hold of a case: in force while releasedAt is null")
    public record LegalHoldView(
            @Schema(required = true, description = "The hold's id") UUID id,
            @Schema(required = true, description = "The case it keeps") UUID caseId,
            @Schema(required = true, description = "Why it was placed") String reason,
            @Schema(required = true, description = "Who placed it") String placedBy,
            @Schema(required = true, description = "When it was placed (UTC)") Instant placedAt,
            @Schema(required = true, description = "Whether it is in force") boolean inForce,
            @Schema(description = "When it was released (UTC); absent while in force") Instant releasedAt,
            @Schema(description = "Who released it; absent while in force") String releasedBy,
            @Schema(description = "Why it was released; absent while in force") String releaseReason) {
    }

    @Schema(description = "A dispute of a case: open while outcome is null")
    public record DisputeView(
            @Schema(description = "The dispute's id") UUID id,
            @Schema(description = "The disputed case") UUID caseId,
            @Schema(description = "What the debtor contests") String reason,
            @Schema(description = "When it was filed (UTC)") Instant filedAt,
            @Schema(description = "Who filed it") String filedBy,
            @Schema(description = "How it was resolved; null while open") Dispute.Outcome outcome,
            @Schema(description = "Why it was resolved so; null while open") String resolutionNote,
            @Schema(description = "When it was resolved (UTC); null while open") Instant resolvedAt,
            @Schema(description = "Who resolved it; null while open") String resolvedBy) {
    }

    @Schema(description = "A placement of a case with a partner agency: active until recalled")
    public record PlacementView(
            @Schema(description = "The placement's id") UUID id,
            @Schema(description = "The placed case") UUID caseId,
            @Schema(description = "The agency", examples = "AGENCY-A") String agencyId,
            @Schema(description = "When the case was placed (UTC)") Instant placedAt,
            @Schema(description = "Who placed it") String placedBy,
            @Schema(description = "When it was recalled (UTC); null while active") Instant recalledAt,
            @Schema(description = "Who recalled it; null while active") String recalledBy,
            @Schema(description = "Why it was recalled; null while active") String recallReason,
            @Schema(description = "True until recalled") boolean active) {
    }

    @Schema(description = "A free-text note on a case")
    public record NoteView(
            @Schema(description = "The note's id") UUID id,
            @Schema(description = "The case") UUID caseId,
            @Schema(description = "Who wrote it (token subject)") String author,
            @Schema(description = "The text, as written") String body,
            @Schema(description = "When it was written (UTC)") Instant createdAt) {
    }

    /** One audited change; before and after are the changed fields as they were recorded (free-form JSON objects). */
    @Schema(description = "One entry of a case's audit trail: who did what, when and why")
    public record AuditEntryView(
            @Schema(description = "Position in the audit log; increases with time") long id,
            @Schema(description = "When it happened (UTC)") Instant at,
            @Schema(description = "Who did it: a token subject, the service that sent an event (plan-service), or "
                    + "system:daily-job") String actor,
            @Schema(description = "What was done, e.g. CASE_CREATED, STATUS_CHANGED, FLAGS_CHANGED, ASSIGNED, PLACED, "
                    + "RECALLED, DISPUTE_FILED, PAYMENT_POSTED, WRITE_OFF, COMPLIANCE_BREACH",
                    examples = "STATUS_CHANGED") String action,
            @Schema(description = "The reason given with the change") String reason,
            @Schema(type = SchemaType.OBJECT,
                    description = "The changed fields before the change; null when there were none (a creation)")
            Map<String, Object> before,
            @Schema(type = SchemaType.OBJECT,
                    description = "The changed fields after the change; null when none remain (a recall)")
            Map<String, Object> after) {
    }

    @Schema(description = "A case's delinquency on one day, appended when its bucket changes")
    public record DelinquencyView(
            @Schema(description = "The day evaluated (UTC)") LocalDate evaluatedOn,
            @Schema(description = "Days past due on that day") int daysPastDue,
            @Schema(description = "Delinquency bucket on that day, e.g. 31-60 or CURRENT") String bucket,
            @Schema(description = "When it was recorded (UTC)") Instant recordedAt) {
    }

    @Schema(description = "A case's audit trail and delinquency history, each oldest first")
    public record History(
            @Schema(description = "The case") UUID caseId,
            @Schema(description = "Every audited change of the case, oldest first") List<AuditEntryView> events,
            @Schema(description = "Every delinquency entry of the case, oldest first")
            List<DelinquencyView> delinquency) {
    }
}
