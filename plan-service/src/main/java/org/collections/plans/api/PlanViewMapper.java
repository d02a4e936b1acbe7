package org.collections.plans.api;

import java.math.BigDecimal;
import java.util.List;
import org.collections.commons.money.Money;
import org.collections.plans.api.PlanViews.AllocationView;
import org.collections.plans.api.PlanViews.InstallmentView;
import org.collections.plans.api.PlanViews.PaymentReminderView;
import org.collections.plans.api.PlanViews.PaymentView;
import org.collections.plans.api.PlanViews.PlanSummary;
import org.collections.plans.api.PlanViews.PlanView;
import org.collections.plans.api.PlanViews.PromiseView;
import org.collections.plans.api.PlanViews.ScheduleView;
import org.collections.plans.domain.Installment;
import org.collections.plans.domain.Payment;
import org.collections.plans.domain.PaymentAllocation;
import org.collections.plans.domain.Plan;
import org.collections.plans.domain.PaymentReminder;
import org.collections.plans.domain.Promise;
import org.collections.plans.service.PaymentDetail;
import org.collections.plans.service.PlanDetail;
import org.collections.plans.service.SchedulePreview;

/** Service results as API views: money as decimal strings at the currency's scale. */
final class PlanViewMapper {

    private PlanViewMapper() {
    }

    static ScheduleView schedule(SchedulePreview preview) {
        String currency = preview.currency();
        return new ScheduleView(currency, Money.text(preview.amount(), currency),
                Money.text(preview.schedule().total(), currency), Money.text(preview.schedule().totalInterest(), currency),
                preview.discountPercent().toPlainString(), preview.schedule().installments().stream()
                        .map(i -> new InstallmentView(i.number(), i.dueDate(), Money.text(i.principal(), currency),
                                Money.text(i.interest(), currency), Money.text(i.amount(), currency),
                                Money.text(BigDecimal.ZERO, currency), Money.text(i.amount(), currency)))
                        .toList());
    }

    static PlanView plan(PlanDetail detail) {
        Plan p = detail.plan();
        List<Installment> installments = detail.installments();
        BigDecimal paid = installments.stream().map(i -> i.paid).reduce(BigDecimal.ZERO, BigDecimal::add).add(p.credit);
        return new PlanView(p.id, p.caseId, p.type, p.status, p.statusReason, p.currency,
                Money.text(p.caseBalance, p.currency), Money.text(p.amount, p.currency), Money.text(p.total, p.currency),
                Money.text(paid, p.currency), Money.text(p.credit, p.currency), p.discountPercent.toPlainString(),
                p.method, p.frequency, p.annualInterestRate.stripTrailingZeros().toPlainString(), p.offerExpiresOn,
                p.proposedBy, p.approvedBy, installments.stream().map(i -> installment(i, p.currency)).toList(),
                p.version, p.createdAt, p.updatedAt);
    }

    private static InstallmentView installment(Installment i, String currency) {
        return new InstallmentView(i.number, i.dueDate, Money.text(i.principal, currency), Money.text(i.interest, currency),
                Money.text(i.amount, currency), Money.text(i.paid, currency), Money.text(i.line().owing(), currency));
    }

    static PlanSummary summary(Plan p) {
        return new PlanSummary(p.id, p.caseId, p.type, p.status, p.currency, Money.text(p.total, p.currency), p.version,
                p.createdAt,
                p.updatedAt);
    }

    static PaymentView payment(PaymentDetail detail) {
        Payment p = detail.payment();
        List<PaymentAllocation> allocations = detail.allocations();
        List<Installment> installments = detail.installments();
        return new PaymentView(p.id, p.planId, p.caseId, Money.text(p.amount, p.currency), p.currency, p.payerReference,
                p.receivedAt, p.status, Money.text(p.credit, p.currency),
                allocations.stream().map(a -> new AllocationView(installments.stream()
                        .filter(i -> i.id.equals(a.installmentId)).findFirst().map(i -> i.number).orElse(-1),
                        Money.text(a.amount, p.currency))).toList(),
                p.reversedAt, p.reversalReason);
    }

    static PromiseView promise(Promise p) {
        return new PromiseView(p.id, p.caseId, Money.text(p.amount, p.currency), p.currency, p.dueDate, p.channel,
                p.collector, p.status, Money.text(p.paid, p.currency), p.createdAt, p.resolvedAt);
    }

    static PaymentReminderView reminder(PaymentReminder r) {
        return new PaymentReminderView(r.id, r.kind, r.referenceId, r.caseId, r.dueDate, Money.text(r.amount, r.currency),
                r.currency, r.requestId, r.status, r.detail, r.createdAt, r.updatedAt);
    }
}
