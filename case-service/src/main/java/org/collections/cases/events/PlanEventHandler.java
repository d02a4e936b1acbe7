package org.collections.cases.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collections.cases.config.CasesConfig;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CloseReason;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.repository.CaseOutcomeRepository;
import org.collections.cases.repository.CaseOutcomeRepository.NewOutcome;
import org.collections.cases.repository.CaseRepository;
import org.collections.cases.scoring.CaseHistory.Kind;
import org.collections.cases.service.CaseLifecycle;
import org.collections.cases.service.WriteOffs;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.input.Decimals;
import org.collections.commons.money.Money;
import org.collections.commons.outbox.EventEnvelope;
import org.jboss.logging.Logger;

/**
 * Moves cases on plan-service events: a plan activated puts the case IN_PLAN, a broken or cancelled plan returns
 * it to ACTIVE, a promise puts it in PROMISE_TO_PAY until kept or broken, payments reduce the balance and a case paid in
 * full (or a completed settlement) is CLOSED. A plan completed within its tolerance (the balance left is no more than
 * the shortfall plan-service accepted) writes the balance off and closes the case as paid in full, unless the creditor
 * switched that off ({@code cases.creditors."<id>".write-off-within-tolerance=false}). An event
 * that no longer fits the case (e.g. a plan activated on a case disputed since) is acknowledged and audited,
 * not applied. The inbox guarantees each event is applied at most once.
 */
@ApplicationScoped
public class PlanEventHandler implements EventHandler {

    static final Set<String> TYPES = Set.of("PlanActivated", "PlanBroken", "PlanCancelled", "PlanCompleted",
            "PaymentPosted", "PaymentReversed", "PromiseMade", "PromiseKept", "PromiseBroken");

    private static final Logger LOG = Logger.getLogger(PlanEventHandler.class);

    @Inject
    CaseRepository cases;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    AuditLog audit;

    @Inject
    WriteOffs writeOffs;

    @Inject
    CasesConfig config;

    @Inject
    CaseOutcomeRepository outcomes;

    /** What each event adds to the case's outcome history (payments add theirs with the amount). */
    private static final Map<String, Kind> OUTCOMES = Map.of("PlanActivated", Kind.PLAN_ACTIVATED,
            "PlanBroken", Kind.PLAN_BROKEN, "PromiseMade", Kind.PROMISE_MADE, "PromiseKept", Kind.PROMISE_KEPT,
            "PromiseBroken", Kind.PROMISE_BROKEN);

    @Override
    public boolean handles(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        UUID caseId = UUID.fromString(p.path("caseId").asText());
        String actor = event.source() == null ? "plan-service" : event.source();
        return cases.findById(caseId).chain(c -> {
            if (c == null) {
                LOG.warnf("Event %s %s names unknown case %s; ignored", event.type(), event.id(), caseId);
                return Uni.createFrom().voidItem();
            }
            Kind outcome = OUTCOMES.get(event.type());
            Uni<Void> recorded = outcome == null ? Uni.createFrom().voidItem()
                    : outcomes.record(outcome(c, outcome, null, event));
            return recorded.chain(() -> switch (event.type()) {
                case "PlanActivated" -> moveIf(c, Set.of(CaseStatus.NEW, CaseStatus.ACTIVE, CaseStatus.PROMISE_TO_PAY),
                        CaseStatus.IN_PLAN, null, "plan " + p.path("planId").asText() + " activated", actor, event);
                case "PlanBroken" -> moveIf(c, Set.of(CaseStatus.IN_PLAN), CaseStatus.ACTIVE, null,
                        "plan " + p.path("planId").asText() + " broken", actor, event);
                case "PlanCancelled" -> moveIf(c, Set.of(CaseStatus.IN_PLAN), CaseStatus.ACTIVE, null,
                        "plan " + p.path("planId").asText() + " cancelled", actor, event);
                case "PlanCompleted" -> completed(c, p, actor, event);
                case "PromiseMade" -> moveIf(c, Set.of(CaseStatus.NEW, CaseStatus.ACTIVE), CaseStatus.PROMISE_TO_PAY, null,
                        "promise " + p.path("promiseId").asText() + " to pay " + p.path("amount").asText() + " by "
                                + p.path("dueDate").asText(), actor, event);
                case "PromiseKept", "PromiseBroken" -> moveIf(c, Set.of(CaseStatus.PROMISE_TO_PAY), CaseStatus.ACTIVE, null,
                        "promise " + p.path("promiseId").asText() + (event.type().equals("PromiseKept") ? " kept" : " broken"),
                        actor, event);
                case "PaymentPosted" -> payment(c, p, actor, event, false);
                case "PaymentReversed" -> payment(c, p, actor, event, true);
                default -> Uni.createFrom().voidItem();
            });
        });
    }

