package org.collections.cases.service;

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
 * Starts the daily delinquency re-evaluation, and continues any run a crashed replica left half-done. With several
 * replicas they share a run's batches; none is done twice.
 */
@ApplicationScoped
public class DelinquencyJob {

    private static final Logger LOG = Logger.getLogger(DelinquencyJob.class);

    @Inject
    DelinquencyService delinquency;

    @Inject
    BatchRuns batchRuns;

    @Inject
    Clock clock;

    @Scheduled(cron = "{delinquency.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        LocalDate today = LocalDate.now(clock);
        return delinquency.evaluateOnce(today)
                .invoke(changed -> LOG.infof(changed < 0 ? "Delinquency of %s already evaluated by another replica"
                        : "Delinquency of %s evaluated: " + changed + " cases changed bucket", today))
                .replaceWithVoid();
    }

    @Scheduled(every = "{delinquency.resume-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> resume() {
        return batchRuns.continueUnfinished(List.of(DelinquencyService.JOB), period -> delinquency.run(period)
                .invoke(changed -> {
                    if (changed >= 0) {
                        LOG.infof("Delinquency run %s continued to its end: %d cases changed bucket", period, changed);
                    }
                }));
    }
}
