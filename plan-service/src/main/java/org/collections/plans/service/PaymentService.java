package org.collections.plans.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.http.CursorPage;
import org.collections.commons.money.Money;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.plans.domain.Installment;
import org.collections.plans.domain.InstallmentLedger;
import org.collections.plans.domain.Payment;
import org.collections.plans.domain.PaymentAllocation;
import org.collections.plans.domain.Plan;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.events.PlanEvents;
import org.collections.plans.repository.InstallmentRepository;
import org.collections.plans.repository.PaymentAllocationRepository;
import org.collections.plans.repository.PaymentRepository;

/**
 * Posting and reversing payments. The plan row is locked while a payment is applied, so concurrent payments
 * to one plan apply one after another; a payer reference is counted once.
 */
@ApplicationScoped
public class PaymentService {

    @Inject
    PlanAccess access;

    @Inject
    InstallmentRepository installments;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentAllocationRepository allocations;

    @Inject
    PlanEvaluation evaluation;

    @Inject
    PlanEvents events;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PaymentMetrics metrics;

    /** Runs inside the caller's (idempotency) transaction. */
    public Uni<Posted<PaymentDetail>> post(UUID planId, NewPayment request, String actor) {
        return access.loadForUpdate(planId).chain(plan -> {
            if (!plan.status.acceptsPayments()) {
                throw ProblemException.conflict("plan-not-payable", "Plan " + planId + " is " + plan.status
                        + " and accepts no payments");
            }
            if (!plan.currency.equals(request.currency())) {
                throw new RuleViolation("currency", "must be the plan's currency " + plan.currency);
            }
            BigDecimal amount = Money.scaled("amount", request.amount(), plan.currency);
            if (amount.signum() <= 0) {
                throw new RuleViolation("amount", "must be positive");
            }
            return payments.find("planId = ?1 and payerReference = ?2", planId, request.payerReference()).firstResult()
                    .chain(existing -> existing != null
                            ? detail(existing).map(d -> new Posted<>(d, false))
                            : apply(plan, amount, request, actor).map(d -> new Posted<>(d, true)));
        });
    }

    private Uni<PaymentDetail> apply(Plan plan, BigDecimal amount, NewPayment request, String actor) {
        return installments.ofPlan(plan.id).chain(rows -> {
            InstallmentLedger.Applied applied = InstallmentLedger.allocate(rows.stream().map(Installment::line).toList(), amount,
                    plan.rules());
            Payment payment = new Payment();
            payment.id = UUID.randomUUID();
            payment.planId = plan.id;
            payment.caseId = plan.caseId;
            payment.amount = amount;
            payment.currency = plan.currency;
            payment.payerReference = request.payerReference();
            payment.receivedAt = request.receivedAt() == null ? clock.instant() : request.receivedAt();
            payment.credit = applied.credit();
            payment.status = Payment.Status.POSTED;
            payment.postedBy = actor;
            plan.credit = plan.credit.add(applied.credit());
            List<PaymentAllocation> parts = new ArrayList<>();
            for (InstallmentLedger.Allocation a : applied.allocations()) {
                Installment target = rows.stream().filter(i -> i.number == a.installmentNumber()).findFirst().orElseThrow();
                target.paid = target.paid.add(a.amount());
                PaymentAllocation part = new PaymentAllocation();
                part.id = UUID.randomUUID();
                part.paymentId = payment.id;
                part.installmentId = target.id;
                part.amount = a.amount();
                parts.add(part);
            }
            Uni<Void> allocated = parts.isEmpty() ? Uni.createFrom().voidItem() : allocations.persist(parts);
            return payments.persist(payment)
                    .chain(() -> allocated)
                    .chain(() -> audit.record(actor, "PAYMENT_POSTED", "plan", plan.id, "payment " + request.payerReference(),
                            null, Map.of("paymentId", payment.id, "amount", amount.toPlainString(), "credit",
                                    applied.credit().toPlainString())))
                    .chain(() -> events.paymentPosted(payment))
                    .chain(() -> evaluation.settle(plan, rows, actor))
                    .invoke(() -> metrics.posted(payment))
                    .replaceWith(() -> new PaymentDetail(payment, parts, rows));
        });
    }

