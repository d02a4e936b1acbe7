package org.collections.cases.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.collections.cases.scoring.ModelTrainer.Sample;

/**
 * The observations a model learns from, gathered one case history at a time so a large portfolio is never held in
 * memory: each case open at an observation time gives one sample (its features then, and whether it paid in the
 * following {@link FeatureExtractor#OUTCOME_WINDOW}). Cases go wholly to training or to the held-out set; each set
 * keeps a uniform random sample of at most {@code limit} observations.
 */
public final class TrainingSet {

    private final List<String> features;
    private final List<Instant> observationTimes;
    private final int limit;
    private final Random random = new Random(20261202L);
    private final List<Sample> training = new ArrayList<>();
    private final List<Sample> holdout = new ArrayList<>();
    private long trainingSeen;
    private long holdoutSeen;

    public TrainingSet(List<String> products, List<Instant> observationTimes, int limit) {
        this.features = Stream.concat(Arrays.stream(ScoreFeature.values()).map(Enum::name),
                products.stream().map(ScoreFeature::product).filter(p -> !ProtectedAttributes.isProtected(p))).toList();
        this.observationTimes = List.copyOf(observationTimes);
        this.limit = limit;
    }

    /**
     * {@code count} observation times a month apart, the last one an outcome window before {@code now}, so every
     * outcome is fully known.
     */
    public static List<Instant> observationTimes(Instant now, int count) {
        Instant last = now.minus(FeatureExtractor.OUTCOME_WINDOW);
        return IntStream.range(0, count).mapToObj(i -> last.minus(Duration.ofDays(30L * (count - 1 - i))))
                .toList();
    }

    public void add(CaseHistory history, boolean heldOut) {
        for (Instant t : observationTimes) {
            if (history.openAt(t)) {
                Map<ScoreFeature, Double> values = FeatureExtractor.at(history, t);
                Sample sample = new Sample(LogisticModel.vector(features, values, history.product()),
                        FeatureExtractor.paidAfter(history, t), Scorecard.score(values).value());
                if (heldOut) {
                    holdoutSeen = keep(holdout, holdoutSeen, sample);
                } else {
                    trainingSeen = keep(training, trainingSeen, sample);
                }
            }
        }
    }

    private long keep(List<Sample> samples, long seen, Sample sample) {
        if (samples.size() < limit) {
            samples.add(sample);
        } else {
            long slot = (long) (random.nextDouble() * (seen + 1));
            if (slot < limit) {
                samples.set((int) slot, sample);
            }
        }
        return seen + 1;
    }

    public List<String> features() {
        return features;
    }

    public long observations() {
        return trainingSeen + holdoutSeen;
    }

    public int positives() {
        return (int) Stream.concat(training.stream(), holdout.stream()).filter(Sample::paid).count();
    }

    public ModelTrainer.Trained train(String source) {
        return ModelTrainer.train(source, features, training, holdout);
    }
}
