package org.collections.plans.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.collections.commons.jobs.BatchRuns;
import org.jboss.logging.Logger;

/** Starts the nightly reconciliation, and continues any run a crashed replica left half-done. */
@ApplicationScoped
public class ReconciliationJob {

    private static final Logger LOG = Logger.getLogger(ReconciliationJob.class);

    @Inject
    ReconciliationService reconciliation;

    @Inject
    BatchRuns batchRuns;

    @Scheduled(cron = "{reconciliation.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> nightly() {
        return reconciliation.start("NIGHTLY", "system:reconciliation")
                .invoke(id -> LOG.infof("Reconciliation %s done", id))
                .onFailure().invoke(e -> LOG.warnf(e, "Reconciliation stopped; it continues from its last batch"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @Scheduled(every = "{reconciliation.resume-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> resume() {
        return batchRuns.continueUnfinished(List.of(ReconciliationService.JOB), reconciliation::resume);
    }
}
