package org.collections.plans.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/** Runs the daily plan evaluation; with several replicas, exactly one claims each day. */
@ApplicationScoped
public class PlanEvaluationJob {

    private static final Logger LOG = Logger.getLogger(PlanEvaluationJob.class);

    @Inject
    PlanEvaluation evaluation;

    @Inject
    Clock clock;

    @Scheduled(cron = "{plan-evaluation.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        LocalDate today = LocalDate.now(clock);
        return evaluation.evaluateOnce(today)
                .invoke(changed -> LOG.infof("Plan evaluation of %s: %d plans changed", today, changed))
                .replaceWithVoid();
    }
}
