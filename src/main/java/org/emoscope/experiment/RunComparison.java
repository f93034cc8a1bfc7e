package org.emoscope.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.emoscope.evaluation.ClassMetrics;
import org.emoscope.evaluation.PairedComparison;

/**
 * Two runs side by side, e.g. single task against multitask: the pooled WA, UA and macro-F1, then
 * each class's recall, and how far the second run is from the first. Classes are matched by label
 * (the first run's order, then classes only the second has); a score one run lacks is NaN. All
 * scores are fractions where higher is better. Immutable.
 *
 * @param firstRun  the first run's name
 * @param secondRun the second run's name
 * @param rows      the headline scores, then one recall per class
 */
public record RunComparison(String firstRun, String secondRun, List<Row> rows) {

    /** What a row compares. */
    public enum Kind {
        /** A pooled headline score. */
        SCORE,
        /** One class's recall. */
        RECALL
    }

    /**
     * One score of both runs.
     *
     * @param name   e.g. "WA" or the class label
     * @param first  the first run's score (mean over its seeds); NaN when it has none
     * @param second the second run's score (mean over its seeds); NaN when it has none
     * @param paired the paired comparison over common folds of a headline score; null for recalls or
     *               when the runs have no fold in common
     */
    public record Row(Kind kind, String name, double first, double second, PairedComparison paired) {
        public Row {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }

        public Row(Kind kind, String name, double first, double second) {
            this(kind, name, first, second, null);
        }

        /** Whether the difference is within noise over folds; null when it was not tested. */
        public Boolean withinNoise() {
            return paired == null ? null : paired.withinNoise();
        }

        /** second − first; NaN when either is missing. */
        public double difference() {
            return second - first;
        }

        /** 1 when the second run scored higher, −1 when lower, 0 when equal or either is missing. */
        public int direction() {
            double difference = difference();
            return Double.isNaN(difference) ? 0 : (int) Math.signum(difference);
        }
    }

    public RunComparison {
        Objects.requireNonNull(firstRun, "firstRun");
        Objects.requireNonNull(secondRun, "secondRun");
        rows = List.copyOf(rows);
    }

    /** Compares the pooled scores and per-class recalls of two runs' metrics. */
    public static RunComparison of(String firstRun, RunMetrics first, String secondRun, RunMetrics second) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Kind.SCORE, "WA", pooled(first).wa(), pooled(second).wa()));
        rows.add(new Row(Kind.SCORE, "UA", pooled(first).ua(), pooled(second).ua()));
        rows.add(new Row(Kind.SCORE, "macro-F1", pooled(first).macroF1(), pooled(second).macroF1()));
        Set<String> labels = new LinkedHashSet<>();
        first.perClass().forEach(c -> labels.add(c.label()));
        second.perClass().forEach(c -> labels.add(c.label()));
        for (String label : labels) {
            rows.add(new Row(Kind.RECALL, label, recall(first, label), recall(second, label)));
        }
        return new RunComparison(firstRun, secondRun, rows);
    }

    /**
     * Compares two configurations, each a run or a seed group: the pooled scores and recalls are
     * means over each side's seeds, and each headline score carries the paired comparison over the
     * folds both have ({@link ReplicatedScores#pairedWith}).
     */
    public static RunComparison of(String firstName, ReplicatedScores first, String secondName,
                                   ReplicatedScores second) {
        List<Row> rows = new ArrayList<>();
        for (ReplicatedScores.Score score : ReplicatedScores.Score.values()) {
            rows.add(new Row(Kind.SCORE, score.label(), first.overSeeds(score).mean(), second.overSeeds(score).mean(),
                    first.pairedWith(second, score).orElse(null)));
        }
        List<RunMetrics> a = first.members().stream().map(m -> m.scores().metrics()).toList();
        List<RunMetrics> b = second.members().stream().map(m -> m.scores().metrics()).toList();
        Set<String> labels = new LinkedHashSet<>();
        a.forEach(m -> m.perClass().forEach(c -> labels.add(c.label())));
        b.forEach(m -> m.perClass().forEach(c -> labels.add(c.label())));
        for (String label : labels) {
            rows.add(new Row(Kind.RECALL, label, meanRecall(a, label), meanRecall(b, label)));
        }
        return new RunComparison(firstName, secondName, rows);
    }

    private static double meanRecall(List<RunMetrics> runs, String label) {
        return runs.stream().mapToDouble(m -> recall(m, label)).average().orElse(Double.NaN);
    }

    private static RunMetrics.Scores pooled(RunMetrics metrics) {
        return metrics.pooled() == null
                ? new RunMetrics.Scores(0, 0, Double.NaN, Double.NaN, Double.NaN, List.of())
                : metrics.pooled();
    }

    private static double recall(RunMetrics metrics, String label) {
        return metrics.perClass().stream().filter(c -> c.label().equals(label))
                .mapToDouble(ClassMetrics::recall).findFirst().orElse(Double.NaN);
    }

    /**
     * The comparison as a table: {@code kind,name,<first run>,<second run>,difference}, and for the
     * headline scores {@code folds,ci_low,ci_high,wilcoxon_p,within_noise} (empty when not tested).
     */
    public CsvTable toTable() {
        List<List<String>> cells = rows.stream().map(r -> List.of(r.kind() == Kind.SCORE ? "score" : "recall",
                r.name(), CsvTable.number(r.first()), CsvTable.number(r.second()),
                CsvTable.number(r.difference()),
                r.paired() == null ? "" : Integer.toString(r.paired().folds().size()),
                r.paired() == null ? "" : CsvTable.number(r.paired().interval().low()),
                r.paired() == null ? "" : CsvTable.number(r.paired().interval().high()),
                r.paired() == null ? "" : CsvTable.number(r.paired().pValue()),
                r.paired() == null ? "" : Boolean.toString(r.paired().withinNoise()))).toList();
        return new CsvTable(List.of("kind", "name", firstRun, secondRun, "difference", "folds", "ci_low", "ci_high",
                "wilcoxon_p", "within_noise"), cells);
    }
}
