package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AblationResultsTest {
    private static final List<String> LABELS = List.of("x", "y");
    @TempDir
    Path runs;

    private static ObjectNode config(double gamma, double theta) {
        ObjectNode config = new ObjectMapper().createObjectNode();
        config.put("gamma", gamma);
        config.put("theta", theta);
        return config;
    }

    private static Prediction p(String clip, String fold, int trueClass, int predicted) {
        return new Prediction(clip, fold, fold, trueClass, predicted, new double[] {0.5, 0.5});
    }

    @Test
    void findsAblationFoldersAndTheGroupOfTheirRuns() throws IOException {
        Path ablation = runs.resolve("ablation");
        ExperimentFolder.create(ablation.resolve("multitask"), config(1, 1), TestRuns.environment()).close();
        ExperimentFolder.create(runs.resolve("multitask"), config(1, 1), TestRuns.environment()).close();
        TestRuns.create(runs.resolve("plain")).close();
        Files.createDirectories(runs.resolve("figures/single-task"));

        assertThat(AblationResults.foldersIn(runs)).containsExactly(ablation);
        assertThat(AblationResults.groupOf(ablation.resolve("multitask"))).contains(ablation);
        assertThat(AblationResults.groupOf(runs.resolve("multitask"))).contains(runs);
        assertThat(AblationResults.groupOf(runs.resolve("plain"))).isEmpty();
        assertThat(AblationResults.foldersIn(runs.resolve("absent"))).isEmpty();
    }

    @Test
    void readsEachConfigurationBesideThePapersNumbers() throws IOException {
        List<Prediction> predictions = List.of(p("a", "f1", 0, 0), p("b", "f2", 1, 0));
        try (ExperimentFolder done = ExperimentFolder.create(runs.resolve("single-task"), config(1, 0),
                TestRuns.environment())) {
            done.writePredictions(LABELS, predictions);
            done.writeMetrics(RunMetrics.of(LosoReport.of(LABELS, predictions), "validation", null));
            done.markDone();
        }
        try (ExperimentFolder running = ExperimentFolder.create(runs.resolve("multitask"), config(1, 1),
                TestRuns.environment())) {
            running.writePredictions(LABELS, predictions.subList(0, 1));
        }
        ExperimentFolder.create(runs.resolve("cross-language"), config(1, 0), TestRuns.environment()).close();
        Files.writeString(runs.resolve("cross-language/config.json"), "{");

        List<AblationResults.Row> rows = AblationResults.read(runs);

        assertThat(rows).extracting(r -> r.configuration().folder())
                .containsExactly("single-task", "multitask", "cross-language", "multitask-cross-language");
        AblationResults.Row single = rows.get(0);
        assertThat(single.state()).isEqualTo(RunState.DONE);
        assertThat(single.theta()).isZero();
        assertThat(single.wa()).isEqualTo(0.5);
        assertThat(single.folds()).isEqualTo(2);
        assertThat(single.partial()).isFalse();
        assertThat(single.paperWa()).isCloseTo(0.6551, within(1e-12));
        assertThat(single.paperUa()).isCloseTo(0.6470, within(1e-12));
        AblationResults.Row multitask = rows.get(1);
        assertThat(multitask.state()).isEqualTo(RunState.KILLED);
        assertThat(multitask.theta()).isEqualTo(1);
        assertThat(multitask.partial()).isTrue();
        assertThat(multitask.wa()).isEqualTo(1.0);
        assertThat(rows.get(2).problem()).contains("config.json");
        assertThat(rows.get(3).problem()).isEqualTo("not run yet");
        assertThat(rows.get(3).run()).isNull();

        CsvTable table = AblationResults.toTable(rows);
        assertThat(table.rows().get(0)).containsExactly("single-task", "1.0", "0.0", "0.5", "0.5", "0.5",
                Double.toString(Math.sqrt(0.5)), "0.5", Double.toString(Math.sqrt(0.5)), "2", "false",
                Double.toString(65.51 / 100), Double.toString(64.70 / 100), "1", "", "", "", "", "", "", "", "");
        assertThat(table.rows().get(3)).endsWith("not run yet");
    }

    @Test
    void seedGroupConfigurationsAverageOverSeedsAndAreComparedWithSingleTask() throws IOException {
        Path ablation = runs.resolve("table2");
        ReplicatedScoresTest.group(ablation.resolve("single-task"), 0,
                List.of(ReplicatedScoresTest.folds(1, 1, 0, 1, 0, 1), ReplicatedScoresTest.folds(1, 0, 0, 1, 1, 1)));
        ReplicatedScoresTest.group(ablation.resolve("multitask"), 1,
                List.of(ReplicatedScoresTest.folds(2, 2, 2, 2, 2, 2), ReplicatedScoresTest.folds(2, 2, 1, 2, 2, 2)));
        ReplicatedScoresTest.done(ablation.resolve("cross-language"), ReplicatedScoresTest.config(0, 42),
                ReplicatedScoresTest.folds(1, 1, 0, 1, 0, 1));

        List<AblationResults.Row> rows = AblationResults.read(ablation);

        assertThat(AblationResults.foldersIn(runs)).containsExactly(ablation);
        assertThat(AblationResults.groupOf(ablation.resolve("multitask/seed-43"))).contains(ablation.toAbsolutePath());
        AblationResults.Row single = rows.get(0);
        assertThat(single.seeds()).isEqualTo(2);
        assertThat(single.state()).isEqualTo(RunState.DONE);
        assertThat(single.folds()).isEqualTo(6);
        assertThat(single.uaOverFolds().n()).isEqualTo(12);
        assertThat(single.versusSingleTask()).isNull();
        AblationResults.Row multitask = rows.get(1);
        assertThat(multitask.theta()).isEqualTo(1);
        assertThat(multitask.uaOverSeeds().sd()).isPositive();
        // Every one of the six folds improves: exact p = 2 / 2^6.
        assertThat(multitask.versusSingleTask().pValue()).isCloseTo(0.03125, within(1e-12));
        assertThat(multitask.withinNoiseOfSingleTask()).isFalse();
        AblationResults.Row cross = rows.get(2);
        assertThat(cross.seeds()).isEqualTo(1);
        assertThat(cross.withinNoiseOfSingleTask()).isTrue();
        assertThat(rows.get(3).versusSingleTask()).isNull();
        assertThat(AblationResults.toTable(rows).rows().get(1).get(20)).isEqualTo("false");
        assertThat(AblationResults.toTable(rows).rows().get(2).get(20)).isEqualTo("true");
    }
}
