package org.emoscope.experiment;

import org.emoscope.training.Normalisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunEnsembleTest {
    private static final List<String> LABELS = ReplicatedScoresTest.LABELS;

    @TempDir
    Path runs;

    private static Prediction clip(String id, String fold, int trueClass, double pX) {
        return new Prediction(id, fold, fold, trueClass, pX >= 0.5 ? 0 : 1, new double[] {pX, 1 - pX});
    }

    /** Two folds of two clips; A misses a-y, B misses b-x, each less surely than the other is right. */
    private static List<Prediction> memberA() {
        return List.of(clip("a-x", "a", 0, 0.9), clip("a-y", "a", 1, 0.6), clip("b-x", "b", 0, 0.7),
                clip("b-y", "b", 1, 0.2));
    }

    private static List<Prediction> memberB() {
        return List.of(clip("a-x", "a", 0, 0.7), clip("a-y", "a", 1, 0.1), clip("b-x", "b", 0, 0.4),
                clip("b-y", "b", 1, 0.3));
    }

    private static ObjectNode config(long seed) {
        ObjectNode config = ReplicatedScoresTest.config(1, seed);
        config.put("preset", "compact");
        config.put("normalisation", "per-speaker");
        config.put("targetCorpus", "/data/emodb");
        return config;
    }

    @Test
    void eachClipGetsTheClassOfTheHighestMeanProbability() throws IOException {
        Path a = ReplicatedScoresTest.done(runs.resolve("a"), config(42), memberA());
        Path b = ReplicatedScoresTest.done(runs.resolve("b"), config(43), memberB());

        RunEnsemble ensemble = RunEnsemble.of(List.of(a, b));
        LosoReport report = ensemble.write(runs.resolve("ens"));

        List<Prediction> predictions = ensemble.predictions();
        assertThat(predictions).extracting(Prediction::clipId).containsExactly("a-x", "a-y", "b-x", "b-y");
        assertThat(predictions.get(1).probabilities()[0]).isCloseTo(0.35, within(1e-12));
        // a-x: 0.8 → x ✓; a-y: 0.35 → y ✓; b-x: 0.55 → x ✓; b-y: 0.25 → y ✓ — each member alone misses one clip.
        assertThat(predictions).allMatch(Prediction::isCorrect);
        assertThat(report.pooled().ua()).isEqualTo(1.0);
        assertThat(ensemble.memberUa()).containsExactly(0.75, 0.75);

        ExperimentFolder folder = ExperimentFolder.open(runs.resolve("ens"));
        assertThat(folder.readStatus().state()).isEqualTo(RunState.DONE);
        assertThat(folder.readPredictions().orElseThrow().predictions()).isEqualTo(predictions);
        assertThat(folder.readMetrics().orElseThrow().selectionPolicy()).startsWith("ensemble of 2 runs")
                .endsWith("each member: validation");
        RunConfig written = folder.readConfig();
        assertThat(RunEnsemble.memberCount(written)).contains(2);
        assertThat(written.model()).contains(RunEnsemble.MODEL);
        assertThat(written.training().normalisation()).isEqualTo(Normalisation.PER_SPEAKER);
        JsonNode config = written.tree();
        assertThat(config.path("ensemble").path("members").get(1).path("run").asText()).isEqualTo("b");
        assertThat(config.path("ensemble").path("members").get(1).path("seed").asLong()).isEqualTo(43);
        assertThat(config.has("seed")).as("members differ in seed; the ensemble has none of its own").isFalse();
        assertThat(runs.resolve("ens/models")).doesNotExist();
    }

    @Test
    void aSeedGroupStandsForAllItsSeeds() throws IOException {
        Path group = ReplicatedScoresTest.group(runs.resolve("g"), 1, List.of(memberA(), memberB()));

        RunEnsemble ensemble = RunEnsemble.of(List.of(group));

        assertThat(ensemble.members()).containsExactly(group.resolve("seed-42"), group.resolve("seed-43"));
        assertThat(ensemble.predictions()).allMatch(Prediction::isCorrect);
    }

    @Test
    void membersOnOtherClipsOrStatisticsAreRefusedByNameAndNothingIsWritten() throws IOException {
        Path a = ReplicatedScoresTest.done(runs.resolve("a"), config(42), memberA());
        Path fewer = ReplicatedScoresTest.done(runs.resolve("fewer"), config(43), memberB().subList(0, 3));
        ObjectNode trainingFold = config(44).put("normalisation", "training-fold");
        Path otherStatistics = ReplicatedScoresTest.done(runs.resolve("tf"), trainingFold, memberB());

        assertThatThrownBy(() -> RunEnsemble.of(List.of(a, fewer)))
                .isInstanceOf(ExperimentFolderException.class)
                .hasMessageContaining("fewer").hasMessageContaining("1 of its clips missing (e.g. b b-y)");
        assertThatThrownBy(() -> RunEnsemble.of(List.of(a, otherStatistics)))
                .hasMessageContaining("tf").hasMessageContaining("normalisation \"training-fold\"");
        assertThatThrownBy(() -> RunEnsemble.of(List.of(a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two runs");
        assertThat(runs.resolve("ens")).doesNotExist();
    }

    @Test
    void anUnfinishedRunIsNoMember() throws IOException {
        Path a = ReplicatedScoresTest.done(runs.resolve("a"), config(42), memberA());
        try (ExperimentFolder running = ExperimentFolder.create(runs.resolve("running"), config(43),
                TestRuns.environment())) {
            running.writePredictions(LABELS, memberB());

            assertThatThrownBy(() -> RunEnsemble.of(List.of(a, runs.resolve("running"))))
                    .hasMessageContaining("running").hasMessageContaining("is running, not finished");
        }
    }

    @Test
    void anEnsembleRunIsNotResumedAndNotCombinedAgain() throws IOException {
        Path a = ReplicatedScoresTest.done(runs.resolve("a"), config(42), memberA());
        Path b = ReplicatedScoresTest.done(runs.resolve("b"), config(43), memberB());
        Path ensemble = runs.resolve("ens");
        RunEnsemble.of(List.of(a, b)).write(ensemble);

        assertThatThrownBy(() -> BaselineRunner.refuseResume(ensemble))
                .hasMessageContaining("ensemble of finished runs, which has nothing to resume");
        assertThatThrownBy(() -> RunEnsemble.of(List.of(a, ensemble)))
                .hasMessageContaining("is itself an ensemble");
        assertThat(Files.readString(ensemble.resolve(ExperimentFolder.PREDICTIONS_FILE))).contains("a-y");
    }
}
