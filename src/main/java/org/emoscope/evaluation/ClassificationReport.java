package org.emoscope.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * WA, UA, macro-F1 and per-class scores of one confusion matrix.
 *
 * <p>Undefined ratios are resolved so that a class cannot look better than it did and a missing
 * class does not drag the averages:
 * <ul>
 *   <li>precision of a class never predicted (0/0) is 0;</li>
 *   <li>recall and F1 of a class with no true samples are NaN, and that class is left out of UA and
 *       macro-F1 and listed in {@link #excludedFromUa()};</li>
 *   <li>F1 is 0 where precision + recall = 0;</li>
 *   <li>WA, UA and macro-F1 of a matrix without samples are NaN.</li>
 * </ul>
 * This is not a record because every value is derived from the matrix and must stay consistent
 * with it. Immutable and thread-safe.
 */
public final class ClassificationReport {
    /** Printable definition of WA as used throughout Emoscope. */
    public static final String WA_DEFINITION =
            "WA (weighted accuracy) = overall accuracy = correct predictions / all predictions";
    /** Printable definition of UA as used throughout Emoscope. */
    public static final String UA_DEFINITION =
            "UA (unweighted accuracy) = mean over classes of per-class recall; "
                    + "classes with no true samples in the evaluated set are excluded from the mean";

    private final ConfusionMatrix matrix;
    private final List<ClassMetrics> perClass;
    private final List<String> excludedFromUa;
    private final double wa;
    private final double ua;
    private final double macroF1;

    private ClassificationReport(ConfusionMatrix matrix) {
        this.matrix = matrix;
        List<ClassMetrics> classes = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        double recallSum = 0;
        double f1Sum = 0;
        int present = 0;
        for (int c = 0; c < matrix.classCount(); c++) {
            ClassMetrics metrics = classMetrics(matrix, c);
            classes.add(metrics);
            if (metrics.hasSupport()) {
                recallSum += metrics.recall();
                f1Sum += metrics.f1();
                present++;
            } else {
                excluded.add(metrics.label());
            }
        }
        this.perClass = List.copyOf(classes);
        this.excludedFromUa = List.copyOf(excluded);
        long total = matrix.total();
        this.wa = total == 0 ? Double.NaN : matrix.correct() / (double) total;
        this.ua = present == 0 ? Double.NaN : recallSum / present;
        this.macroF1 = present == 0 ? Double.NaN : f1Sum / present;
    }

    /** The report of a matrix. */
    public static ClassificationReport of(ConfusionMatrix matrix) {
        return new ClassificationReport(matrix);
    }

    private static ClassMetrics classMetrics(ConfusionMatrix matrix, int c) {
        long support = matrix.support(c);
        long predicted = matrix.predictedCount(c);
        long tp = matrix.count(c, c);
        double precision = predicted == 0 ? 0 : tp / (double) predicted;
        double recall = support == 0 ? Double.NaN : tp / (double) support;
        // 2tp/(2tp+fp+fn) equals 2PR/(P+R) and gives 0 when tp = 0; support > 0 keeps the denominator positive.
        long falsePositives = predicted - tp;
        long falseNegatives = support - tp;
        double f1 = support == 0 ? Double.NaN : 2.0 * tp / (2.0 * tp + falsePositives + falseNegatives);
        return new ClassMetrics(matrix.labels().get(c), support, predicted, tp, precision, recall, f1);
    }

    public ConfusionMatrix matrix() {
        return matrix;
    }

    /** Per-class scores in label order. */
    public List<ClassMetrics> perClass() {
        return perClass;
    }

    /** Labels of the classes without true samples, left out of UA and macro-F1, in label order. */
    public List<String> excludedFromUa() {
        return excludedFromUa;
    }

    /** Weighted accuracy, see {@link #WA_DEFINITION}. */
    public double wa() {
        return wa;
    }

    /** Unweighted accuracy, see {@link #UA_DEFINITION}. */
    public double ua() {
        return ua;
    }

    /** Mean F1 over the classes with true samples. */
    public double macroF1() {
        return macroF1;
    }

    public long total() {
        return matrix.total();
    }

    public long correct() {
        return matrix.correct();
    }

    /**
     * The per-class table as CSV:
     * {@code class,support,predicted,true_positives,precision,recall,f1}; undefined values are empty.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(Csv.record(
                List.of("class", "support", "predicted", "true_positives", "precision", "recall", "f1")));
        for (ClassMetrics m : perClass) {
            csv.append(Csv.record(List.of(m.label(), Long.toString(m.support()), Long.toString(m.predicted()),
                    Long.toString(m.truePositives()), Csv.number(m.precision()), Csv.number(m.recall()),
                    Csv.number(m.f1()))));
        }
        return csv.toString();
    }

    @Override
    public String toString() {
        return "ClassificationReport[n=" + total() + ", wa=" + wa + ", ua=" + ua + ", macroF1=" + macroF1
                + ", excludedFromUa=" + excludedFromUa + "]";
    }
}
