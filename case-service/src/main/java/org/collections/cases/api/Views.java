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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DebtorView(UUID id, String fullName, String nationalId, List<String> phones, List<String> emails,
            DebtorRequest.AddressRequest address, String timeZone, String jurisdiction, String preferredLanguage,
            DebtorRequest.ContactPreferences contactPreferences, boolean masked) {
    }

    public record DebtView(UUID id, Debt.Product product, String accountRef, String principal, String interest,
            String fees, String total, String currency, LocalDate oldestUnpaidDate, LocalDate chargeOffDate,
            LocalDate limitationDate) {
    }

    public record Flags(boolean ceaseCommunication, boolean deceased, boolean bankruptcy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseView(UUID id, String creditorId, String externalRef, CaseStatus status, CloseReason closeReason,
            UUID debtorId, DebtorView debtor, String currency, String totalDebt, String paymentsReceived,
            String writtenOff, String balance, int daysPastDue, String bucket, Flags flags,
            Set<Restriction> restrictions, LocalDate pausedUntil, PauseType pauseType,
            CurrentBreathingSpace breathingSpace, String assignedCollector, String agencyId, List<DebtView> debts, int version,
            Instant createdAt, Instant updatedAt) {
    }

    /** The Breathing Space in force on a case; {@code endsOn} (the first day without it) is null while a crisis is open. */
    public record CurrentBreathingSpace(UUID id, BreathingSpace.Type type, LocalDate startedOn, LocalDate endsOn) {
    }

    @Schema(description = "A Breathing Space (UK Debt Respite Scheme): contact and enforcement stop while it is in force. "
            + "It is in force from startedOn until the day before endsOn; endsOn is null while a mental-health crisis is open.")
    public record BreathingSpaceView(UUID id, UUID caseId, BreathingSpace.Type type,
            @Schema(examples = "2026-11-23") LocalDate startedOn,
            @Schema(examples = "2027-01-22", description = "First day without protection") LocalDate endsOn,
            @Schema(description = "When a mental-health crisis ended") LocalDate crisisEndedOn,
            @Schema(description = "When it was cancelled early or expired") LocalDate endedOn,
            boolean inForce, String startedBy, String startReason, Instant startedAt,
            String endedBy, String endReason, Instant endedAt) {
    }

    public record CaseSummary(UUID id, String creditorId, String externalRef, CaseStatus status,
            CloseReason closeReason, UUID debtorId, String currency, String balance, int daysPastDue, String bucket,
            String assignedCollector, String agencyId, int version, Instant updatedAt) {
    }

    public record DisputeView(UUID id, UUID caseId, String reason, Instant filedAt, String filedBy,
            Dispute.Outcome outcome, String resolutionNote, Instant resolvedAt, String resolvedBy) {
    }

    public record PlacementView(UUID id, UUID caseId, String agencyId, Instant placedAt, String placedBy,
            Instant recalledAt, String recalledBy, String recallReason, boolean active) {
    }

    public record NoteView(UUID id, UUID caseId, String author, String body, Instant createdAt) {
    }

    /** One audited change; before and after are the changed fields as they were recorded (free-form JSON objects). */
    public record AuditEntryView(long id, Instant at, String actor, String action, String reason,
            @Schema(type = SchemaType.OBJECT, description = "The changed fields before the change")
            Map<String, Object> before,
            @Schema(type = SchemaType.OBJECT, description = "The changed fields after the change")
            Map<String, Object> after) {
    }

    public record DelinquencyView(LocalDate evaluatedOn, int daysPastDue, String bucket, Instant recordedAt) {
    }

    public record History(UUID caseId, List<AuditEntryView> events, List<DelinquencyView> delinquency) {
    }
}
