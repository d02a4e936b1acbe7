package org.collections.plans.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.collections.plans.domain.Frequency;
import org.collections.plans.domain.Payment;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.domain.PlanType;
import org.collections.plans.domain.PaymentReminder;
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
            @Schema(description = "When it falls due", examples = "2099-01-15") LocalDate dueDate,
            @Schema(description = "Principal part, decimal string at the currency's scale", examples = "100.00")
            String principal,
            @Schema(description = "Interest part, decimal string", examples = "0.00") String interest,
            @Schema(description = "What falls due: principal + interest, decimal string", examples = "100.00")
            String amount,
            @Schema(description = "Paid towards it so far, decimal string; 0.00 in a preview", examples = "0.00")
            String paid,
            @Schema(description = "Still owed on it: amount - paid, decimal string", examples = "100.00")
            String owing) {
    }

    @Schema(description = "A computed schedule: installments sum exactly to the total")
    public record ScheduleView(
            @Schema(description = "ISO 4217 code, the case's currency", examples = "CNY") String currency,
            @Schema(description = "What the plan repays before interest, decimal string", examples = "1200.00")
            String amount,
            @Schema(description = "What the installments sum to: amount + totalInterest, decimal string",
                    examples = "1200.00") String total,
            @Schema(description = "Interest over the whole schedule, decimal string", examples = "0.00")
            String totalInterest,
            @Schema(description = "Settlements: the discount on the case's balance, in percent with 2 decimals; 0.00 "
                    + "otherwise", examples = "0.00") String discountPercent,
            @Schema(description = "The installments by number; 0 is the down payment")
            List<InstallmentView> installments) {
    }

    @Schema(description = "A repayment plan with its installments")
    public record PlanView(
            @Schema(description = "The plan's id") UUID id,
            @Schema(description = "The case the plan repays") UUID caseId,
            @Schema(description = "Installment, settlement or hardship plan") PlanType type,
            @Schema(description = "Where the plan is in its lifecycle") PlanStatus status,
            @Schema(description = "Why the plan is in its status (the last transition's reason)") String statusReason,
            @Schema(description = "ISO 4217 code, the case's currency", examples = "CNY") String currency,
            @Schema(description = "The case's balance when the plan was proposed", examples = "1310.50") String caseBalance,
            @Schema(description = "What the plan repays before interest (the settlement amount for a settlement), "
                    + "decimal string", examples = "1200.00") String amount,
            @Schema(description = "What the installments sum to (amount plus interest)", examples = "1200.00") String total,
            @Schema(description = "Paid so far, credit included", examples = "0.00") String paid,
            @Schema(description = "Paid beyond the plan total", examples = "0.00") String credit,
            @Schema(description = "Settlements: the discount on the case's balance when proposed, in percent with 2 "
                    + "decimals; 0.00 otherwise", examples = "0.00") String discountPercent,
            @Schema(description = "How the schedule was computed") ScheduleMethod method,
            @Schema(description = "How often installments fall due") Frequency frequency,
            @Schema(description = "Nominal annual interest rate in percent, decimal string; 0 for none", examples = "0")
            String annualInterestRate,
            @Schema(description = "Settlements: the last day the offer can be approved; null otherwise")
            LocalDate offerExpiresOn,
            @Schema(description = "Who proposed the plan (token subject)") String proposedBy,
            @Schema(description = "Who approved it; null until approved") String approvedBy,
            @Schema(description = "The installments by number; 0 is the down payment")
            List<InstallmentView> installments,
            @Schema(description = "Entity version; also the ETag", examples = "0") int version,
            @Schema(description = "When the plan was proposed (UTC)") Instant createdAt,
            @Schema(description = "When the plan last changed (UTC)") Instant updatedAt) {
    }

    @Schema(description = "A plan in a list, without its installments")
    public record PlanSummary(
            @Schema(description = "The plan's id") UUID id,
            @Schema(description = "The case the plan repays") UUID caseId,
            @Schema(description = "Installment, settlement or hardship plan") PlanType type,
            @Schema(description = "Where the plan is in its lifecycle") PlanStatus status,
            @Schema(description = "ISO 4217 code", examples = "CNY") String currency,
            @Schema(description = "What the installments sum to, decimal string", examples = "1200.00") String total,
            @Schema(description = "Entity version (the plan's ETag)", examples = "0") int version,
            @Schema(description = "When the plan was proposed (UTC)") Instant createdAt,
            @Schema(description = "When the plan last changed (UTC)") Instant updatedAt) {
    }

    @Schema(description = "The part of a payment that went to one installment")
    public record AllocationView(
            @Schema(description = "The installment paid (0 is the down payment)", examples = "1") int installmentNumber,
            @Schema(description = "How much of the payment went to it, decimal string", examples = "100.00")
            String amount) {
    }

    @Schema(description = "A payment towards a plan, with what it paid")
    public record PaymentView(
            @Schema(description = "The payment's id") UUID id,
            @Schema(description = "The plan it was paid towards") UUID planId,
            @Schema(description = "The plan's case") UUID caseId,
            @Schema(description = "Amount received, decimal string at the currency's scale", examples = "833.33")
            String amount,
            @Schema(description = "ISO 4217 code, the plan's currency", examples = "CNY") String currency,
            @Schema(description = "The payer's or processor's reference; counted once per plan",
                    examples = "BANK-TX-20261215-0042") String payerReference,
            @Schema(description = "When the money was received (UTC)") Instant receivedAt,
            @Schema(description = "Posted, or reversed") Payment.Status status,
            @Schema(description = "What exceeded the plan total", examples = "0.00") String credit,
            @Schema(description = "How the payment was split over installments, oldest due first")
            List<AllocationView> allocations,
            @Schema(description = "When it was reversed (UTC); null unless REVERSED") Instant reversedAt,
            @Schema(description = "Why it was reversed; null unless REVERSED") String reversalReason) {
    }

    /** {@code collector} is whoever took the promise: always the caller (the token's subject). */
    @Schema(description = "A debtor's promise to pay an amount by a date")
    public record PromiseView(
            @Schema(description = "The promise's id") UUID id,
            @Schema(description = "The case") UUID caseId,
            @Schema(description = "Amount promised, decimal string at the currency's scale", examples = "500.00")
            String amount,
            @Schema(description = "ISO 4217 code, the case's currency", examples = "CNY") String currency,
            @Schema(description = "The day by which it is to be paid", examples = "2099-01-15") LocalDate dueDate,
            @Schema(description = "How the promise was taken") Promise.Channel channel,
            @Schema(description = "Who took the promise (the token's subject)") String collector,
            @Schema(description = "Pending, kept or broken") Promise.Status status,
            @Schema(description = "Paid towards it so far, decimal string", examples = "0.00") String paid,
            @Schema(description = "When it was taken (UTC)") Instant createdAt,
            @Schema(description = "When it was kept or broken (UTC); null while PENDING") Instant resolvedAt) {
    }

    @Schema(description = "What an evaluation run did")
    public record PlanEvaluationResult(@Schema(description = "The day evaluated: today (UTC)") LocalDate evaluatedOn,
            @Schema(description = "Plans and promises whose status changed", examples = "0") int plansChanged) {
    }

    @Schema(description = "A reminder before an installment or a promise falls due, carried out by contact-service "
            + "under its contact rules")
    public record PaymentReminderView(
            @Schema(description = "The reminder's id") UUID id,
            @Schema(description = "Whether it is about a plan installment or a promise") PaymentReminder.Kind kind,
            @Schema(description = "The installment's or the promise's id") UUID referenceId,
            @Schema(description = "The case") UUID caseId,
            @Schema(description = "The day the installment or promise falls due", examples = "2099-01-15") LocalDate dueDate,
            @Schema(description = "What was still due on it when the reminder was asked for, decimal string at the "
                    + "currency's scale", examples = "150.00") String amount,
            @Schema(description = "ISO 4217 code", examples = "CNY") String currency,
            @Schema(description = "The contact step's request id at contact-service") UUID requestId,
            @Schema(description = "What became of it") PaymentReminder.Status status,
            @Schema(description = "contact-service's explanation: the channel used, or the blocking rules and why; "
                    + "null while REQUESTED", examples = "SMS PAYMENT_REMINDER v0 in en") String detail,
            @Schema(description = "When it was asked for (UTC)") Instant createdAt,
            @Schema(description = "When its status last changed (UTC)") Instant updatedAt) {
    }

    @Schema(description = "What a reminder run did")
    public record PaymentReminderRunResult(@Schema(description = "The day run for: today (UTC)") LocalDate ranOn,
            @Schema(description = "Reminders asked of contact-service by this run", examples = "0") int requested) {
    }
}
