package org.collections.cases.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Moves cases along their treatment paths every {@code treatment.every} (steps are due by the day, not the minute). */
@ApplicationScoped
public class TreatmentJob {

    private static final Logger LOG = Logger.getLogger(TreatmentJob.class);

    @Inject
    TreatmentRunner runner;

    @Scheduled(every = "{treatment.every}", delayed = "{treatment.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return runner.runAll().invoke(t -> LOG.infof("Treatment: %d cases seen, %d entered a path, %d left one, "
                + "%d steps taken, %d paths completed", t.cases(), t.entered(), t.left(), t.steps(), t.completed()))
                .replaceWithVoid();
    }
}
