package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunScoresTest {
    private static final List<String> LABELS = List.of("x", "y");
    @TempDir
    Path dir;

    private static Prediction p(String clip, String fold, int trueClass, int predicted) {
        return new Prediction(clip, fold, fold, trueClass, predicted, new double[] {0.5, 0.5});
    }

    private static EpochSummary selected(String fold, double speakerAccuracy) {
        return new EpochSummary(fold, 3, 1, 1, 2, 0.5, 0.5, 0.5, 0.5, Double.NaN, Double.NaN, speakerAccuracy, 1, true);
    }

    @Test
    void aFinishedRunHasItsWrittenMetrics() throws IOException {
        List<Prediction> predictions = List.of(p("a", "f1", 0, 0), p("b", "f2", 1, 0));
        RunMetrics written = RunMetrics.of(LosoReport.of(LABELS, predictions), "last epoch", 0.875);
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            folder.writePredictions(LABELS, predictions);
            folder.writeMetrics(written);
            folder.markDone();
        }

        RunScores scores = RunScores.of(RunResults.read(dir.resolve("run"))).orElseThrow();

        assertThat(scores.metrics()).isEqualTo(written);
        assertThat(scores.partial()).isFalse();
        assertThat(scores.folds()).isEqualTo(2);
        assertThat(scores.speakerHead().accuracy()).isEqualTo(0.875);
    }

    @Test
    void anUnfinishedRunIsScoredFromTheFoldsFinishedSoFar() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            folder.appendHistory(selected("f1", 0.75));
            folder.appendHistory(new EpochSummary("f1", 4, 1, 1, 2, 0.5, 0.5, 0.5, 0.5, Double.NaN, Double.NaN, 0.1, 1, false));
            folder.appendHistory(selected("f2", 0.25));
            folder.writePredictions(LABELS, List.of(p("a", "f1", 0, 0), p("b", "f1", 1, 0), p("c", "f2", 1, 1)));
        }

        RunScores scores = RunScores.of(RunResults.read(dir.resolve("run"))).orElseThrow();

        assertThat(scores.partial()).isTrue();
        assertThat(scores.folds()).isEqualTo(2);
        assertThat(scores.metrics().pooled().wa()).isEqualTo(2.0 / 3);
        assertThat(scores.metrics().labels()).isEqualTo(LABELS);
        assertThat(scores.speakerHead().accuracy()).isEqualTo(0.5);
        assertThat(scores.speakerHead().measuredOn())
                .isEqualTo("the training speakers at each fold's selected epoch (mean over 2 folds)");
    }

    @Test
    void aRunWithoutFinishedFoldsOrSpeakerHeadHasNeither() throws IOException {
        TestRuns.create(dir.resolve("empty")).close();
        assertThat(RunScores.of(RunResults.read(dir.resolve("empty")))).isEmpty();

        try (ExperimentFolder folder = TestRuns.create(dir.resolve("single"))) {
            folder.appendHistory(selected("f1", Double.NaN));
            folder.writePredictions(LABELS, List.of(p("a", "f1", 0, 0)));
        }
        assertThat(RunScores.of(RunResults.read(dir.resolve("single"))).orElseThrow().speakerHead()).isNull();
    }

    @Test
    void inconsistentPredictionsNameTheClip() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            folder.writePredictions(LABELS, List.of(p("a", "f1", 0, 0), p("a", "f2", 0, 0)));
        }
        RunResults results = RunResults.read(dir.resolve("run"));

        assertThatThrownBy(() -> RunScores.of(results)).hasMessage("a: tested twice, in folds f1 and f2");
    }
}
