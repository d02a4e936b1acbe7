package org.collections.plans.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.collections.commons.jobs.BatchRuns;
import org.collections.plans.domain.Installment;
import org.collections.plans.domain.InstallmentLedger;
import org.collections.plans.domain.Plan;
import org.collections.plans.domain.PlanStatus;
import org.collections.plans.domain.PlanType;
import org.collections.plans.events.PlanEvents;
import org.collections.plans.repository.CaseEnforcementRepository;
import org.collections.plans.repository.InstallmentRepository;
import org.collections.plans.repository.PlanRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds plans and promises to their rules as time passes (a {@link Clock} drives it, so tests travel in time): an ACTIVE
 * plan whose installments are all kept is COMPLETED, one missed too long or too often is BROKEN, and a
 * settlement offer not approved by its expiry date is CANCELLED.
 */
@ApplicationScoped
public class PlanEvaluation {

    public static final String SYSTEM_ACTOR = "system:plan-evaluation";
    public static final String JOB = "plan-evaluation";
    public static final String PROMISE_JOB = "promise-evaluation";

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
    BatchRuns batchRuns;

    @ConfigProperty(name = "plan-evaluation.batch-size")
    int batchSize;

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

    /**
     * Runs (or continues after a crash) the evaluation of {@code period}, whose first ten characters are the day it
     * is evaluated as of: running plans and pending settlement offers, then promises, in batches of
     * {@code plan-evaluation.batch-size}, each batch one transaction. With several replicas each batch is done once.
     *
     * @return plans and promises changed by the run; -1 when another replica holds it (this caller leaves it to that one)
     */
    public Uni<Integer> run(String period) {
        return evaluate(period, false);
    }

    /** Like {@link #run}, but waits for the end of the run while other replicas work some of its batches. */
    public Uni<Integer> runToEnd(String period) {
        return evaluate(period, true);
    }

    private Uni<Integer> evaluate(String period, boolean toEnd) {
        LocalDate day = LocalDate.parse(period.substring(0, 10));
        return runJob(JOB, period, toEnd, (after, size) -> evaluatePlans(day, after, size))
                .chain(plans -> plans.busy() ? Uni.createFrom().item(plans)
                        : runJob(PROMISE_JOB, period, toEnd, (after, size) -> promises.breakOverdue(day, after, size)))
                .chain(last -> last.busy() ? Uni.createFrom().item(-1)
                        : batchRuns.progress(JOB, period).map(plans -> (int) (plans.changed() + last.changed())));
    }

    private Uni<BatchRuns.Progress> runJob(String job, String period, boolean toEnd,
            java.util.function.BiFunction<String, Integer, Uni<BatchRuns.Batch>> batch) {
        return toEnd ? batchRuns.runToEnd(job, period, batchSize, batch) : batchRuns.run(job, period, batchSize, batch);
    }

    /** The day's runs that a crashed replica left unfinished (plans or promises), to be continued. */
    public Uni<List<String>> unfinished() {
        return batchRuns.unfinished(JOB, PROMISE_JOB);
    }

    /** One batch: the next open plans after {@code after} (id order), their installments, each evaluated. */
    private Uni<BatchRuns.Batch> evaluatePlans(LocalDate day, String after, int size) {
        // a case under an enforcement hold is left alone: none of its plans breaks while the hold lasts
        return plans.find("from Plan p where p.status in ?1 and p.id > ?2 and " + CaseEnforcementRepository.notHeld("p.caseId")
                + " order by p.id", List.of(PlanStatus.ACTIVE, PlanStatus.PENDING_APPROVAL), BatchRuns.uuidAfter(after))
                .page(0, size).list().chain(open -> {
            if (open.isEmpty()) {
                return Uni.createFrom().item(BatchRuns.Batch.EMPTY);
            }
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
                return changed.map(n -> new BatchRuns.Batch(open.get(open.size() - 1).id.toString(), open.size(), n));
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
