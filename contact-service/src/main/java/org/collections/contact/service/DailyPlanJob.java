package org.collections.contact.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.compliance.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Plans the next 24 hours of contacts every day; with several replicas, exactly one plans each day. */
@ApplicationScoped
public class DailyPlanJob {

    private static final Logger LOG = Logger.getLogger(DailyPlanJob.class);

    @Inject
    DailyPlanService plans;

    @Inject
    Clock clock;

    @ConfigProperty(name = "contact.daily-plan.channels", defaultValue = "CALL")
    List<Channel> channels;

    /** Blocking JDBC work: the scheduler runs it on a worker thread. Each channel is a plan of its own. */
    @Scheduled(cron = "{contact.daily-plan.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void daily() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        channels.forEach(channel -> plan(today, channel));
    }

    private void plan(LocalDate today, Channel channel) {
        try {
            DailyPlanService.Result report = plans.run(today, channel, DailyPlanService.SYSTEM_ACTOR);
            LOG.infof("Daily %s plan of %s: %d of %d cases planned in %d ms; skipped %s", channel, today,
                    report.planned(), report.considered(), report.durationMs(), report.skipped());
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            LOG.infof("Daily %s plan of %s: %s", channel, today, e.getMessage());
        }
    }
}
