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

/** Erases, each night, the personal data whose retention has passed; continues a run a crashed replica left half-done. */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    RetentionService retention;

    @Inject
    BatchRuns batchRuns;

    @Inject
    Clock clock;

    @Scheduled(cron = "{retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> nightly() {
        String day = LocalDate.now(clock).toString();
        return retention.run(day).invoke(progress -> LOG.infof(progress.busy()
                ? "Erasure run of %s is another replica's" : "Erasure run of %s: %d closed cases examined, %d erased",
                day, progress.processed(), progress.changed())).replaceWithVoid();
    }

    @Scheduled(every = "{retention.resume-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> resume() {
        return batchRuns.continueUnfinished(List.of(RetentionService.JOB), retention::run);
    }
}
