package org.collections.cases.scoring;

import java.util.List;
import org.tribuo.MutableDataset;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a logistic regression with Tribuo on standardised features and exports it as a {@link LogisticModel}, then
 * measures it and the {@link Scorecard} on the held-out samples. Deterministic: the same samples give the same model.
 */
public final class ModelTrainer {

    private static final Label PAID = new Label("PAID");
    private static final Label NOT_PAID = new Label("NOT_PAID");
    private static final int EPOCHS = 10;
    private static final long SEED = 20261202L;

    private ModelTrainer() {
    }

    /** One observation: the features at a time, whether a payment followed, the scorecard's score then. */
    public record Sample(double[] x, boolean paid, int scorecardScore) {
    }

    /** The model, its AUC and the scorecard's AUC on the held-out samples, and the sample counts. */
    public record Trained(LogisticModel model, double auc, double scorecardAuc, int trainingSamples,
            int trainingPositives, int holdoutSamples, int holdoutPositives) {
    }

    public static Trained train(String source, List<String> features, List<Sample> training, List<Sample> holdout) {
        ProtectedAttributes.check(features);
        int n = features.size();
        double[] means = new double[n];
        double[] scales = new double[n];
        for (Sample s : training) {
            for (int i = 0; i < n; i++) {
                means[i] += s.x()[i] / training.size();
            }
        }
        for (Sample s : training) {
            for (int i = 0; i < n; i++) {
                scales[i] += Math.pow(s.x()[i] - means[i], 2) / training.size();
            }
        }
        for (int i = 0; i < n; i++) {
            scales[i] = Math.sqrt(scales[i]);
        }
        String[] names = features.toArray(String[]::new);
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("case history",
                new LabelFactory()), new LabelFactory());
        for (Sample s : training) {
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = scales[i] == 0 ? 0 : (s.x()[i] - means[i]) / scales[i];
            }
            dataset.add(new ArrayExample<>(s.paid() ? PAID : NOT_PAID, names, z));
        }
        LinearSGDModel trained = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS,
                Integer.MAX_VALUE, 1, SEED).train(dataset);
        LogisticModel model = export(source, features, means, scales, trained);
        double[] modelScores = new double[holdout.size()];
        double[] cardScores = new double[holdout.size()];
        boolean[] paid = new boolean[holdout.size()];
        for (int i = 0; i < holdout.size(); i++) {
            modelScores[i] = model.probability(holdout.get(i).x());
            cardScores[i] = holdout.get(i).scorecardScore();
            paid[i] = holdout.get(i).paid();
        }
        return new Trained(model, Auc.of(modelScores, paid), Auc.of(cardScores, paid), training.size(),
                (int) training.stream().filter(Sample::paid).count(), holdout.size(),
                (int) holdout.stream().filter(Sample::paid).count());
    }

    /** The softmax over two labels is a logistic of the difference of their weight rows; the bias is the last column. */
    private static LogisticModel export(String source, List<String> features, double[] means, double[] scales,
            LinearSGDModel trained) {
        DenseMatrix w = trained.getWeightsCopy();
        int paidRow = trained.getOutputIDInfo().getID(PAID);
        int notPaidRow = trained.getOutputIDInfo().getID(NOT_PAID);
        double[] weights = new double[features.size()];
        double intercept = 0;
        if (paidRow >= 0 && notPaidRow >= 0) {
            for (int i = 0; i < features.size(); i++) {
                VariableInfo info = trained.getFeatureIDMap().get(features.get(i));
                if (info != null) {
                    int column = trained.getFeatureIDMap().getID(features.get(i));
                    weights[i] = w.get(paidRow, column) - w.get(notPaidRow, column);
                }
            }
            int bias = w.getDimension2Size() - 1;
            intercept = w.get(paidRow, bias) - w.get(notPaidRow, bias);
        }
        return new LogisticModel(source, features, means, scales, weights, intercept);
    }
}
