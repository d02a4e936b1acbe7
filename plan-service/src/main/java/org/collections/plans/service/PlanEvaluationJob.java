package org.collections.plans.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.collections.commons.jobs.BatchRuns;
import org.jboss.logging.Logger;

/**
 * Starts the daily plan evaluation, and continues any run a crashed replica left half-done. With several replicas
 * they share the batches of a run; none is done twice.
 */
@ApplicationScoped
public class PlanEvaluationJob {

    private static final Logger LOG = Logger.getLogger(PlanEvaluationJob.class);

    @Inject
    PlanEvaluation evaluation;

    @Inject
    BatchRuns batchRuns;

    @Inject
    Clock clock;

    @Scheduled(cron = "{plan-evaluation.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        return run(LocalDate.now(clock).toString());
    }

    @Scheduled(every = "{plan-evaluation.resume-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> resume() {
        return batchRuns.continueUnfinished(List.of(PlanEvaluation.JOB, PlanEvaluation.PROMISE_JOB), this::run);
    }

    private Uni<Void> run(String period) {
        return evaluation.run(period)
                .invoke(changed -> {
                    if (changed < 0) {
                        LOG.debugf("Plan evaluation %s: another replica is on it", period);
                    } else {
                        LOG.infof("Plan evaluation %s done: %d plans and promises changed", period, changed);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf(e, "Plan evaluation %s stopped; it continues from its last batch", period))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
