package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.collections.client.ApiException;
import org.collections.client.model.CursorPageDriftView;
import org.collections.client.model.DeliveryDecision;
import org.collections.client.model.DriftView;
import org.collections.client.model.EventDelivery;
import org.collections.client.model.InvolvedEvent;
import org.collections.client.model.PaymentReversal;
import org.collections.client.model.PlanRunView;
import org.collections.testsupport.PrometheusMetrics;
import org.junit.jupiter.api.Test;

/**
 * Money reconciles across services: payments and a reversal delivered to case-service agree with plan-service's
 * ledger; a payment still on its way to case-service is in flight, not drift, and agrees once delivered; a payment
 * case-service refused, parked and then skipped by an admin is drift, reported with the case, both figures and the
 * event, and counted by plan-service's {@code reconciliation_drift_cases} gauge. Other scenarios share the suite and
 * may leave drift of their own, so the run is judged against a run made before this scenario's payments.
 */
class ReconciliationScenarioTest extends Scenario {

    private static final String REFUSAL = "reconciliation_scenario_refusal";

    @Test
    void paymentsAgreeAcrossServicesAndADeliveryGivenUpIsReportedAsDrift() throws Exception {
        PlanRunView before = reconcile();
        Set<UUID> driftingBefore = caseIds(drifts(before, "DRIFT"));
        String creditor = unique("RECON");
        UUID agreeing = Cases.openInNewYork(creditor, "300.00");
        UUID inFlight = Cases.openInNewYork(creditor, "300.00");
        UUID drifting = Cases.openInNewYork(creditor, "300.00");
        UUID agreeingPlan = Plans.activeMonthly(agreeing, "300.00", 3, 7);
        UUID inFlightPlan = Plans.activeMonthly(inFlight, "300.00", 3, 7);
        UUID driftingPlan = Plans.activeMonthly(drifting, "300.00", 3, 7);
        Plans.pay(agreeingPlan, "100.00", "USD", unique("TX"));
        UUID bounced = Plans.pay(agreeingPlan, "50.00", "USD", unique("TX")).getId();
        Gateway.supervisor().payments().reversePayment(bounced, new PaymentReversal().reason("Chargeback: card stolen"));
        Plans.pay(inFlightPlan, "80.00", "USD", unique("TX"));
        Plans.pay(driftingPlan, "60.00", "USD", unique("TX"));
        for (UUID caseId : List.of(agreeing, inFlight, drifting)) {
            awaitDelivered(caseId);
        }
        assertThat(Cases.get(agreeing).getPaymentsReceived()).isEqualTo("100.00");

        PlanRunView agreed = reconcile();
        assertThat(agreed.getCasesCompared()).as("this scenario's three cases compared, besides those compared before")
                .isEqualTo(before.getCasesCompared() + 3);
        assertThat(caseIds(drifts(agreed, null))).doesNotContainAnyElementsOf(List.of(agreeing, inFlight, drifting));
        assertThat(caseIds(drifts(agreed, "DRIFT"))).as("no new drift").isSubsetOf(driftingBefore);
        assertThat(driftGauge()).isEqualTo(agreed.getCasesDrifting().doubleValue());

        EventDelivery refused = refusedByCaseService(drifting, driftingPlan);
        PlanRunView whileOnItsWay;
        try (Connection lock = Sql.holding(suite.cases.database(),
                "select id from collection_case where id = cast(? as uuid) for update", inFlight.toString())) {
            // a long transaction holds the case: case-service cannot apply the payment, which stays PENDING
            Plans.pay(inFlightPlan, "40.00", "USD", unique("TX"));
            whileOnItsWay = reconcile();
        }
        DriftView onItsWay = driftOf(whileOnItsWay, inFlight);
        assertThat(onItsWay.getState()).isEqualTo("IN_FLIGHT");
        assertThat(onItsWay.getCaseServiceAmount()).isEqualTo("80.00");
        assertThat(onItsWay.getPlanServiceAmount()).isEqualTo("120.00");
        assertThat(onItsWay.getEvents()).extracting(InvolvedEvent::getType, InvolvedEvent::getAmount,
                InvolvedEvent::getDelivery).containsExactly(tuple("PaymentPosted", "40.00", "PENDING"));
        DriftView parked = driftOf(whileOnItsWay, drifting);
        assertThat(parked.getState()).isEqualTo("DRIFT");
        assertThat(parked.getEvents()).extracting(InvolvedEvent::getEventId, InvolvedEvent::getDelivery)
                .containsExactly(tuple(refused.getEventId(), "PARKED"));

        Gateway.admin().deliveries().skipPlanServiceDelivery(String.valueOf(refused.getId()),
                new DeliveryDecision().reason("Payment given up for the reconciliation scenario"));
        awaitDelivered(inFlight);
        assertThat(Cases.get(inFlight).getPaymentsReceived()).isEqualTo("120.00");

        PlanRunView after = reconcile();
        assertThat(caseIds(drifts(after, null))).as("the payment on its way arrived: agreed again")
                .doesNotContain(agreeing, inFlight);
        PlanRunView report = Gateway.admin().reconciliations().getReconciliation(after.getId());
        assertThat(report.getStatus()).isEqualTo("DONE");
        assertThat(report.getCasesCompared()).isEqualTo(agreed.getCasesCompared());
        assertThat(report.getCasesDrifting()).isGreaterThanOrEqualTo(1);
        DriftView drift = drifts(after, "DRIFT").stream().filter(d -> d.getCaseId().equals(drifting)).findFirst()
                .orElseThrow(() -> new AssertionError("case " + drifting + " is not among the run's drifts"));
        assertThat(drift.getCurrency()).isEqualTo("USD");
        assertThat(drift.getCaseServiceAmount()).isEqualTo("60.00");
        assertThat(drift.getPlanServiceAmount()).isEqualTo("100.00");
        assertThat(drift.getDifference()).isEqualTo("40.00");
        assertThat(drift.getEvents()).hasSize(1);
        InvolvedEvent given = drift.getEvents().get(0);
        assertThat(given.getEventId()).isEqualTo(refused.getEventId());
        assertThat(given.getType()).isEqualTo("PaymentPosted");
        assertThat(given.getAmount()).isEqualTo("40.00");
        assertThat(given.getSide()).isEqualTo("plan-service only");
        assertThat(given.getDelivery()).isEqualTo("SKIPPED");
        assertThat(driftGauge()).as("the gauge shows the latest run").isEqualTo(report.getCasesDrifting().doubleValue());
    }

