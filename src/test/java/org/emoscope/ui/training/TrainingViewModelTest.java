package org.emoscope.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.experiment.Checkpoint;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.training.EpochSummary;
import org.emoscope.experiment.RunState;
import org.emoscope.model.ModelBenchmark;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.ThreadPoolTaskExecutor;
import org.emoscope.training.ArchitecturePreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training workspace without a toolkit, training a tiny network for real on the bundled EMO-DB
 * sample with speaker 03 held out.
 */
class TrainingViewModelTest {
    @TempDir
    Path dir;

    private TrainingViewModel viewModel(TaskExecutor executor) {
        TrainingViewModel viewModel = new TrainingViewModel(
                FXCollections.observableArrayList(SampleCorpora.emoDb(), SampleCorpora.savee()), new CorpusReader(),
                executor, () -> dir.resolve("runs"), dir.resolve("cache"), fixedSpeed());
        TrainingForm form = viewModel.form();
        form.presetProperty().set(ArchitecturePreset.CUSTOM);
        form.convFiltersProperty().set("8, 8, 8");
        form.autoFramesProperty().set(false);
        form.frames().text().set("64");
        form.bottleneck().text().set("8");
        form.lstmUnits().text().set("4");
        form.heads().text().set("2");
        form.epochs().text().set("1");
        form.batchSize().text().set("32");
        form.leaveOneSpeakerOutProperty().set(false);
        form.speakers().get(0).heldOutProperty().set(true);
        form.runNameProperty().set("tiny");
        return viewModel;
    }

    /** 100 clips/s for every network, kept in the test's own speed file; the real measurement has its own test. */
    private TrainingSpeeds fixedSpeed() {
        return new TrainingSpeeds(dir.resolve("training-speed.json"), (network, batch) -> 100);
    }

    @Test
    void theFormSaysHowLongTheRunTakesFromThisMachinesMeasuredSpeed() throws Exception {
        List<String> measured = new ArrayList<>();
        TrainingSpeeds speeds = new TrainingSpeeds(dir.resolve("speeds.json"), (network, batch) -> {
            measured.add(network.frames() + "/" + batch);
            return new ModelBenchmark().training(network, batch, 1).samplesPerSecond();
        });
        TrainingViewModel viewModel = new TrainingViewModel(FXCollections.observableArrayList(SampleCorpora.emoDb()),
                new CorpusReader(), new CurrentThreadTaskExecutor(), () -> dir.resolve("runs"), dir.resolve("cache"),
                speeds);

        assertThat(viewModel.estimateProperty().get()).as("the default recipe on the sample corpus")
                .matches("Takes (under a minute|about \\d+ min) on this machine: 4 folds × 40 epochs × about 84 clips "
                        + "at \\d+ frames, training measured at \\d+ clips/s");
        int measurements = measured.size();
        assertThat(measurements).isPositive();

        viewModel.form().epochs().text().set("80");
        assertThat(viewModel.estimateProperty().get()).as("twice the epochs, same network: no new measurement")
                .contains("× 80 epochs ×");
        assertThat(measured).hasSize(measurements);
        assertThat(Files.readString(dir.resolve("speeds.json"))).contains("batch 32");

        viewModel.form().epochs().text().set("0");
        assertThat(viewModel.estimateProperty().get()).as("no estimate for a form with problems").isEmpty();
    }

