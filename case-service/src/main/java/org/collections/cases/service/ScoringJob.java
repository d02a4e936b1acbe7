package org.collections.cases.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.collections.cases.repository.ScoringRepository;
import org.jboss.logging.Logger;

/**
 * Keeps scores fresh: every few seconds the cases queued since are scored; every night the creditors' models are
 * retrained and every open case is queued (days past due change without any event). With several replicas each
 * night is claimed by one; the claim commits only when the night's work is done, so a crash lets it run again.
 */
@ApplicationScoped
public class ScoringJob {

    private static final Logger LOG = Logger.getLogger(ScoringJob.class);
    public static final String SYSTEM_ACTOR = "system:scoring";

    @Inject
    Scorer scorer;

    @Inject
    ScoreTraining training;

    @Inject
    ScoringRepository repository;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Scheduled(every = "{scoring.drain-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        int scored = scorer.drain();
        if (scored > 0) {
            LOG.debugf("%d cases scored", scored);
        }
    }

    @Scheduled(cron = "{scoring.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection claim = dataSource.getConnection()) {
            claim.setAutoCommit(false);
            try (PreparedStatement s = claim.prepareStatement("""
                    insert into job_claim (job, period, claimed_at) values ('scoring', ?, now()) on conflict do nothing""")) {
                s.setString(1, today.toString());
                if (s.executeUpdate() == 0) {
                    LOG.infof("Scoring of %s already done by another replica", today);
                    claim.rollback();
                    return;
                }
            }
            List<ModelCard> cards = training.trainAll(SYSTEM_ACTOR);
            int queued;
            try (Connection connection = dataSource.getConnection()) {
                queued = repository.requestAllOpen(connection);
            }
            claim.commit();
            LOG.infof("Scoring of %s: %d models trained (%d active), %d open cases queued", today, cards.size(),
                    cards.stream().filter(c -> "ACTIVE".equals(c.status())).count(), queued);
        } catch (SQLException e) {
            throw new IllegalStateException("The nightly scoring of " + today + " failed", e);
        }
    }
}
