package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunComparisonTest {
    private static Prediction p(String clip, int trueClass, int predicted, int classes) {
        return new Prediction(clip, "f", "s", trueClass, predicted, new double[classes]);
    }

    @Test
    void matchesClassesByLabelAndGivesTheSecondRunsDifference() {
        RunMetrics first = RunMetrics.of(LosoReport.of(List.of("anger", "sadness"), List.of(
                p("a", 0, 0, 2), p("b", 0, 1, 2), p("c", 1, 1, 2), p("d", 1, 1, 2))), "last epoch", null);
        RunMetrics second = RunMetrics.of(LosoReport.of(List.of("anger", "sadness", "fear"), List.of(
                p("a", 0, 0, 3), p("b", 0, 0, 3), p("c", 1, 0, 3), p("d", 2, 2, 3))), "last epoch", null);

        RunComparison comparison = RunComparison.of("single", first, "multi", second);

        assertThat(comparison.rows()).extracting(RunComparison.Row::kind, RunComparison.Row::name,
                RunComparison.Row::first, RunComparison.Row::second).containsExactly(
                tuple(RunComparison.Kind.SCORE, "WA", 0.75, 0.75),
                tuple(RunComparison.Kind.SCORE, "UA", 0.75, 2.0 / 3),
                tuple(RunComparison.Kind.SCORE, "macro-F1", first.pooled().macroF1(), second.pooled().macroF1()),
                tuple(RunComparison.Kind.RECALL, "anger", 0.5, 1.0),
                tuple(RunComparison.Kind.RECALL, "sadness", 1.0, 0.0),
                tuple(RunComparison.Kind.RECALL, "fear", Double.NaN, 1.0));
        assertThat(comparison.rows()).extracting(RunComparison.Row::direction).containsExactly(0, -1,
                (int) Math.signum(second.pooled().macroF1() - first.pooled().macroF1()), 1, -1, 0);
        assertThat(comparison.toTable().header()).containsExactly("kind", "name", "single", "multi", "difference", "folds",
                "ci_low", "ci_high", "wilcoxon_p", "within_noise");
        assertThat(comparison.toTable().rows().get(3)).containsExactly("recall", "anger", "0.5", "1.0", "0.5", "", "", "", "", "");
        assertThat(comparison.toTable().rows().get(5)).containsExactly("recall", "fear", "", "1.0", "", "", "", "", "", "");
    }

    @Test
    void seedGroupsAreComparedByTheirMeansWithEachHeadlineScoreTestedOverFolds(@TempDir Path runs)
            throws IOException {
        ReplicatedScores first = ReplicatedScores.read(ReplicatedScoresTest.group(runs.resolve("a"), 0,
                List.of(ReplicatedScoresTest.folds(1, 1, 1, 1, 1, 1), ReplicatedScoresTest.folds(1, 0, 1, 1, 0, 1))));
        ReplicatedScores second = ReplicatedScores.read(ReplicatedScoresTest.group(runs.resolve("b"), 1,
                List.of(ReplicatedScoresTest.folds(2, 2, 2, 2, 2, 2), ReplicatedScoresTest.folds(2, 2, 2, 2, 2, 2))));

        RunComparison comparison = RunComparison.of("a", first, "b", second);

        RunComparison.Row ua = comparison.rows().get(1);
        assertThat(ua.name()).isEqualTo("UA");
        assertThat(ua.second()).isEqualTo(1.0);
        assertThat(ua.paired().folds()).hasSize(6);
        assertThat(ua.withinNoise()).isFalse();
        assertThat(comparison.rows()).filteredOn(r -> r.kind() == RunComparison.Kind.RECALL)
                .allSatisfy(r -> assertThat(r.withinNoise()).isNull());
        assertThat(comparison.toTable().rows().get(1).get(9)).isEqualTo("false");
    }
}
