package org.emoscope.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.emoscope.evaluation.ClassMetrics;

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
     * @param first  the first run's score; NaN when it has none
     * @param second the second run's score; NaN when it has none
     */
    public record Row(Kind kind, String name, double first, double second) {
        public Row {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
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

    private static RunMetrics.Scores pooled(RunMetrics metrics) {
        return metrics.pooled() == null
                ? new RunMetrics.Scores(0, 0, Double.NaN, Double.NaN, Double.NaN, List.of())
                : metrics.pooled();
    }

    private static double recall(RunMetrics metrics, String label) {
        return metrics.perClass().stream().filter(c -> c.label().equals(label))
                .mapToDouble(ClassMetrics::recall).findFirst().orElse(Double.NaN);
    }

    /** The comparison as a table: {@code kind,name,<first run>,<second run>,difference}. */
    public CsvTable toTable() {
        List<List<String>> cells = rows.stream().map(r -> List.of(r.kind() == Kind.SCORE ? "score" : "recall",
                r.name(), CsvTable.number(r.first()), CsvTable.number(r.second()),
                CsvTable.number(r.difference()))).toList();
        return new CsvTable(List.of("kind", "name", firstRun, secondRun, "difference"), cells);
    }
}