    @WithTransaction
    public Uni<PaymentDetail> reverse(UUID paymentId, String reason, String actor) {
        return payments.findById(paymentId).chain(payment -> {
            if (payment == null) {
                throw ProblemException.notFound("Payment", paymentId);
            }
            return access.loadForUpdate(payment.planId).chain(plan -> {
                if (payment.status == Payment.Status.REVERSED) {
                    throw ProblemException.conflict("already-reversed", "Payment " + paymentId + " was reversed at "
                            + payment.reversedAt);
                }
                return allocations.ofPayment(paymentId).chain(parts -> installments.ofPlan(plan.id).chain(rows -> {
                    for (PaymentAllocation part : parts) {
                        Installment target = rows.stream().filter(i -> i.id.equals(part.installmentId)).findFirst().orElseThrow();
                        target.paid = target.paid.subtract(part.amount);
                    }
                    plan.credit = plan.credit.subtract(payment.credit);
                    payment.status = Payment.Status.REVERSED;
                    payment.reversedAt = clock.instant();
                    payment.reversalReason = reason;
                    boolean reopened = plan.status == PlanStatus.COMPLETED;
                    String why = "payment " + payment.payerReference + " reversed: " + reason;
                    Uni<?> reopen = reopened ? evaluation.reopen(plan, why, actor) : Uni.createFrom().voidItem();
                    // PlanActivated after PaymentReversed: case-service first reopens the case the payment had
                    // closed, then puts it back IN_PLAN
                    return reopen
                            .chain(() -> audit.record(actor, "PAYMENT_REVERSED", "plan", plan.id, reason,
                                    Map.of("paymentId", paymentId, "status", "POSTED"),
                                    Map.of("paymentId", paymentId, "status", "REVERSED")))
                            .chain(() -> events.paymentReversed(payment))
                            .chain(() -> reopened ? events.planActivated(plan, why) : Uni.createFrom().voidItem())
                            .replaceWith(() -> new PaymentDetail(payment, parts, rows));
                }));
            });
        });
    }

    @WithSession
    public Uni<PaymentDetail> get(UUID paymentId) {
        return payments.findById(paymentId).chain(payment -> {
            if (payment == null) {
                throw ProblemException.notFound("Payment", paymentId);
            }
            return access.load(payment.planId).chain(() -> detail(payment));
        });
    }

    /** In the order received; a page of at most {@code limit} payments after the cursor's position. */
    @WithSession
    public Uni<CursorPage<PaymentDetail>> ofPlan(UUID planId, String cursor, int limit) {
        PageKeys.After<Instant> after = PageKeys.afterInstant(cursor);
        return access.load(planId)
                .chain(() -> after == null
                        ? payments.find("planId = ?1 order by receivedAt, id", planId).page(0, limit + 1).list()
                        : payments.find("planId = ?1 and (receivedAt > ?2 or (receivedAt = ?2 and id > ?3)) "
                                + "order by receivedAt, id", planId, after.key(), after.id()).page(0, limit + 1).list())
                .map(list -> CursorPage.of(list, limit, p -> PageKeys.cursor(p.receivedAt, p.id)))
                .chain(page -> installments.ofPlan(planId).chain(plan -> Multi.createFrom().iterable(page.items())
                        .onItem().transformToUniAndConcatenate(p -> allocations.ofPayment(p.id)
                                .map(parts -> new PaymentDetail(p, parts, plan)))
                        .collect().asList()
                        .map(views -> new CursorPage<>(views, page.nextCursor(), page.limit()))));
    }

    private Uni<PaymentDetail> detail(Payment payment) {
        return allocations.ofPayment(payment.id).chain(parts -> installments.ofPlan(payment.planId)
                .map(rows -> new PaymentDetail(payment, parts, rows)));
    }

}
