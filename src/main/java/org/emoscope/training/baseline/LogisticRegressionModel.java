package org.emoscope.training.baseline;

import java.util.Arrays;
import java.util.BitSet;
import smile.classification.LogisticRegression;

/**
 * One fitted baseline classifier: the training clips' feature standardisation and Smile's multinomial
 * (binomial for two classes) L2 logistic regression over it. Probabilities come out in the run's class
 * order; a class that no training clip had gets probability 0. Immutable after fitting; prediction is
 * thread-safe.
 */
public final class LogisticRegressionModel {
    private final double[] means;
    private final double[] scales;
    private final LogisticRegression model;
    /** Smile's class index → the run's class index. */
    private final int[] classes;
    private final int classCount;
    private final double lambda;

    private LogisticRegressionModel(double[] means, double[] scales, LogisticRegression model, int classCount,
                                    double lambda) {
        this.means = means;
        this.scales = scales;
        this.model = model;
        this.classes = model.classes();
        this.classCount = classCount;
        this.lambda = lambda;
    }

    /**
     * Fits a model.
     *
     * @param features   one row per clip, all the same length
     * @param labels     each clip's class index in the run's classes, {@code 0 ≤ label < classCount}
     * @param classCount how many classes the run has
     * @throws BaselineException naming {@code what} when fewer than two classes are present
     */
    public static LogisticRegressionModel fit(double[][] features, int[] labels, int classCount, double lambda,
                                              BaselineSettings settings, String what) throws BaselineException {
        if (features.length == 0 || features.length != labels.length) {
            throw new IllegalArgumentException(what + ": " + features.length + " feature rows for " + labels.length
                    + " labels");
        }
        BitSet present = new BitSet();
        for (int label : labels) {
            if (label < 0 || label >= classCount) {
                throw new IllegalArgumentException(what + ": class index " + label + " outside 0.." + (classCount - 1));
            }
            present.set(label);
        }
        if (present.cardinality() < 2) {
            throw new BaselineException(what + ": the training clips have " + present.cardinality()
                    + " emotion(s); a classifier needs at least two");
        }
        int width = features[0].length;
        double[] means = new double[width];
        double[] scales = new double[width];
        for (double[] row : features) {
            for (int j = 0; j < width; j++) {
                means[j] += row[j];
            }
        }
        for (int j = 0; j < width; j++) {
            means[j] /= features.length;
        }
        for (double[] row : features) {
            for (int j = 0; j < width; j++) {
                double d = row[j] - means[j];
                scales[j] += d * d;
            }
        }
        for (int j = 0; j < width; j++) {
            double sd = Math.sqrt(scales[j] / features.length);
            // A feature constant over the training clips carries nothing; it becomes 0 for every clip.
            scales[j] = sd > 1e-12 ? sd : 1;
        }
        double[][] standardised = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            standardised[i] = standardise(features[i], means, scales);
        }
        LogisticRegression model = LogisticRegression.fit(standardised, labels, lambda, settings.tolerance(),
                settings.maxIterations());
        return new LogisticRegressionModel(means, scales, model, classCount, lambda);
    }

    private static double[] standardise(double[] row, double[] means, double[] scales) {
        if (row.length != means.length) {
            throw new IllegalArgumentException("a feature row of " + row.length + " values for a model of "
                    + means.length);
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - means[j]) / scales[j];
        }
        return out;
    }

    /** The probability of every run class for one clip's features; sums to 1. */
    public double[] probabilities(double[] features) {
        double[] posterior = new double[classes.length];
        model.predict(standardise(features, means, scales), posterior);
        double[] probabilities = new double[classCount];
        for (int k = 0; k < classes.length; k++) {
            probabilities[classes[k]] = posterior[k];
        }
        return probabilities;
    }

    public double lambda() {
        return lambda;
    }

    /** The run classes the model knows, ascending. */
    public int[] trainedClasses() {
        return Arrays.copyOf(classes, classes.length);
    }
}
