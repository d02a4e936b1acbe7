package org.collections.cases.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;
import org.collections.cases.Events;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Random histories of plans (instalment plans and settlements), payments, reversals and plan endings, sent to
 * case-service as plan-service sends them (one event each, in the order plan-service wrote them), but delivered out of
 * order and some twice. However they arrive, the case's ledger ({@code GET /api/v1/case-ledgers}, what plan-service's
 * reconciliation reads) ends with plan-service's figure — payments posted minus reversed — and every payment event
 * applied exactly once: zero drift.
 */
@QuarkusTest
class MoneyReconcilesPropertyTest {

    private static final int TRIES = 25;

    enum Ending { NONE, COMPLETED, BROKEN, CANCELLED }

    record PaymentSpec(long minorUnits, boolean reversed, boolean toPromise) {
    }

    record PlanSpec(boolean settlement, List<PaymentSpec> payments, Ending ending) {
    }

    record Scenario(List<PlanSpec> plans, long deliverySeed, int duplicates) {
    }

    record Sent(UUID id, String type, String body, BigDecimal signedAmount) {
    }

    static Arbitrary<Scenario> scenarios() {
        Arbitrary<PaymentSpec> payment = Combinators.combine(Arbitraries.longs().between(1, 40_000),
                Arbitraries.of(true, false, false), Arbitraries.of(true, false, false, false)).as(PaymentSpec::new);
        Arbitrary<PlanSpec> plan = Combinators.combine(Arbitraries.of(true, false), payment.list().ofMaxSize(5),
                Arbitraries.of(Ending.class)).as(PlanSpec::new);
        return Combinators.combine(plan.list().ofMinSize(1).ofMaxSize(3), Arbitraries.longs(),
                Arbitraries.integers().between(0, 4)).as(Scenario::new);
    }

    @Test
    void paymentsDeliveredOutOfOrderAndTwiceEndWithZeroDrift() throws Exception {
        long seed = Long.getLong("reconcile.seed", System.nanoTime());
        Random random = new Random(seed);
        List<Scenario> scenarios = new ArrayList<>();
        JqwikSession.start();
        try {
            var generator = scenarios().generator(100);
            for (int i = 0; i < TRIES; i++) {
                scenarios.add(generator.next(random).value());
            }
        } finally {
            JqwikSession.finish();
        }
        for (Scenario scenario : scenarios) {
            String caseId = openCase();
            List<Sent> written = history(caseId, scenario);
            deliverShuffled(written, scenario);

            BigDecimal planLedger = written.stream().map(Sent::signedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, Object> ledger = ledgerOf(caseId);
            String why = "seed " + seed + " (-Dreconcile.seed), scenario " + scenario;
            BigDecimal received = ledger == null ? BigDecimal.ZERO : new BigDecimal((String) ledger.get("paymentsReceived"));
            assertThat(received.subtract(planLedger)).as("drift, " + why).isZero();
            List<String> applied = ledger == null ? List.of() : appliedEventIds(ledger);
            List<String> paymentEvents = written.stream().filter(s -> s.signedAmount().signum() != 0)
                    .map(s -> s.id().toString()).toList();
            assertThat(applied).as("payment events applied, " + why).containsExactlyInAnyOrderElementsOf(paymentEvents);
        }
    }

    /** The events plan-service writes for the scenario, in its order; payments carry their signed amount. */
    private static List<Sent> history(String caseId, Scenario scenario) throws Exception {
        List<Sent> sent = new ArrayList<>();
        int n = 0;
        for (PlanSpec plan : scenario.plans()) {
            String planId = UUID.randomUUID().toString();
            String planType = plan.settlement() ? "SETTLEMENT" : "INSTALLMENT";
            sent.add(event("PlanActivated", Map.of("caseId", caseId, "planId", planId, "planType", planType,
                    "total", "500.00", "currency", "CNY", "reason", "activated"), BigDecimal.ZERO));
            List<Sent> reversals = new ArrayList<>();
            for (PaymentSpec p : plan.payments()) {
                BigDecimal amount = BigDecimal.valueOf(p.minorUnits(), 2);
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("caseId", caseId);
                payload.put(p.toPromise() ? "promiseId" : "planId", p.toPromise() ? UUID.randomUUID().toString() : planId);
                payload.put("paymentId", UUID.randomUUID().toString());
                payload.put("amount", amount.toPlainString());
                payload.put("currency", "CNY");
                payload.put("payerReference", "ref-" + n++);
                sent.add(event("PaymentPosted", payload, amount));
                if (p.reversed() && !p.toPromise()) {
                    reversals.add(event("PaymentReversed", payload, amount.negate()));
                }
            }
            sent.addAll(reversals);
            switch (plan.ending()) {
                case COMPLETED -> sent.add(event("PlanCompleted", Map.of("caseId", caseId, "planId", planId,
                        "planType", planType, "total", "500.00", "currency", "CNY", "shortfall", "0.00",
                        "reason", "completed"), BigDecimal.ZERO));
                case BROKEN -> sent.add(event("PlanBroken", Map.of("caseId", caseId, "planId", planId,
                        "planType", planType, "currency", "CNY"), BigDecimal.ZERO));
                case CANCELLED -> sent.add(event("PlanCancelled", Map.of("caseId", caseId, "planId", planId,
                        "planType", planType, "currency", "CNY"), BigDecimal.ZERO));
                case NONE -> { }
            }
        }
        return sent;
    }

    private static void deliverShuffled(List<Sent> written, Scenario scenario) {
        Random order = new Random(scenario.deliverySeed());
        List<Sent> deliveries = new ArrayList<>(written);
        for (int i = 0; i < scenario.duplicates(); i++) {
            deliveries.add(written.get(order.nextInt(written.size())));
        }
        Collections.shuffle(deliveries, order);
        for (Sent s : deliveries) {
            Events.post("plan-service", s.body()).then().statusCode(200);
        }
    }

    /** The case's ledger as plan-service's reconciliation reads it; null when the case has no payment figure. */
    private static Map<String, Object> ledgerOf(String caseId) {
        UUID id = UUID.fromString(caseId);
        // the page after the id just below this one starts with this case, if it is listed at all
        UUID before = new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits() - 1);
        JsonPath page = as(Tokens.admin())
                .queryParam("cursor", org.collections.commons.http.Cursors.encode(before.toString())).queryParam("limit", 1)
                .get("/api/v1/case-ledgers").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.isEmpty() || !caseId.equals(items.get(0).get("caseId")) ? null : items.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> appliedEventIds(Map<String, Object> ledger) {
        return ((List<Map<String, Object>>) ledger.get("events")).stream().map(e -> (String) e.get("eventId")).toList();
    }

    private static Sent event(String type, Map<String, Object> payload, BigDecimal signedAmount) {
        UUID id = UUID.randomUUID();
        return new Sent(id, type, Events.envelope(id, "plan-service", type, payload), signedAmount);
    }
}
