package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emoscope.experiment.TestRuns.NEVER_CANCELLED;
import static org.emoscope.experiment.TestRuns.TINY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emoscope.task.Progress;
import org.emoscope.task.TaskCancelledException;
import org.emoscope.task.TaskContext;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingPhase;
import org.emoscope.training.TrainingProgress;
import org.emoscope.training.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grid's tasks, run one by one in any order and then merged, give what one process gives for the same runs. */
class GridTest {
    private static final Path SAMPLE_EMODB = Path.of("sample-audio/emodb").toAbsolutePath();
    private static final List<String> FOLDS = List.of("emodb:03", "emodb:08", "emodb:09", "emodb:10");

    @TempDir
    Path dir;

    private static TrainingConfig tiny(double theta) {
        return TrainingConfig.multitask(SAMPLE_EMODB).toBuilder().architecture(TINY).maxFrames(64).epochs(1)
                .batchSize(32).lossWeights(1, theta).build();
    }

    private static Map<String, TrainingConfig> twoConfigurations() {
        Map<String, TrainingConfig> configurations = new LinkedHashMap<>();
        configurations.put("theta-0", tiny(0));
        configurations.put("theta-1", tiny(1));
        return configurations;
    }

    @Test
    void aMergedGridEqualsOneProcessLosoRunsOfTheSameConfigurations() throws Exception {
        Path grid = dir.resolve("grid");
        GridPlan plan = GridPlan.expand(twoConfigurations(), FOLDS, true, List.of(42L));
        Files.createDirectories(grid);
        plan.write(grid);
        assertThat(GridPlan.read(grid)).isEqualTo(plan);
        assertThat(plan.tasks()).hasSize(8);
        assertThat(plan.task(5).run()).isEqualTo("theta-1/fold-emodb_08");
        assertThat(Files.readAllLines(grid.resolve(GridPlan.TASK_LIST))).containsExactly("0", "1", "2", "3", "4",
                "5", "6", "7");

        // Out of order, as a scheduler may run them; task 2 was killed while its folder was being made.
        Files.createDirectories(grid.resolve(plan.task(2).run()));
        Files.writeString(grid.resolve(plan.task(2).run()).resolve(RunLock.FILE_NAME), "");
        for (int index : new int[] {7, 1, 0, 3, 6, 5, 4}) {
            assertThat(GridTask.run(grid, index, dir.resolve("cache"), NEVER_CANCELLED, new TrainingListener() { }))
                    .isEqualTo(GridTask.Outcome.STARTED);
        }
        assertThat(GridStatus.of(grid).counts()).containsEntry(GridStatus.TaskState.DONE, 7)
                .containsEntry(GridStatus.TaskState.PENDING, 1);
        List<GridMerge.Result> early = GridMerge.merge(grid);
        assertThat(early.get(0).outcome()).isEqualTo(GridMerge.Outcome.REFUSED);
        assertThat(early.get(0).problem()).contains("task 2 (emodb:09) has not started");
        assertThat(GridStatus.of(grid).tasks().get(2).state()).isEqualTo(GridStatus.TaskState.PENDING);
        assertThat(early.get(1).outcome()).isEqualTo(GridMerge.Outcome.MERGED);
        assertThat(grid.resolve("merged/theta-0")).doesNotExist();

        assertThat(GridTask.run(grid, 2, dir.resolve("cache"), NEVER_CANCELLED, new TrainingListener() { }))
                .isEqualTo(GridTask.Outcome.STARTED);
        assertThat(GridTask.run(grid, 2, dir.resolve("cache"), NEVER_CANCELLED, new TrainingListener() { }))
                .isEqualTo(GridTask.Outcome.ALREADY_DONE);
        assertThat(GridStatus.of(grid).allDone()).isTrue();
        List<GridMerge.Result> results = GridMerge.merge(grid);
        assertThat(results).extracting(GridMerge.Result::outcome)
                .containsExactly(GridMerge.Outcome.MERGED, GridMerge.Outcome.MERGED_BEFORE);

        for (String configuration : List.of("theta-0", "theta-1")) {
            Path oneProcess = dir.resolve("one-" + configuration);
            new ExperimentRunner(twoConfigurations().get(configuration), dir.resolve("cache"))
                    .run(oneProcess, NEVER_CANCELLED, new TrainingListener() { });
            Path merged = grid.resolve("merged").resolve(configuration);
            for (String file : List.of(ExperimentFolder.PREDICTIONS_FILE, ExperimentFolder.METRICS_FILE)) {
                assertThat(Files.readString(merged.resolve(file))).as(configuration + " " + file)
                        .isEqualTo(Files.readString(oneProcess.resolve(file)));
            }
            try (ExperimentFolder one = ExperimentFolder.open(oneProcess);
                 ExperimentFolder pooled = ExperimentFolder.open(merged)) {
                assertThat(pooled.readConfig()).isEqualTo(one.readConfig());
                assertThat(pooled.readStatus().state()).isEqualTo(RunState.DONE);
                assertThat(pooled.foldsWithModels()).containsExactlyElementsOf(FOLDS);
                assertThat(pooled.readHistory()).extracting(EpochSummary::foldId)
                        .containsExactlyElementsOf(one.readHistory().stream().map(EpochSummary::foldId).toList());
            }
        }
    }

