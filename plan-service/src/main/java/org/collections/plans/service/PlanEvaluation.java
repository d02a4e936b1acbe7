package org.collections.plans.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.collections.commons.jobs.JobClaims;
import org.collections.plans.domain.Installment;
import org.collections.plans.domain.InstallmentLedger;
import org.collections.plans.domain.Plan;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.domain.PlanType;
import org.collections.plans.events.PlanEvents;
import org.collections.plans.repository.CaseEnforcementRepository;
import org.collections.plans.repository.InstallmentRepository;
import org.collections.plans.repository.PlanRepository;

/**
 * Holds plans and promises to their rules as time passes (a {@link Clock} drives it, so tests travel in time): an ACTIVE
 * plan whose installments are all kept is COMPLETED, one missed too long or too often is BROKEN, and a
 * settlement offer not approved by its expiry date is CANCELLED.
 */
@ApplicationScoped
public class PlanEvaluation {

    public static final String SYSTEM_ACTOR = "system:plan-evaluation";
    public static final String JOB = "plan-evaluation";

    @Inject
    PlanRepository plans;

    @Inject
    InstallmentRepository installments;

    @Inject
    PlanService planService;

    @Inject
    PlanEvents events;

    @Inject
    PromiseService promises;

    @Inject
    JobClaims jobClaims;

    @Inject
    Clock clock;

    /** After a payment: completes the plan when every installment is kept. */
    Uni<Void> settle(Plan plan, List<Installment> rows, String actor) {
        if (plan.status != PlanStatus.ACTIVE) {
            return Uni.createFrom().voidItem();
        }
        InstallmentLedger.Evaluation evaluation = InstallmentLedger.evaluate(
                rows.stream().map(Installment::line).toList(), LocalDate.now(clock), plan.rules());
        if (evaluation.standing() != InstallmentLedger.Standing.COMPLETED) {
            return Uni.createFrom().voidItem();
        }
        return complete(plan, rows, evaluation.reason(), actor);
    }

    /** Every installment is kept (a shortfall within the tolerance is reported with the completion). */
    private Uni<Void> complete(Plan plan, List<Installment> rows, String reason, String actor) {
        return planService.move(plan, PlanStatus.COMPLETED, reason, actor, "PLAN_COMPLETED")
                .chain(p -> events.planCompleted(p, rows.stream().map(Installment::line).toList(), reason));
    }

    Uni<Plan> reopen(Plan plan, String reason, String actor) {
        return planService.move(plan, PlanStatus.ACTIVE, reason, actor, "PLAN_REOPENED");
    }

    /** Claims the day (one replica runs it) and evaluates; -1 when another replica already did. */
    @WithTransaction
    public Uni<Integer> evaluateOnce(LocalDate day) {
        return jobClaims.claim(JOB, day.toString()).chain(claimed -> claimed ? evaluateAll(day) : Uni.createFrom().item(-1));
    }

    /** Evaluates running plans, pending settlement offers and promises as of {@code day}; returns how many changed. */
    @WithTransaction
    public Uni<Integer> evaluateAll(LocalDate day) {
        return evaluatePlans(day).chain(plansChanged -> promises.breakOverdue(day).map(broken -> plansChanged + broken));
    }

    private Uni<Integer> evaluatePlans(LocalDate day) {
        // a case under an enforcement hold is left alone: none of its plans breaks while the hold lasts
        return plans.list("from Plan p where p.status in ?1 and " + CaseEnforcementRepository.notHeld("p.caseId"),
                List.of(PlanStatus.ACTIVE, PlanStatus.PENDING_APPROVAL)).chain(open -> {
            List<java.util.UUID> activeIds = open.stream().filter(p -> p.status == PlanStatus.ACTIVE).map(p -> p.id).toList();
            Uni<List<Installment>> rows = activeIds.isEmpty() ? Uni.createFrom().item(List.of())
                    : installments.list("planId in ?1 order by planId, number", activeIds);
            return rows.chain(all -> {
                Map<java.util.UUID, List<Installment>> byPlan = all.stream().collect(Collectors.groupingBy(i -> i.planId));
                Uni<Integer> changed = Uni.createFrom().item(0);
                for (Plan plan : open) {
                    changed = changed.chain(n -> evaluate(plan, byPlan.getOrDefault(plan.id, List.of()), day)
                            .map(moved -> moved ? n + 1 : n));
                }
                return changed;
            });
        });
    }

    private Uni<Boolean> evaluate(Plan plan, List<Installment> rows, LocalDate day) {
        if (plan.status == PlanStatus.PENDING_APPROVAL) {
            if (plan.type == PlanType.SETTLEMENT && plan.offerExpiresOn != null && plan.offerExpiresOn.isBefore(day)) {
                return planService.move(plan, PlanStatus.CANCELLED, "settlement offer expired on " + plan.offerExpiresOn,
                        SYSTEM_ACTOR, "PLAN_CANCELLED").replaceWith(true);
            }
            return Uni.createFrom().item(false);
        }
        InstallmentLedger.Evaluation evaluation = InstallmentLedger.evaluate(
                rows.stream().map(Installment::line).toList(), day, plan.rules());
        return switch (evaluation.standing()) {
            case BROKEN -> planService.move(plan, PlanStatus.BROKEN, evaluation.reason(), SYSTEM_ACTOR, "PLAN_BROKEN")
                    .chain(p -> events.planBroken(p, evaluation.reason())).replaceWith(true);
            case COMPLETED -> complete(plan, rows, evaluation.reason(), SYSTEM_ACTOR).replaceWith(true);
            case ON_TRACK -> Uni.createFrom().item(false);
        };
    }
}
