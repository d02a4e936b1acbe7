package org.collections.plans.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/** Asks for payment reminders as days pass; several replicas may run it at once (each reminder is asked once). */
@ApplicationScoped
public class PaymentReminderJob {

    private static final Logger LOG = Logger.getLogger(PaymentReminderJob.class);

    @Inject
    PaymentReminderService reminders;

    @Inject
    Clock clock;

    @Scheduled(cron = "{plan.reminders.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        LocalDate today = LocalDate.now(clock);
        return reminders.remindDue(today)
                .invoke(n -> LOG.infof("Payment reminders of %s: %d asked for", today, n))
                .replaceWithVoid();
    }
}
