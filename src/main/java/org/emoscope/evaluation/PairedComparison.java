package org.emoscope.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Two configurations compared fold by fold on the folds both have (the same test speakers): the
 * difference second − first of one score per fold, its mean, the exact Wilcoxon signed-rank p-value
 * ({@link WilcoxonSignedRank}) and the paired bootstrap 95 % interval of the mean difference
 * ({@link PairedBootstrap}). A difference is <em>within noise</em> when p ≥ {@value #ALPHA} or the
 * interval contains 0 — both have to agree before a difference counts. Immutable.
 *
 * @param folds          the common folds in id order, with both scores and the difference
 * @param meanDifference mean of the differences
 * @param wilcoxon       the signed-rank test of the differences
 * @param interval       the bootstrap interval of the mean difference
 */
public record PairedComparison(List<FoldDifference> folds, double meanDifference, WilcoxonSignedRank.Result wilcoxon,
                               PairedBootstrap.Interval interval) {
    /** The significance level of {@link #withinNoise()}. */
    public static final double ALPHA = 0.05;

    /**
     * One fold of both.
     *
     * @param fold       the fold id
     * @param first      the first configuration's score
     * @param second     the second configuration's score
     */
    public record FoldDifference(String fold, double first, double second) {
        public FoldDifference {
            Objects.requireNonNull(fold, "fold");
        }

        /** second − first. */
        public double difference() {
            return second - first;
        }
    }

    public PairedComparison {
        folds = List.copyOf(folds);
        Objects.requireNonNull(wilcoxon, "wilcoxon");
        Objects.requireNonNull(interval, "interval");
    }

    /**
     * Pairs the scores by fold id; folds only one side has, or where either score is NaN, are left
     * out.
     *
     * @return empty when no fold is common to both
     */
    public static Optional<PairedComparison> of(Map<String, Double> first, Map<String, Double> second) {
        SortedMap<String, Double> sorted = new TreeMap<>(first);
        List<FoldDifference> folds = new ArrayList<>();
        sorted.forEach((fold, a) -> {
            Double b = second.get(fold);
            if (b != null && !a.isNaN() && !b.isNaN()) {
                folds.add(new FoldDifference(fold, a, b));
            }
        });
        if (folds.isEmpty()) {
            return Optional.empty();
        }
        double[] differences = folds.stream().mapToDouble(FoldDifference::difference).toArray();
        double mean = Arrays.stream(differences).average().orElseThrow();
        return Optional.of(new PairedComparison(folds, mean, WilcoxonSignedRank.test(differences),
                PairedBootstrap.meanDifference(differences)));
    }

    /** Whether the difference is within noise: p ≥ {@value #ALPHA} or the interval contains 0. */
    public boolean withinNoise() {
        return wilcoxon.pValue() >= ALPHA || interval.contains(0);
    }

    public double pValue() {
        return wilcoxon.pValue();
    }
}
