package org.collections.plans.events;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.collections.commons.money.Money;
import org.collections.commons.outbox.Outbox;
import org.collections.plans.domain.InstallmentLedger;
import org.collections.plans.domain.Payment;
import org.collections.plans.domain.Plan;
import org.collections.plans.domain.PlanType;
import org.collections.plans.domain.Promise;
import org.collections.plans.domain.PromisePayment;

/**
 * The events plan-service publishes through its outbox (keyed by case, so a case's events stay in order). The outbox
 * writes the payload records with its own ObjectMapper call, which Quarkus cannot see: they (every nested type) are
 * registered for reflection in a native image.
 */
@ApplicationScoped
@RegisterForReflection(ignoreNested = false)
public class PlanEvents {

    private static final String PAYMENT_POSTED = "PaymentPosted";

    @Inject
    Outbox outbox;

    public record PlanChanged(UUID caseId, UUID planId, PlanType planType, String total, String currency,
            String reason) {
    }

    /** A plan whose installments are all kept; {@code shortfall} is what stays unpaid within the tolerance. */
    public record PlanCompleted(UUID caseId, UUID planId, PlanType planType, String total, String currency,
            String shortfall, String reason) {
    }

    /** A payment towards a plan or towards a promise (exactly one of planId, promiseId is set). */
    public record PaymentChanged(UUID caseId, UUID planId, UUID promiseId, UUID paymentId, String amount,
            String currency, String payerReference) {
    }

    public record PromiseChanged(UUID caseId, UUID promiseId, String amount, String currency, String dueDate,
            String paid) {
    }

    public Uni<Void> planActivated(Plan plan, String reason) {
        return planChanged("PlanActivated", plan, reason);
    }

    public Uni<Void> planCancelled(Plan plan, String reason) {
        return planChanged("PlanCancelled", plan, reason);
    }

    public Uni<Void> planBroken(Plan plan, String reason) {
        return planChanged("PlanBroken", plan, reason);
    }

    private Uni<Void> planChanged(String type, Plan plan, String reason) {
        return outbox.publish(type, plan.caseId, new PlanChanged(plan.caseId, plan.id, plan.type,
                Money.text(plan.total, plan.currency), plan.currency, reason)).replaceWithVoid();
    }

    public Uni<Void> planCompleted(Plan plan, List<InstallmentLedger.Line> lines, String reason) {
        BigDecimal shortfall = InstallmentLedger.shortfall(lines, plan.credit);
        return outbox.publish("PlanCompleted", plan.caseId, new PlanCompleted(plan.caseId, plan.id, plan.type,
                Money.text(plan.total, plan.currency), plan.currency, Money.text(shortfall, plan.currency), reason))
                .replaceWithVoid();
    }

    public Uni<Void> paymentPosted(Payment payment) {
        return paymentChanged(PAYMENT_POSTED, payment);
    }

    public Uni<Void> paymentReversed(Payment payment) {
        return paymentChanged("PaymentReversed", payment);
    }

    private Uni<Void> paymentChanged(String type, Payment payment) {
        return outbox.publish(type, payment.caseId, new PaymentChanged(payment.caseId, payment.planId, null, payment.id,
                Money.text(payment.amount, payment.currency), payment.currency, payment.payerReference))
                .replaceWithVoid();
    }

    public Uni<Void> promisePaid(PromisePayment payment) {
        return outbox.publish(PAYMENT_POSTED, payment.caseId, new PaymentChanged(payment.caseId, null, payment.promiseId,
                payment.id, Money.text(payment.amount, payment.currency), payment.currency, payment.payerReference))
                .replaceWithVoid();
    }

    public Uni<Void> promiseMade(Promise promise) {
        return promiseChanged("PromiseMade", promise);
    }

    /** PromiseKept or PromiseBroken, as the promise's status says. */
    public Uni<Void> promiseResolved(Promise promise) {
        return promiseChanged(promise.status == Promise.Status.KEPT ? "PromiseKept" : "PromiseBroken", promise);
    }

    private Uni<Void> promiseChanged(String type, Promise promise) {
        return outbox.publish(type, promise.caseId, new PromiseChanged(promise.caseId, promise.id,
                Money.text(promise.amount, promise.currency), promise.currency, promise.dueDate.toString(),
                Money.text(promise.paid, promise.currency))).replaceWithVoid();
    }
}
