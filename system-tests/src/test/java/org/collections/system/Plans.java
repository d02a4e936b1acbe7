package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.system.Scenario.suite;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.collections.client.ApiException;
import org.collections.client.ApiResponse;
import org.collections.client.model.Frequency;
import org.collections.client.model.InstallmentView;
import org.collections.client.model.PaymentRequest;
import org.collections.client.model.PaymentView;
import org.collections.client.model.PlanDecision;
import org.collections.client.model.PlanRequest;
import org.collections.client.model.PlanStatus;
import org.collections.client.model.PlanType;

/** Repayment plans and payments (plan-service), as the scenarios use them through the gateway. */
final class Plans {

    private Plans() {
    }

    /** Proposes and approves a monthly plan of {@code count} installments, the first due in {@code firstDueInDays}. */
    static UUID activeMonthly(UUID caseId, String amount, int count, int firstDueInDays) throws ApiException {
        LocalDate firstDue = LocalDate.ofInstant(suite.now(), ZoneOffset.UTC).plusDays(firstDueInDays);
        UUID planId = Gateway.collector().plans().createPlan(new PlanRequest().caseId(caseId).type(PlanType.INSTALLMENT)
                .amount(amount).installments(count).frequency(Frequency.MONTHLY).firstDueDate(firstDue),
                UUID.randomUUID().toString()).getId();
        // four eyes: the proposer may not approve
        Gateway.supervisor().plans().approvePlan(planId, new PlanDecision().reason("Debtor agreed by phone"));
        return planId;
    }

    /** Posts a payment (201 expected) with an Idempotency-Key made of {@code reference}. */
    static PaymentView pay(UUID planId, String amount, String currency, String reference) throws ApiException {
        ApiResponse<PaymentView> posted = Gateway.collector().plans().postPaymentWithHttpInfo(planId, "pay-" + reference,
                new PaymentRequest().amount(amount).currency(currency).payerReference(reference));
        assertThat(posted.getStatusCode()).as("payment " + reference).isEqualTo(201);
        return posted.getData();
    }

    static PlanStatus status(UUID planId) throws ApiException {
        return Gateway.admin().plans().getPlan(planId).getStatus();
    }

    /** The due dates of the plan's installments, first to last. */
    static List<LocalDate> dueDates(UUID planId) throws ApiException {
        return Gateway.admin().plans().getPlan(planId).getInstallments().stream().map(InstallmentView::getDueDate).toList();
    }

    static void evaluate() throws ApiException {
        Gateway.admin().planEvaluations().evaluatePlans();
    }
}
