package org.collections.plans.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.collections.plans.domain.Frequency;
import org.collections.plans.domain.Payment;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.domain.PlanType;
import org.collections.plans.domain.Promise;
import org.collections.plans.domain.ScheduleMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the plan API returns; money as decimal strings next to the currency. */
public final class PlanViews {

    private PlanViews() {
    }

    @Schema(description = "One installment of a schedule; amount = principal + interest, owing = amount - paid")
    public record InstallmentView(
            @Schema(description = "0 is the down payment, 1 the first regular installment", examples = "1") int number,
            @Schema(examples = "2099-01-15") LocalDate dueDate,
            @Schema(examples = "100.00") String principal,
            @Schema(examples = "0.00") String interest,
            @Schema(examples = "100.00") String amount,
            @Schema(examples = "0.00") String paid,
            @Schema(examples = "100.00") String owing) {
    }

    @Schema(description = "A computed schedule: installments sum exactly to the total")
    public record ScheduleView(
            @Schema(examples = "CNY") String currency,
            @Schema(examples = "1200.00") String amount,
            @Schema(examples = "1200.00") String total,
            @Schema(examples = "0.00") String totalInterest,
            @Schema(description = "Settlements: the discount on the case's balance, in percent", examples = "0.00") String discountPercent,
            List<InstallmentView> installments) {
    }

    @Schema(description = "A repayment plan with its installments")
    public record PlanView(
            UUID id,
            UUID caseId,
            PlanType type,
            PlanStatus status,
            @Schema(description = "Why the plan is in its status (the last transition's reason)") String statusReason,
            @Schema(examples = "CNY") String currency,
            @Schema(description = "The case's balance when the plan was proposed", examples = "1310.50") String caseBalance,
            @Schema(examples = "1200.00") String amount,
            @Schema(description = "What the installments sum to (amount plus interest)", examples = "1200.00") String total,
            @Schema(description = "Paid so far, credit included", examples = "0.00") String paid,
            @Schema(description = "Paid beyond the plan total", examples = "0.00") String credit,
            @Schema(examples = "0.00") String discountPercent,
            ScheduleMethod method,
            Frequency frequency,
            @Schema(examples = "0") String annualInterestRate,
            LocalDate offerExpiresOn,
            String proposedBy,
            String approvedBy,
            List<InstallmentView> installments,
            @Schema(description = "Entity version; also the ETag", examples = "0") int version,
            Instant createdAt,
            Instant updatedAt) {
    }

    @Schema(description = "A plan in a list, without its installments")
    public record PlanSummary(UUID id, UUID caseId, PlanType type, PlanStatus status,
            @Schema(examples = "CNY") String currency,
            @Schema(examples = "1200.00") String total,
            @Schema(examples = "0") int version,
            Instant createdAt,
            Instant updatedAt) {
    }

    @Schema(description = "The part of a payment that went to one installment")
    public record AllocationView(@Schema(examples = "1") int installmentNumber, @Schema(examples = "100.00") String amount) {
    }

    @Schema(description = "A payment towards a plan, with what it paid")
    public record PaymentView(
            UUID id,
            UUID planId,
            UUID caseId,
            @Schema(examples = "833.33") String amount,
            @Schema(examples = "CNY") String currency,
            @Schema(examples = "BANK-TX-20261215-0042") String payerReference,
            Instant receivedAt,
            Payment.Status status,
            @Schema(description = "What exceeded the plan total", examples = "0.00") String credit,
            List<AllocationView> allocations,
            Instant reversedAt,
            String reversalReason) {
    }

    /** {@code collector} is whoever took the promise: always the caller (the token's subject). */
    @Schema(description = "A debtor's promise to pay an amount by a date")
    public record PromiseView(
            UUID id,
            UUID caseId,
            @Schema(examples = "500.00") String amount,
            @Schema(examples = "CNY") String currency,
            @Schema(examples = "2099-01-15") LocalDate dueDate,
            Promise.Channel channel,
            @Schema(description = "Who took the promise (the token's subject)") String collector,
            Promise.Status status,
            @Schema(examples = "0.00") String paid,
            Instant createdAt,
            Instant resolvedAt) {
    }

    @Schema(description = "What an evaluation run did")
    public record PlanEvaluationResult(LocalDate evaluatedOn,
            @Schema(description = "Plans and promises whose status changed", examples = "0") int plansChanged) {
    }
}
