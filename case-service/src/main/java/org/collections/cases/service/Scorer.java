package org.collections.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.collections.cases.repository.ScoringRepository;
import org.collections.cases.repository.ScoringRepository.ModelRow;
import org.collections.cases.repository.ScoringRepository.ScoreRow;
import org.collections.cases.repository.ScoringRepository.ScoredCase;
import org.collections.cases.scoring.FeatureExtractor;
import org.collections.cases.scoring.LogisticModel;
import org.collections.cases.scoring.Score;
import org.collections.cases.scoring.Scorecard;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Scores the cases the database queued (see the {@code score_request} triggers), a batch per transaction: each open
 * case with its creditor's active model, or the scorecard while the creditor has none. Several replicas drain the
 * queue side by side without scoring a case twice at once; a crash leaves the unscored cases queued.
 */
@ApplicationScoped
public class Scorer {

    @Inject
    DataSource dataSource;

    @Inject
    ScoringRepository repository;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "scoring.batch-size", defaultValue = "500")
    int batchSize;

    /** Parsed models by id: a stored model never changes, only its status. */
    private final Map<UUID, LogisticModel> models = new ConcurrentHashMap<>();

    /** Scores queued cases until the queue is empty; returns how many were scored. */
    public int drain() {
        int scored = 0;
        int batch;
        while ((batch = scoreQueuedBatch()) >= 0) {
            scored += batch;
        }
        return scored;
    }

    /** @return the cases scored, or -1 when the queue was empty */
    private int scoreQueuedBatch() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<UUID> ids = repository.takeRequests(connection, batchSize);
            if (ids.isEmpty()) {
                connection.commit();
                return -1;
            }
            int scored = score(connection, ids);
            connection.commit();
            return scored;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not score the queued cases", e);
        }
    }

    /** Scores one case now, in its own transaction (a case read before the queue reached it). */
    public void scoreNow(UUID caseId) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            score(connection, List.of(caseId));
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not score case " + caseId, e);
        }
    }

    private int score(Connection connection, List<UUID> ids) throws SQLException {
        Instant now = clock.instant();
        List<ScoredCase> cases = repository.histories(connection, ids);
        Map<String, ModelRow> active = repository.activeModels(connection,
                cases.stream().map(ScoredCase::creditorId).distinct().toList());
        List<ScoreRow> rows = new ArrayList<>();
        for (ScoredCase c : cases) {
            if (c.open()) {
                Score score = score(c, active.get(c.creditorId()), now);
                rows.add(new ScoreRow(c.caseId(), score.value(), score.source(), reasons(score)));
            }
        }
        repository.saveScores(connection, rows, now);
        return rows.size();
    }

    private Score score(ScoredCase c, ModelRow model, Instant now) {
        var features = FeatureExtractor.at(c.history(), now);
        return model == null ? Scorecard.score(features)
                : models.computeIfAbsent(model.id(), id -> parse(model)).score(features, c.history().product());
    }

    private LogisticModel parse(ModelRow row) {
        try {
            ModelCard.Parameters p = mapper.readValue(row.parameters(), ModelCard.Parameters.class);
            return new LogisticModel(p.source(), p.features(), p.means(), p.scales(), p.weights(), p.intercept());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored score model " + row.id() + " cannot be read", e);
        }
    }

    private String reasons(Score score) {
        ArrayNode reasons = mapper.createArrayNode();
        score.reasons().forEach(r -> reasons.addObject().put("feature", r.feature()).put("value", r.value())
                .put("points", r.points()));
        return reasons.toString();
    }
}