    /**
     * Makes case-service refuse the next payment of the case for good (its database rejects the new figure, a 422),
     * posts one, and waits until plan-service parks its delivery.
     */
    private static EventDelivery refusedByCaseService(UUID caseId, UUID planId) throws Exception {
        Sql.update(suite.cases.database(), """
                create or replace function %1$s() returns trigger language plpgsql as $$
                begin raise exception 'payments received out of range' using errcode = '22003'; end $$
                """.formatted(REFUSAL));
        Sql.update(suite.cases.database(), ("create trigger %1$s before update on collection_case for each row when"
                + " (old.id = '%2$s') execute function %1$s()").formatted(REFUSAL, caseId));
        try {
            Plans.pay(planId, "40.00", "USD", unique("TX"));
            List<EventDelivery> parked = Eventually.until("the payment's delivery to case-service parked",
                    () -> deliveries(caseId, "PARKED"), hasSize(1));
            assertThat(parked.get(0).getEventType()).isEqualTo("PaymentPosted");
            return parked.get(0);
        } finally {
            Sql.update(suite.cases.database(), "drop trigger if exists %1$s on collection_case".formatted(REFUSAL));
            Sql.update(suite.cases.database(), "drop function if exists %1$s()".formatted(REFUSAL));
        }
    }

    private static PlanRunView reconcile() throws ApiException {
        PlanRunView run = Gateway.admin().reconciliations().reconcilePayments();
        assertThat(run.getStatus()).isEqualTo("DONE");
        return run;
    }

    /** The run's drifting cases in the state given (both states when null), every page. */
    private static List<DriftView> drifts(PlanRunView run, String state) throws ApiException {
        List<DriftView> all = new ArrayList<>();
        String cursor = null;
        do {
            CursorPageDriftView page = Gateway.admin().reconciliations().listReconciliationDrifts(run.getId(), cursor, 200,
                    state);
            all.addAll(page.getItems());
            cursor = page.getNextCursor();
        } while (cursor != null);
        return all;
    }

    private static DriftView driftOf(PlanRunView run, UUID caseId) throws ApiException {
        return drifts(run, null).stream().filter(d -> d.getCaseId().equals(caseId)).findFirst()
                .orElseThrow(() -> new AssertionError("case " + caseId + " is not in run " + run.getId()));
    }

    private static Set<UUID> caseIds(List<DriftView> drifts) {
        return drifts.stream().map(DriftView::getCaseId).collect(Collectors.toSet());
    }

    /** Waits until plan-service has nothing left to deliver to case-service about the case. */
    private static void awaitDelivered(UUID caseId) {
        Eventually.until("plan-service's events of case " + caseId + " delivered to case-service",
                () -> deliveries(caseId, "PENDING"), empty());
    }

    private static List<EventDelivery> deliveries(UUID caseId, String status) throws ApiException {
        return Gateway.admin().deliveries().listPlanServiceDeliveries(caseId.toString(), null, 200, status, "case")
                .getItems();
    }

    private static double driftGauge() throws Exception {
        return PrometheusMetrics.scrape(URI.create(suite.plans.managementUrl() + "/").toURL())
                .value("reconciliation_drift_cases", Map.of());
    }
}
