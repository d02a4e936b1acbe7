package org.collections.contact.service;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.compliance.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Plans the next 24 hours of contacts every day; with several replicas, exactly one plans each day. A day's plan is
 * one transaction (the capacity of each hour is shared by all the day's cases), so a replica that dies while planning
 * leaves nothing behind; the catch-up makes the plan then, or whenever the cron time of the day passed without one.
 */
@ApplicationScoped
public class DailyPlanJob {

    private static final Logger LOG = Logger.getLogger(DailyPlanJob.class);

    @Inject
    DailyPlanService plans;

    @Inject
    Clock clock;

    @ConfigProperty(name = "contact.daily-plan.channels", defaultValue = "CALL")
    List<Channel> channels;

    @ConfigProperty(name = "contact.daily-plan.cron")
    String cron;

    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    /** Blocking JDBC work: the scheduler runs it on a worker thread. Each channel is a plan of its own. */
    @Scheduled(cron = "{contact.daily-plan.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void daily() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        channels.forEach(channel -> plan(today, channel));
    }

    @Scheduled(every = "{contact.daily-plan.catch-up-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        catchUp(cron);
    }

    /** Plans today for each channel still without its plan, if the day's cron time has passed. */
    void catchUp(String schedule) {
        if ("off".equals(schedule) || "disabled".equals(schedule)) {
            return;
        }
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        boolean due = ExecutionTime.forCron(QUARTZ.parse(schedule)).lastExecution(now)
                .filter(last -> last.toLocalDate().equals(today)).isPresent();
        if (due) {
            channels.stream().filter(channel -> !plans.planned(today, channel)).forEach(channel -> {
                LOG.infof("Daily %s plan of %s missing after its time: planning it now", channel, today);
                plan(today, channel);
            });
        }
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
