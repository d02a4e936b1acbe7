package org.collections.plans.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a case's money agrees across services: the payments case-service has applied (posted minus reversed)
 * against plan-service's ledger (payments POSTED, plan and promise payments). A difference is drift unless a payment
 * event of the case is still on its way to case-service (pending, or delivered after the figures were read): then the
 * case is IN_FLIGHT, not settled yet. A parked or skipped delivery never arrives by itself, so it is drift.
 */
public final class Reconciliation {

    public enum State { MATCH, DRIFT, IN_FLIGHT }

    /** A payment event plan-service wrote for the case, with its delivery to case-service. */
    public record PlanEvent(UUID eventId, String type, BigDecimal amount, String delivery, boolean deliveredSinceRead) {

        boolean onItsWay() {
            return "PENDING".equals(delivery) || deliveredSinceRead;
        }
    }

    /** An event involved in a drift: on plan-service's side only, or applied by case-service and unknown to plan-service. */
    public record Involved(UUID eventId, String type, String amount, String side, String delivery) {
    }

    public record Verdict(State state, BigDecimal difference, List<Involved> events) {
    }

    private Reconciliation() {
    }

    /**
     * @param caseAmount what case-service has applied (zero when it lists nothing for the case)
     * @param applied the event ids case-service has applied
     * @param planEvents the payment events plan-service wrote for the case
     */
    public static Verdict compare(BigDecimal caseAmount, Set<UUID> applied, BigDecimal planAmount,
            List<PlanEvent> planEvents) {
        BigDecimal difference = planAmount.subtract(caseAmount);
        if (difference.signum() == 0) {
            return new Verdict(State.MATCH, difference, List.of());
        }
        List<Involved> involved = new ArrayList<>();
        boolean onItsWay = false;
        Set<UUID> known = new java.util.HashSet<>();
        for (PlanEvent e : planEvents) {
            known.add(e.eventId());
            onItsWay |= e.onItsWay();
            if (!applied.contains(e.eventId())) {
                involved.add(new Involved(e.eventId(), e.type(), e.amount().toPlainString(), "plan-service only",
                        e.delivery()));
            }
        }
        for (UUID id : applied) {
            if (id != null && !known.contains(id)) {
                involved.add(new Involved(id, null, null, "case-service only", null));
            }
        }
        return new Verdict(onItsWay ? State.IN_FLIGHT : State.DRIFT, difference, List.copyOf(involved));
    }
}
