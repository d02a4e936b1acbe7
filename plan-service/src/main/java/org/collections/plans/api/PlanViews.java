package org.collections.plans.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.collections.plans.domain.Frequency;
import org.collections.plans.domain.Payment;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.domain.PlanType;
import org.collections.plans.domain.ScheduleMethod;

/** What the plan API returns; money as decimal strings next to the currency. */
public final class PlanViews {

    private PlanViews() {
    }

    public record InstallmentView(int number, LocalDate dueDate, String principal, String interest, String amount,
            String paid, String owing) {
    }

    public record ScheduleView(String currency, String amount, String total, String totalInterest,
            String discountPercent, List<InstallmentView> installments) {
    }

    public record PlanView(UUID id, UUID caseId, PlanType type, PlanStatus status, String statusReason,
            String currency, String caseBalance, String amount, String total, String paid, String credit,
            String discountPercent, ScheduleMethod method, Frequency frequency, String annualInterestRate,
            LocalDate offerExpiresOn, String proposedBy, String approvedBy, List<InstallmentView> installments,
            int version, Instant createdAt, Instant updatedAt) {
    }

    public record PlanSummary(UUID id, UUID caseId, PlanType type, PlanStatus status, String currency, String total,
            int version, Instant updatedAt) {
    }

    public record AllocationView(int installmentNumber, String amount) {
    }

    public record PaymentView(UUID id, UUID planId, UUID caseId, String amount, String currency, String payerReference,
            Instant receivedAt, Payment.Status status, String credit, List<AllocationView> allocations,
            Instant reversedAt, String reversalReason) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
