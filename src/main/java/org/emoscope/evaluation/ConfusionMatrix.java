package org.emoscope.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Counts of (true class, predicted class) pairs; rows are true classes, columns predicted ones.
 *
 * <p>Immutable and thread-safe. Matrices of different folds are pooled with {@link #plus}; the
 * clips behind a cell are not kept here but found with {@link Predictions#inCell}.
 */
public final class ConfusionMatrix {
    private final List<String> labels;
    private final long[][] counts;

    private ConfusionMatrix(List<String> labels, long[][] counts) {
        this.labels = labels;
        this.counts = counts;
    }

    /** A matrix with no counts over the given class labels (non-empty, distinct). */
    public static ConfusionMatrix empty(List<String> labels) {
        List<String> checked = checkedLabels(labels);
        return new ConfusionMatrix(checked, new long[checked.size()][checked.size()]);
    }

    /**
     * The matrix of some predictions.
     *
     * @throws IllegalArgumentException naming the clip when a class index is outside the labels
     */
    public static ConfusionMatrix of(List<String> labels, Collection<Prediction> predictions) {
        List<String> checked = checkedLabels(labels);
        int n = checked.size();
        long[][] counts = new long[n][n];
        for (Prediction p : predictions) {
            if (p.trueClass() >= n || p.predictedClass() >= n) {
                throw new IllegalArgumentException(p.clipId() + ": class index " + Math.max(p.trueClass(),
                        p.predictedClass()) + " is outside the " + n + " labels " + checked);
            }
            counts[p.trueClass()][p.predictedClass()]++;
        }
        return new ConfusionMatrix(checked, counts);
    }

    /** A matrix from given counts, {@code counts[true][predicted]}, square over the labels and non-negative. */
    public static ConfusionMatrix ofCounts(List<String> labels, long[][] counts) {
        List<String> checked = checkedLabels(labels);
        int n = checked.size();
        if (counts.length != n) {
            throw new IllegalArgumentException(counts.length + " rows for " + n + " labels " + checked);
        }
        long[][] copy = new long[n][];
        for (int t = 0; t < n; t++) {
            if (counts[t].length != n) {
                throw new IllegalArgumentException("row " + t + " has " + counts[t].length + " columns for "
                        + n + " labels " + checked);
            }
            for (long c : counts[t]) {
                if (c < 0) {
                    throw new IllegalArgumentException("row " + t + " has a negative count " + c);
                }
            }
            copy[t] = counts[t].clone();
        }
        return new ConfusionMatrix(checked, copy);
    }

    private static List<String> checkedLabels(List<String> labels) {
        List<String> copy = List.copyOf(labels);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a confusion matrix needs at least one class label");
        }
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException("class labels must be distinct: " + copy);
        }
        return copy;
    }

    /** The cell-wise sum of this matrix and another over the same labels, e.g. to pool folds. */
    public ConfusionMatrix plus(ConfusionMatrix other) {
        if (!labels.equals(other.labels)) {
            throw new IllegalArgumentException("cannot add confusion matrices over different labels: "
                    + labels + " and " + other.labels);
        }
        int n = labels.size();
        long[][] sum = new long[n][n];
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                sum[t][p] = counts[t][p] + other.counts[t][p];
            }
        }
        return new ConfusionMatrix(labels, sum);
    }

    public List<String> labels() {
        return labels;
    }

    public int classCount() {
        return labels.size();
    }

    public long count(int trueClass, int predictedClass) {
        return counts[trueClass][predictedClass];
    }

    /** How many samples truly belong to a class: its row sum. */
    public long support(int trueClass) {
        return Arrays.stream(counts[trueClass]).sum();
    }

    /** How many samples were predicted as a class: its column sum. */
    public long predictedCount(int predictedClass) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[predictedClass];
        }
        return sum;
    }

    public long total() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    /** The diagonal sum: samples predicted as their true class. */
    public long correct() {
        long sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += counts[c][c];
        }
        return sum;
    }

    /** A copy of the counts, {@code [true][predicted]}. */
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            copy[t] = counts[t].clone();
        }
        return copy;
    }

    /** Each row divided by its sum, so a row shows where one true class went; a row without samples is all 0. */
    public double[][] rowNormalised() {
        int n = labels.size();
        double[][] normalised = new double[n][n];
        for (int t = 0; t < n; t++) {
            long rowSum = support(t);
            for (int p = 0; p < n && rowSum > 0; p++) {
                normalised[t][p] = counts[t][p] / (double) rowSum;
            }
        }
        return normalised;
    }

    /** The counts as CSV: a header {@code true\pred,<labels>}, then one record per true class. */
    public String toCsv() {
        List<String> header = new ArrayList<>();
        header.add("true\\pred");
        header.addAll(labels);
        StringBuilder csv = new StringBuilder(Csv.record(header));
        for (int t = 0; t < labels.size(); t++) {
            List<String> row = new ArrayList<>();
            row.add(labels.get(t));
            for (long c : counts[t]) {
                row.add(Long.toString(c));
            }
            csv.append(Csv.record(row));
        }
        return csv.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix other
                && labels.equals(other.labels) && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(labels, Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + labels + Arrays.deepToString(counts);
    }
}