    private Uni<Void> completed(CollectionCase c, JsonNode p, String actor, EventEnvelope event) {
        if ("SETTLEMENT".equals(p.path("planType").asText())) {
            return moveIf(c, Set.of(CaseStatus.IN_PLAN, CaseStatus.ACTIVE), CaseStatus.CLOSED, CloseReason.SETTLED,
                    "settlement plan " + p.path("planId").asText() + " completed", actor, event);
        }
        if (c.balance().signum() <= 0) {
            return moveIf(c, Set.of(CaseStatus.IN_PLAN, CaseStatus.ACTIVE), CaseStatus.CLOSED, CloseReason.PAID_IN_FULL,
                    "plan " + p.path("planId").asText() + " completed", actor, event);
        }
        BigDecimal shortfall = shortfall(p, c.currency);
        if (shortfall != null && shortfall.signum() > 0 && c.balance().compareTo(shortfall) <= 0
                && config.writeOffWithinTolerance(c.creditorId)
                && Set.of(CaseStatus.IN_PLAN, CaseStatus.ACTIVE).contains(c.status)) {
            String why = "plan " + p.path("planId").asText() + " completed within tolerance: balance " + c.balance()
                    + " " + c.currency + " written off (shortfall " + shortfall.toPlainString() + ")";
            return writeOffs.writeOffBalance(c, why, actor)
                    .chain(() -> lifecycle.move(c, CaseStatus.CLOSED, CloseReason.PAID_IN_FULL, null, why, actor))
                    .replaceWithVoid();
        }
        return moveIf(c, Set.of(CaseStatus.IN_PLAN), CaseStatus.ACTIVE, null,
                "plan " + p.path("planId").asText() + " completed; balance " + c.balance() + " remains", actor, event);
    }

    /** The shortfall plan-service accepted, in the case's currency; null when absent, foreign or malformed. */
    private static BigDecimal shortfall(JsonNode p, String caseCurrency) {
        String text = p.path("shortfall").asText("");
        String currency = p.path("currency").asText(caseCurrency);
        if (text.isEmpty() || !caseCurrency.equals(currency)) {
            return null;
        }
        if (Decimals.violation(text) != null) {
            LOG.warnf("PlanCompleted carries a malformed shortfall; ignored");
            return null;
        }
        BigDecimal amount = new BigDecimal(text.strip());
        return amount.scale() > 4 || amount.precision() > 19 ? null : amount;
    }

    private Uni<Void> payment(CollectionCase c, JsonNode p, String actor, EventEnvelope event, boolean reversal) {
        String currency = p.path("currency").asText();
        if (!c.currency.equals(currency)) {
            return ignored(c, event, actor, "payment currency " + currency + " differs from case currency " + c.currency);
        }
        BigDecimal amount = Money.scaled("amount", Decimals.bounded("amount", p.path("amount").asText()), currency);
        BigDecimal before = c.paymentsReceived;
        c.paymentsReceived = reversal ? before.subtract(amount) : before.add(amount);
        String what = (reversal ? "payment reversed: " : "payment posted: ") + amount.toPlainString() + " " + currency;
        Uni<Void> recorded = cases.flush()
                .chain(() -> outcomes.record(outcome(c, reversal ? Kind.PAYMENT_REVERSED : Kind.PAYMENT, amount,
                        event)))
                .chain(() -> audit.record(actor, reversal ? "PAYMENT_REVERSED" : "PAYMENT_POSTED",
                "case", c.id, what, Map.of("paymentsReceived", before.toPlainString()),
                Map.of("paymentsReceived", c.paymentsReceived.toPlainString(), "paymentId",
                        p.path("paymentId").asText(), "eventId", event.id().toString())));
        if (reversal && c.closedByPayment() && c.balance().signum() > 0) {
            String why = "payment " + p.path("paymentId").asText() + " of " + amount.toPlainString() + " " + currency
                    + " reversed after the case was closed " + c.closeReason + ": " + c.balance().toPlainString() + " "
                    + currency + " is owed again";
            return recorded.chain(() -> lifecycle.reopenAfterReversal(c, why, actor)).replaceWithVoid();
        }
        if (!reversal && c.balance().signum() <= 0 && c.status != CaseStatus.CLOSED && c.status.canMoveTo(CaseStatus.CLOSED)) {
            return recorded.chain(() -> lifecycle.move(c, CaseStatus.CLOSED, CloseReason.PAID_IN_FULL, null,
                    "paid in full", actor)).replaceWithVoid();
        }
        return recorded;
    }

    /** Credited to whoever works the case now: its agency and assigned collector. */
    private static NewOutcome outcome(CollectionCase c, Kind kind, BigDecimal amount, EventEnvelope event) {
        return new NewOutcome(c.id, kind, amount, event.occurredAt() != null ? event.occurredAt() : Instant.now(),
                null, false, null, c.agencyId, c.assignedCollector, event.id());
    }

    private Uni<Void> moveIf(CollectionCase c, Set<CaseStatus> from, CaseStatus to, CloseReason reason, String why,
            String actor, EventEnvelope event) {
        if (c.status == to) {
            return Uni.createFrom().voidItem();
        }
        if (!from.contains(c.status)) {
            return ignored(c, event, actor, event.type() + " does not apply to a case in status " + c.status);
        }
        if (c.status == CaseStatus.NEW && !c.status.canMoveTo(to) && CaseStatus.ACTIVE.canMoveTo(to)) {
            // a plan or promise on a case not yet worked starts its collection: NEW may not go to IN_PLAN directly
            return lifecycle.move(c, CaseStatus.ACTIVE, null, null, why, actor)
                    .chain(active -> lifecycle.move(active, to, reason, null, why, actor)).replaceWithVoid();
        }
        return lifecycle.move(c, to, reason, null, why, actor).replaceWithVoid();
    }

    private Uni<Void> ignored(CollectionCase c, EventEnvelope event, String actor, String why) {
        LOG.infof("Event %s on case %s not applied: %s", event.id(), c.id, why);
        return audit.record(actor, "EVENT_NOT_APPLIED", "case", c.id, why, null,
                Map.of("eventId", event.id().toString(), "eventType", event.type()));
    }
}