    private static RunState stateOf(Path run) throws Exception {
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            return folder.readStatus().state();
        }
    }

    @Test
    void anInvalidFormCannotStart() {
        TrainingViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        assertThat(viewModel.canStartProperty().get()).isTrue();

        viewModel.form().epochs().text().set("0");

        assertThat(viewModel.canStartProperty().get()).isFalse();
        assertThatThrownBy(viewModel::start).isInstanceOf(IllegalStateException.class);
        assertThat(dir.resolve("runs")).doesNotExist();
    }

    @Test
    void aTinyTrainingFinishesIntoANewRunFolderAndReportsItsEnd() throws Exception {
        TrainingViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        List<Boolean> runningSeen = new ArrayList<>();
        viewModel.runningProperty().addListener((obs, old, now) -> runningSeen.add(now));

        viewModel.start();

        Path run = dir.resolve("runs/tiny");
        assertThat(stateOf(run)).isEqualTo(RunState.DONE);
        assertThat(runningSeen).containsExactly(true, false);
        assertThat(viewModel.finishedRunProperty().get().folder()).isEqualTo(run);
        assertThat(viewModel.finishedRunProperty().get().state()).isEqualTo(RunState.DONE);
        assertThat(viewModel.statusProperty().get()).startsWith("Finished tiny: WA ");
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.backendProperty().get()).startsWith("CPU · ");
        assertThat(viewModel.curvesTitleProperty().get()).isEqualTo("Fold 1/1 · emodb:03");
        assertThat(viewModel.curvePoints()).singleElement().satisfies(point -> {
            assertThat(point.epoch()).isEqualTo(1);
            assertThat(point.totalLoss()).isCloseTo(point.gammaLossEmotion() + point.thetaLossSpeaker(), within(1e-9));
            assertThat(point.validationUa()).isBetween(0.0, 1.0);
        });
        assertThat(viewModel.currentRunProperty().get()).isNull();
        assertThat(viewModel.canStartProperty().get()).isTrue();
    }

    @Test
    void aRefusedResumeLeavesNoMovingBarAndSaysWhy() {
        TrainingViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());

        assertThat(viewModel.resume(dir.resolve("runs/not-a-run"))).isTrue();

        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("Not started");
        assertThat(viewModel.progressProperty().get()).isZero();
        assertThat(viewModel.statusProperty().get()).startsWith("Failed not-a-run: ");
    }

    @Test
    void cancellingAfterAnEpochKeepsItsCheckpointAndResumeFinishesTheRun() throws Exception {
        TrainingViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        viewModel.form().epochs().text().set("2");
        List<Boolean> resumeRefused = new ArrayList<>();
        viewModel.curvePoints().addListener((ListChangeListener<EpochSummary>) change -> {
            if (resumeRefused.isEmpty() && viewModel.curvePoints().size() == 1) {
                assertThat(viewModel.canStartProperty().get()).isFalse();
                resumeRefused.add(!viewModel.resume(dir.resolve("runs/other")));
                viewModel.cancel();
            }
        });

        viewModel.start();

        Path run = dir.resolve("runs/tiny");
        assertThat(resumeRefused).containsExactly(true);
        assertThat(stateOf(run)).isEqualTo(RunState.CANCELLED);
        assertThat(viewModel.finishedRunProperty().get().state()).isEqualTo(RunState.CANCELLED);
        assertThat(viewModel.statusProperty().get()).contains("last checkpoint is kept");
        assertThat(viewModel.etaProperty().get()).as("no stale ETA once nothing runs").isEmpty();
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            assertThat(folder.latestCheckpoint("emodb:03")).get().extracting(Checkpoint::epoch).isEqualTo(1);
        }

        assertThat(viewModel.resume(run)).isTrue();

        assertThat(stateOf(run)).isEqualTo(RunState.DONE);
        assertThat(viewModel.finishedRunProperty().get().state()).isEqualTo(RunState.DONE);
        assertThat(viewModel.curvePoints()).extracting(EpochSummary::epoch).containsExactly(1, 2);
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            assertThat(folder.readHistory()).extracting(EpochSummary::epoch).containsExactly(1, 2);
            assertThat(folder.readPredictions()).isPresent();
        }
    }

    @Test
    void stopAndWaitStopsABackgroundTrainingAtACheckpointBoundary() throws Exception {
        ExecutorService fxThread = Executors.newSingleThreadExecutor();
        TaskExecutor executor = new ThreadPoolTaskExecutor(fxThread, 2);
        try {
            TrainingViewModel viewModel = fxThread.submit(() -> viewModel(executor)).get();
            CountDownLatch firstEpoch = new CountDownLatch(1);
            fxThread.submit(() -> {
                viewModel.form().epochs().text().set("200");
                viewModel.curvePoints().addListener((ListChangeListener<EpochSummary>) change -> firstEpoch.countDown());
                viewModel.start();
            }).get();
            assertThat(firstEpoch.await(10, TimeUnit.MINUTES)).isTrue();

            assertThat(viewModel.stopAndWait(Duration.ofMinutes(5))).isTrue();

            Path run = dir.resolve("runs/tiny");
            assertThat(stateOf(run)).isEqualTo(RunState.CANCELLED);
            try (ExperimentFolder folder = ExperimentFolder.open(run)) {
                int checkpoint = folder.latestCheckpoint("emodb:03").orElseThrow().epoch();
                assertThat(checkpoint).isBetween(1, 199);
                assertThat(folder.readHistory()).extracting(EpochSummary::epoch).last().isEqualTo(checkpoint);
            }
        } finally {
            executor.shutdown();
            fxThread.shutdown();
        }
    }

    @Test
    void stopThenRunsAtOnceWhenNothingTrains() {
        TrainingViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        List<String> ran = new ArrayList<>();

        viewModel.stopThen(Duration.ofSeconds(1), () -> ran.add("quit"));

        assertThat(ran).containsExactly("quit");
        assertThat(viewModel.stopAndWait(Duration.ZERO)).isTrue();
    }

    @Test
    void aChosenFolderBecomesTheTargetAndOneWithoutACorpusIsReported() throws Exception {
        TrainingViewModel viewModel = new TrainingViewModel(FXCollections.observableArrayList(), new CorpusReader(),
                new CurrentThreadTaskExecutor(), () -> dir.resolve("runs"), dir.resolve("cache"), fixedSpeed());

        viewModel.openTargetFolder(Path.of("sample-audio/savee"));
        assertThat(viewModel.form().targetProperty().get().kind().id()).isEqualTo("savee");
        assertThat(viewModel.folderProblemProperty().get()).isEmpty();

        Path empty = Files.createDirectory(dir.resolve("empty"));
        viewModel.openTargetFolder(empty);
        assertThat(viewModel.folderProblemProperty().get()).startsWith(empty + ": ");
        assertThat(viewModel.form().targetProperty().get().kind().id()).isEqualTo("savee");
    }
}