    @Test
    void aStoppedTaskResumesFromItsCheckpointAndEndsAsIfItHadNotStopped() throws Exception {
        TrainingConfig twoEpochs = tiny(1).toBuilder().epochs(2).build();
        Path grid = dir.resolve("grid");
        GridPlan plan = GridPlan.expand(Map.of("base", twoEpochs), List.of("emodb:08"), false, List.of(42L));
        Files.createDirectories(grid);
        plan.write(grid);
        boolean[] stop = {false};
        TaskContext stopsInEpochTwo = new TaskContext() {
            @Override
            public void progress(Progress progress) {
            }

            @Override
            public boolean isCancelled() {
                return stop[0];
            }
        };
        TrainingListener inTheSecondEpoch = new TrainingListener() {
            @Override
            public void progress(TrainingProgress progress) {
                stop[0] |= progress.phase() == TrainingPhase.TRAINING && progress.epoch() == 2;
            }
        };
        assertThatThrownBy(() -> GridTask.run(grid, 0, dir.resolve("cache"), stopsInEpochTwo, inTheSecondEpoch))
                .isInstanceOf(TaskCancelledException.class);
        assertThat(GridStatus.of(grid).tasks().get(0).state()).isEqualTo(GridStatus.TaskState.CANCELLED);

        assertThat(GridTask.run(grid, 0, dir.resolve("cache"), NEVER_CANCELLED, new TrainingListener() { }))
                .isEqualTo(GridTask.Outcome.RESUMED);

        Path uninterrupted = dir.resolve("uninterrupted");
        new ExperimentRunner(twoEpochs.toBuilder().heldOutSpeakers(List.of("emodb:08")).build(), dir.resolve("cache"))
                .run(uninterrupted, NEVER_CANCELLED, new TrainingListener() { });
        assertThat(Files.readString(grid.resolve(plan.task(0).run()).resolve(ExperimentFolder.PREDICTIONS_FILE)))
                .isEqualTo(Files.readString(uninterrupted.resolve(ExperimentFolder.PREDICTIONS_FILE)));
    }

    @Test
    void seedsAsAnAxisMergeIntoASeedGroup() throws Exception {
        Path grid = dir.resolve("grid");
        GridPlan plan = GridPlan.expand(Map.of("base", tiny(1)), List.of("emodb:03", "emodb:08"), false,
                List.of(7L, 9L));
        Files.createDirectories(grid);
        plan.write(grid);
        assertThat(plan.task(3).run()).isEqualTo("base/seed-9/fold-emodb_08");
        for (int index = 0; index < plan.tasks().size(); index++) {
            GridTask.run(grid, index, dir.resolve("cache"), NEVER_CANCELLED, new TrainingListener() { });
        }

        assertThat(GridMerge.merge(grid)).extracting(GridMerge.Result::name)
                .containsExactly("base/seed-7", "base/seed-9");

        Path group = grid.resolve("merged/base");
        assertThat(SeedGroup.read(group).seeds()).containsExactly(7L, 9L);
        ReplicatedScores scores = ReplicatedScores.read(group);
        assertThat(scores.members()).hasSize(2);
        try (ExperimentFolder merged = ExperimentFolder.open(group.resolve("seed-9"))) {
            // Not every speaker was a fold: the merged run names the speakers it tested.
            assertThat(merged.readConfig().training().heldOutSpeakers()).containsExactly("emodb:03", "emodb:08");
            assertThat(merged.readConfig().training().seed()).isEqualTo(9);
        }
    }

