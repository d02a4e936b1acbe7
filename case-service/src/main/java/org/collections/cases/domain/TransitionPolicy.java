package org.collections.cases.domain;

import static org.collections.cases.domain.CaseStatus.ACTIVE;
import static org.collections.cases.domain.CaseStatus.CLOSED;
import static org.collections.cases.domain.CaseStatus.DISPUTED;
import static org.collections.cases.domain.CaseStatus.IN_PLAN;
import static org.collections.cases.domain.CaseStatus.LEGAL;
import static org.collections.cases.domain.CaseStatus.NEW;
import static org.collections.cases.domain.CaseStatus.PAUSED;
import static org.collections.cases.domain.CaseStatus.PROMISE_TO_PAY;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may move a case where by hand (the transition endpoint). Events from plan-service and the dispute
 * endpoints move cases too; they do not go through this table.
 *
 * <ul>
 * <li>A move the lifecycle does not have is {@link Outcome#ILLEGAL} for everybody.</li>
 * <li>Into or out of DISPUTED is done with the dispute endpoints ({@link Outcome#USE_DISPUTES}), except closing.</li>
 * <li>IN_PLAN and PROMISE_TO_PAY are entered and left (to ACTIVE) only on plan-service events
 * ({@link Outcome#USE_PLAN_SERVICE}): a plan or promise must exist, be broken or be cancelled there.</li>
 * <li>Otherwise the role decides: auditors change nothing; closing, legal action and leaving legal action need a
 * supervisor or admin; collectors activate, pause and resume; agencies activate and pause the cases placed
 * with them, but do not resume a pause the lender set.</li>
 * </ul>
 */
public final class TransitionPolicy {

    public enum Outcome {
        ALLOWED, ILLEGAL, USE_DISPUTES, USE_PLAN_SERVICE, FORBIDDEN
    }

    private static final Set<CaseStatus> PLAN_OWNED = EnumSet.of(IN_PLAN, PROMISE_TO_PAY);

    private static final Map<StaffRole, Map<CaseStatus, Set<CaseStatus>>> BY_ROLE = Map.of(
            StaffRole.COLLECTOR, Map.of(
                    NEW, EnumSet.of(ACTIVE, PAUSED),
                    ACTIVE, EnumSet.of(PAUSED),
                    PROMISE_TO_PAY, EnumSet.of(PAUSED),
                    IN_PLAN, EnumSet.of(PAUSED),
                    PAUSED, EnumSet.of(ACTIVE)),
            StaffRole.AGENCY, Map.of(
                    NEW, EnumSet.of(ACTIVE, PAUSED),
                    ACTIVE, EnumSet.of(PAUSED),
                    PROMISE_TO_PAY, EnumSet.of(PAUSED),
                    IN_PLAN, EnumSet.of(PAUSED)));

    private TransitionPolicy() {
    }

    public static Outcome decide(StaffRole role, CaseStatus from, CaseStatus to) {
        if (role == StaffRole.AUDITOR) {
            return Outcome.FORBIDDEN;
        }
        if (!from.canMoveTo(to)) {
            return Outcome.ILLEGAL;
        }
        if (to == DISPUTED || (from == DISPUTED && to != CLOSED)) {
            return Outcome.USE_DISPUTES;
        }
        if (PLAN_OWNED.contains(to) || (PLAN_OWNED.contains(from) && to == ACTIVE)) {
            return Outcome.USE_PLAN_SERVICE;
        }
        if (role.isSupervisory()) {
            return Outcome.ALLOWED;
        }
        return BY_ROLE.get(role).getOrDefault(from, Set.of()).contains(to) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
    }

    /** Writing a balance off (closing as paid in full with money still owed) needs a supervisor or admin. */
    public static boolean mayWriteOff(StaffRole role) {
        return role.isSupervisory();
    }
}
