package org.collections.cases.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/** Runs the daily delinquency re-evaluation; with several replicas, exactly one claims each day. */
@ApplicationScoped
public class DelinquencyJob {

    private static final Logger LOG = Logger.getLogger(DelinquencyJob.class);

    @Inject
    DelinquencyService delinquency;

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
}