    @Test
    void aTaskTrainedWithAnotherConfigurationIsRefusedByName() throws Exception {
        Path grid = dir.resolve("grid");
        GridPlan plan = GridPlan.expand(Map.of("base", tiny(1)), List.of("emodb:03", "emodb:08"), false,
                List.of(42L));
        Files.createDirectories(grid);
        plan.write(grid);
        GridTask.run(grid, 0, dir.resolve("cache"), NEVER_CANCELLED, new TrainingListener() { });
        // Someone trained the second fold by hand with two epochs instead of one.
        new ExperimentRunner(tiny(1).toBuilder().epochs(2).heldOutSpeakers(List.of("emodb:08")).build(),
                dir.resolve("cache")).run(grid.resolve(plan.task(1).run()), NEVER_CANCELLED, new TrainingListener() { });

        GridMerge.Result result = GridMerge.merge(grid).get(0);

        assertThat(result.outcome()).isEqualTo(GridMerge.Outcome.REFUSED);
        assertThat(result.problem()).contains("fold-emodb_08").contains("epochs 2 instead of 1");
        assertThat(grid.resolve("merged/base")).doesNotExist();
    }

    @Test
    void thePaperFourMergeIntoTheAblationTable() throws Exception {
        Path grid = dir.resolve("grid");
        Map<String, TrainingConfig> four = GridSweep.configurations(tiny(1), Path.of("sample-audio/savee")
                .toAbsolutePath(), List.of());
        GridPlan plan = GridPlan.expand(four, List.of("emodb:03", "emodb:08"), false, List.of(42L));
        Files.createDirectories(grid);
        plan.write(grid);
        for (int index = 0; index < plan.tasks().size(); index++) {
            GridTask.run(grid, index, dir.resolve("cache"), NEVER_CANCELLED, new TrainingListener() { });
        }

        GridMerge.merge(grid);

        assertThat(AblationResults.read(grid.resolve("merged"))).extracting(AblationResults.Row::state)
                .containsOnly(RunState.DONE);
        assertThat(Files.readString(grid.resolve("merged/ablation.md"))).contains("multitask-cross-language");
        assertThat(grid.resolve("merged/ablation.csv")).exists();
    }

    @Test
    void aPlanRefusesNamesThatCannotBeFoldersAndRepeatedFolds() {
        assertThatThrownBy(() -> GridPlan.expand(Map.of("a b", tiny(1)), FOLDS, true, List.of(42L)))
                .hasMessageContaining("\"a b\"");
        assertThatThrownBy(() -> GridPlan.expand(Map.of("a", tiny(1)), List.of("emodb:03", "emodb:03"), false,
                List.of(42L))).hasMessageContaining("fold emodb:03 is listed twice");
        assertThatThrownBy(() -> GridPlan.read(dir)).isInstanceOf(ExperimentFolderException.class)
                .hasMessageContaining("is not a grid");
    }

    @Test
    void anEditedPlanCannotSendATaskOutsideTheGrid() throws Exception {
        Path grid = Files.createDirectories(dir.resolve("grid"));
        GridPlan.expand(Map.of("base", tiny(1)), List.of("emodb:03"), false, List.of(42L)).write(grid);
        String plan = Files.readString(grid.resolve(GridPlan.FILE));

        Files.writeString(grid.resolve(GridPlan.FILE), plan.replace("\"base/fold-emodb_03\"", "\"../elsewhere\""));
        assertThatThrownBy(() -> GridPlan.read(grid)).isInstanceOf(ExperimentFolderException.class)
                .hasMessageContaining("names the run folder \"../elsewhere\"")
                .hasMessageContaining("\"base/fold-emodb_03\"");

        Files.writeString(grid.resolve(GridPlan.FILE), plan.replace("\"base\"", "\"..\"")
                .replace("\"base/fold-emodb_03\"", "\"../fold-emodb_03\""));
        assertThatThrownBy(() -> GridPlan.read(grid)).hasMessageContaining("cannot be a folder name");
    }
}
