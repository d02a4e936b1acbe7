package org.collections.plans.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.collections.commons.audit.AuditLog;
import org.collections.plans.domain.CaseEnforcement;
import org.collections.plans.domain.EnforcementHold;
import org.collections.plans.domain.HoldPeriod;
import org.collections.plans.domain.Installment;
import org.collections.plans.domain.Plan;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.domain.Promise;
import org.collections.plans.domain.Restriction;
import org.collections.plans.repository.CaseEnforcementRepository;
import org.collections.plans.repository.HoldPeriodRepository;
import org.collections.plans.repository.InstallmentRepository;
import org.collections.plans.repository.PlanRepository;
import org.collections.plans.repository.PromiseRepository;

/**
 * Restrictions stop enforcement: while a case is held (disputed, paused, in Breathing Space, …) the evaluation
 * leaves its plans and promises alone; when the hold ends, every unpaid installment and pending promise that
 * fell due within it moves later by the hold's length, so grace and the broken-plan rule run from the new dates.
 * Runs in the caller's (inbox) transaction.
 */
@ApplicationScoped
public class EnforcementHolds {

    /** Plans whose unpaid installments a hold moves: those not yet finished. */
    static final List<PlanStatus> OPEN_PLANS = List.of(PlanStatus.DRAFT, PlanStatus.PENDING_APPROVAL, PlanStatus.ACTIVE);

    /**
     * What case-service says about a case's restrictions as of {@code caseVersion}.
     *
     * @param actor the service that announced it
     */
    public record RestrictionsChanged(UUID caseId, long caseVersion, Set<Restriction> restrictions, Instant changedAt,
            String actor, String reason) {
    }

    @Inject
    CaseEnforcementRepository replica;

    @Inject
    HoldPeriodRepository periods;

    @Inject
    PlanRepository plans;

    @Inject
    InstallmentRepository installments;

    @Inject
    PromiseRepository promises;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Uni<Void> apply(RestrictionsChanged change) {
        return replica.findById(change.caseId(), LockModeType.PESSIMISTIC_WRITE).chain(existing -> {
            CaseEnforcement c = existing != null ? existing
                    : CaseEnforcement.unrestricted(change.caseId(), change.caseVersion(), clock.instant());
            CaseEnforcement.Outcome outcome = c.apply(change.restrictions(), change.caseVersion(), change.changedAt(),
                    clock.instant());
            Uni<Void> saved = existing != null ? Uni.createFrom().voidItem() : replica.persist(c).replaceWithVoid();
            return saved.chain(() -> switch (outcome.change()) {
                case NONE -> Uni.createFrom().voidItem();
                case STARTED, WIDENED -> audit.record(change.actor(), outcome.change() == CaseEnforcement.Change.STARTED
                                ? "ENFORCEMENT_HOLD_STARTED" : "ENFORCEMENT_HOLD_WIDENED", "case", change.caseId(),
                        reason(change, "enforcement held: " + names(outcome.restrictions())),
                        null, Map.of("restrictions", names(outcome.restrictions()), "heldSince", c.heldSince.toString()));
                case ENDED -> ended(change, outcome);
            });
        });
    }

    private Uni<Void> ended(RestrictionsChanged change, CaseEnforcement.Outcome outcome) {
        EnforcementHold hold = outcome.ended();
        String restrictions = names(outcome.restrictions());
        HoldPeriod period = new HoldPeriod();
        period.id = UUID.randomUUID();
        period.caseId = change.caseId();
        period.restrictions = restrictions;
        period.startedAt = hold.startedAt();
        period.endedAt = hold.endedAt();
        period.days = Math.toIntExact(hold.lengthInDays());
        period.endedBy = change.actor();
        period.reason = change.reason();
        period.recordedAt = clock.instant();
        String why = "enforcement hold (" + restrictions + ") from " + hold.startedAt() + " to " + hold.endedAt() + " ended: "
                + "due dates within it move " + period.days + " days later";
        return periods.persist(period)
                .chain(() -> audit.record(change.actor(), "ENFORCEMENT_HOLD_ENDED", "case", change.caseId(),
                        reason(change, why), Map.of("restrictions", restrictions, "heldSince", hold.startedAt().toString()),
                        Map.of("endedAt", hold.endedAt().toString(), "days", period.days)))
                .chain(() -> movePlans(change, hold, why))
                .chain(() -> movePromises(change, hold, why));
    }

    private Uni<Void> movePlans(RestrictionsChanged change, EnforcementHold hold, String why) {
        ZoneId zone = clock.getZone();
        // locked like a payment locks its plan, so a payment being applied never writes back the old due dates
        return plans.find("caseId = ?1 and status in ?2", change.caseId(), OPEN_PLANS)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().chain(open -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Plan plan : open) {
                chain = chain.chain(() -> installments.ofPlan(plan.id).chain(rows -> {
                    Map<String, String> before = new LinkedHashMap<>();
                    Map<String, String> after = new LinkedHashMap<>();
                    for (Installment i : rows) {
                        LocalDate moved = hold.moved(i.dueDate, zone);
                        if (i.line().owing().signum() > 0 && !moved.equals(i.dueDate)) {
                            before.put(String.valueOf(i.number), i.dueDate.toString());
                            after.put(String.valueOf(i.number), moved.toString());
                            i.dueDate = moved;
                        }
                    }
                    if (after.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    plan.updatedAt = clock.instant();
                    return plans.flush().chain(() -> audit.record(change.actor(), "INSTALLMENTS_RESCHEDULED", "plan", plan.id,
                            reason(change, why), Map.of("dueDates", before), Map.of("dueDates", after)));
                }));
            }
            return chain;
        });
    }

    private Uni<Void> movePromises(RestrictionsChanged change, EnforcementHold hold, String why) {
        ZoneId zone = clock.getZone();
        return promises.find("caseId = ?1 and status = ?2", change.caseId(), Promise.Status.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().chain(pending -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Promise p : pending) {
                LocalDate moved = hold.moved(p.dueDate, zone);
                if (moved.equals(p.dueDate)) {
                    continue;
                }
                LocalDate was = p.dueDate;
                p.dueDate = moved;
                chain = chain.chain(() -> audit.record(change.actor(), "PROMISE_RESCHEDULED", "promise", p.id,
                        reason(change, why), Map.of("dueDate", was.toString()), Map.of("dueDate", moved.toString())));
            }
            return chain.chain(() -> promises.flush());
        });
    }

    private static String reason(RestrictionsChanged change, String what) {
        return change.reason() == null || change.reason().isBlank() ? what : what + " (" + change.reason() + ")";
    }

    private static String names(Set<Restriction> restrictions) {
        return restrictions.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
