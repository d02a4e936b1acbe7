package org.collections.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.collections.cases.repository.ScoringRepository;
import org.collections.cases.repository.ScoringRepository.ModelRow;
import org.collections.cases.repository.ScoringRepository.ScoredCase;
import org.collections.cases.scoring.FeatureExtractor;
import org.collections.cases.scoring.LogisticModel;
import org.collections.cases.scoring.ModelTrainer;
import org.collections.cases.scoring.ProtectedAttributes;
import org.collections.cases.scoring.ScoreFeature;
import org.collections.cases.scoring.TrainingSet;
import org.collections.commons.rules.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Trains a creditor's propensity-to-pay model on its own case history and stores it with its model card. The model
 * becomes the creditor's active one only when the history was large enough and it ranks held-out cases better than
 * both the AUC floor and the scorecard; otherwise it is kept as REJECTED and the scorecard goes on scoring.
 */
@ApplicationScoped
public class ScoreTraining {

    private static final Logger LOG = Logger.getLogger(ScoreTraining.class);
    static final String ALGORITHM = "Logistic regression (Tribuo 4.3 LinearSGDTrainer, log loss, AdaGrad, 10 epochs) "
            + "on features standardised with the training means and standard deviations";
    static final String LABEL = "A payment posted within " + FeatureExtractor.OUTCOME_WINDOW.toDays()
            + " days of the observation time";
    private static final int PAGE = 1000;

    @Inject
    DataSource dataSource;

    @Inject
    ScoringRepository repository;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "scoring.auc-floor", defaultValue = "0.65")
    double aucFloor;

    /** Observation times a month apart; with the 30-day outcome window this reads about six months of history. */
    @ConfigProperty(name = "scoring.observation-months", defaultValue = "5")
    int observationMonths;

    @ConfigProperty(name = "scoring.min-samples", defaultValue = "1000")
    int minSamples;

    @ConfigProperty(name = "scoring.min-holdout-positives", defaultValue = "50")
    int minHoldoutPositives;

    @ConfigProperty(name = "scoring.max-samples", defaultValue = "40000")
    int maxSamples;

    /** Trains every creditor's model. */
    public List<ModelCard> trainAll(String actor) {
        List<String> creditors;
        try (Connection connection = dataSource.getConnection()) {
            creditors = repository.creditors(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the creditors to train", e);
        }
        List<ModelCard> cards = new ArrayList<>();
        for (String creditor : creditors) {
            cards.add(train(creditor, actor));
        }
        return cards;
    }

    public ModelCard train(String creditorId, String actor) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<Instant> times = TrainingSet.observationTimes(now, observationMonths);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            TrainingSet set = new TrainingSet(repository.products(connection, creditorId, 0.01), times, maxSamples);
            UUID after = null;
            List<UUID> page;
            do {
                page = repository.casesOf(connection, creditorId, after, PAGE);
                if (after == null && page.isEmpty()) {
                    throw new RuleViolation("creditorId", "names no creditor with cases");
                }
                for (ScoredCase c : repository.histories(connection, page)) {
                    set.add(c.history(), heldOut(c.caseId()));
                }
                after = page.isEmpty() ? after : page.get(page.size() - 1);
            } while (page.size() == PAGE);
            connection.commit();
            connection.setReadOnly(false);
            int version = repository.nextVersion(connection, creditorId);
            ModelTrainer.Trained trained = set.observations() < minSamples ? null : set.train(creditorId + "@" + version);
            ModelCard card = card(creditorId, version, set, trained, times, now, actor);
            save(connection, card, trained);
            connection.commit();
            LOG.infof("Score model %s@%d: %s (AUC %s, scorecard %s) from %d observations in %d ms", creditorId, version,
                    card.status(), card.auc(), card.scorecardAuc(), card.observations(),
                    (System.nanoTime() - started) / 1_000_000);
            return card;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not train the score model of " + creditorId, e);
        }
    }

    /** A fifth of the cases, chosen by id, never train and only measure. */
    static boolean heldOut(UUID caseId) {
        return Math.floorMod(caseId.getLeastSignificantBits(), 5) == 0;
    }

    private ModelCard card(String creditorId, int version, TrainingSet set, ModelTrainer.Trained t,
            List<Instant> times, Instant now, String actor) {
        UUID id = UUID.randomUUID();
        List<String> excluded = ProtectedAttributes.EXCLUDED;
        if (t == null) {
            return new ModelCard(id, creditorId, version, "REJECTED", "too little history: " + set.observations()
                    + " observations, at least " + minSamples + " needed; the scorecard scores", ALGORITHM, LABEL,
                    features(set.features(), null), excluded, times.get(0), times.get(times.size() - 1),
                    set.observations(), 0, 0, 0, 0, null, null, now, actor);
        }
        String reason = t.holdoutPositives() < minHoldoutPositives
                ? "too few held-out payers to measure it: " + t.holdoutPositives() + ", at least " + minHoldoutPositives
                : Double.isNaN(t.auc()) || t.auc() < aucFloor ? "AUC " + round(t.auc()) + " below the floor " + aucFloor
                : t.auc() <= t.scorecardAuc() ? "AUC " + round(t.auc()) + " not above the scorecard's "
                        + round(t.scorecardAuc())
                : null;
        return new ModelCard(id, creditorId, version, reason == null ? "ACTIVE" : "REJECTED", reason, ALGORITHM, LABEL,
                features(set.features(), t.model()), excluded, times.get(0), times.get(times.size() - 1),
                set.observations(), t.trainingSamples(), t.trainingPositives(), t.holdoutSamples(),
                t.holdoutPositives(), round(t.auc()), round(t.scorecardAuc()), now, actor);
    }

    private void save(Connection connection, ModelCard card, ModelTrainer.Trained trained) throws SQLException {
        LogisticModel model = trained == null ? null : trained.model();
        String parameters = model == null ? "{}" : json(new ModelCard.Parameters(model.source(), model.features(),
                model.means(), model.scales(), model.weights(), model.intercept()));
        repository.saveModel(connection, new ModelRow(card.id(), card.creditorId(), card.version(), card.status(),
                parameters, json(card)), decimal(card.auc()), decimal(card.scorecardAuc()), card.trainedAt(),
                card.trainedBy());
    }

    private static List<ModelCard.FeatureWeight> features(List<String> names, LogisticModel model) {
        List<ModelCard.FeatureWeight> features = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String description = name.startsWith("PRODUCT=") ? "1 when the case's main debt is this product"
                    : ScoreFeature.valueOf(name).description();
            features.add(new ModelCard.FeatureWeight(name, description, model == null ? 0 : round(model.weights()[i])));
        }
        return features;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a score model as JSON", e);
        }
    }

    private static Double round(double value) {
        return Double.isNaN(value) ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }

}
