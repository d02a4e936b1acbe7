package org.collections.cases.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropensityModelTest {

    static final double AUC_FLOOR = 0.70;

    @Test
    void aModelTrainedOnHistoryRanksPayersAboveTheFloorAndAboveTheScorecard() {
        ModelTrainer.Trained trained = train(SyntheticPortfolio.generate(4000, 1));

        assertThat(trained.trainingSamples()).isGreaterThan(5000);
        assertThat(trained.holdoutPositives()).isGreaterThan(200);
        assertThat(trained.auc()).isGreaterThan(AUC_FLOOR);
        assertThat(trained.auc()).isGreaterThan(trained.scorecardAuc());
        assertThat(trained.scorecardAuc()).as("the scorecard still ranks better than chance").isGreaterThan(0.6);
    }

    @Test
    void theModelLearnsTheDirectionOfEachKnownEffect() {
        LogisticModel model = train(SyntheticPortfolio.generate(4000, 2)).model();

        assertThat(weight(model, "PAYMENTS_90D")).isPositive();
        assertThat(weight(model, "DAYS_PAST_DUE")).isNegative();
        assertThat(weight(model, "PRODUCT=PERSONAL_LOAN")).isPositive();
    }

    @Test
    void trainingIsDeterministic() {
        List<CaseHistory> histories = SyntheticPortfolio.generate(1500, 3);

        assertThat(train(histories).model().weights()).containsExactly(train(histories).model().weights());
    }

    @Test
    void aScoreExplainsItselfWithTheFeaturesThatMovedItMost() {
        CaseHistory history = SyntheticPortfolio.generate(1, 4).get(0);
        LogisticModel model = train(SyntheticPortfolio.generate(3000, 5)).model();

        Score score = model.score(FeatureExtractor.at(history, SyntheticPortfolio.START.plusSeconds(86_400L * 100)),
                history.product());

        assertThat(score.value()).isBetween(0, 1000);
        assertThat(score.source()).isEqualTo("test@1");
        assertThat(score.reasons()).hasSizeBetween(1, 3);
        assertThat(score.reasons()).isSortedAccordingTo((a, b) -> Math.abs(b.points()) - Math.abs(a.points()));
    }

    static ModelTrainer.Trained train(List<CaseHistory> histories) {
        Instant now = SyntheticPortfolio.START.plusSeconds(86_400L * SyntheticPortfolio.DAYS);
        TrainingSet set = new TrainingSet(List.of("CREDIT_CARD", "PERSONAL_LOAN", "BNPL"),
                TrainingSet.observationTimes(now, 5), 20_000);
        for (int i = 0; i < histories.size(); i++) {
            set.add(histories.get(i), i % 5 == 0);
        }
        return set.train("test@1");
    }

    private static double weight(LogisticModel model, String feature) {
        return model.weights()[model.features().indexOf(feature)];
    }
}
