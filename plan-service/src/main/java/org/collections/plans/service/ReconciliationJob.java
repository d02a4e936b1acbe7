package org.collections.plans.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Starts the nightly reconciliation, and continues any run a crashed replica left half-done. */
@ApplicationScoped
public class ReconciliationJob {

    private static final Logger LOG = Logger.getLogger(ReconciliationJob.class);

    @Inject
    ReconciliationService reconciliation;

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
        return reconciliation.unfinished().onItem().transformToMulti(runs -> Multi.createFrom().iterable(runs))
                .onItem().transformToUniAndConcatenate(run -> reconciliation.resume(run)
                        .onFailure().invoke(e -> LOG.warnf(e, "Reconciliation %s stopped; it continues from its last batch", run))
                        .onFailure().recoverWithNull())
                .collect().last().replaceWithVoid();
    }
}
