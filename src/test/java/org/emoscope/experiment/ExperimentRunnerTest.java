package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.emoscope.experiment.TestRuns.NEVER_CANCELLED;
import static org.emoscope.experiment.TestRuns.TINY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.emoscope.model.EmotionNet;
import org.emoscope.task.Progress;
import org.emoscope.task.TaskCancelledException;
import org.emoscope.task.TaskContext;
import org.emoscope.training.ClipAnalysis;
import org.emoscope.training.TrainedModel;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingListener;
import org.emoscope.training.TrainingPhase;
import org.emoscope.training.TrainingProgress;
import org.emoscope.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real (tiny) training runs on the bundled sample corpus, written to a run folder. */
class ExperimentRunnerTest {
    private static final Path SAMPLE_EMODB = Path.of("sample-audio/emodb");

    @TempDir
    Path dir;

    private static TrainingConfig tinyConfig() {
        return TrainingConfig.multitask(SAMPLE_EMODB).toBuilder()
                .architecture(TINY).maxFrames(64).epochs(2).batchSize(32)
                .heldOutSpeakers(List.of("emodb:03")).build();
    }

    /** A task context that cancels itself once training has begun. */
    private static final class CancelOnTraining implements TaskContext, TrainingListener {
        private volatile boolean cancelled;

        @Override
        public void progress(Progress progress) {
        }

        @Override
        public void progress(TrainingProgress progress) {
            if (progress.phase() == TrainingPhase.TRAINING) {
                cancelled = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void finishedRunHasEveryFileAndReadsAsDone() throws Exception {
        Path run = dir.resolve("run");

        LosoReport report = new ExperimentRunner(tinyConfig(), dir.resolve("cache"))
                .run(run, NEVER_CANCELLED, new TrainingListener() { });

        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            assertThat(folder.readStatus().state()).isEqualTo(RunState.DONE);
            assertThat(folder.readHistory()).hasSize(2).filteredOn(EpochSummary::selected).hasSize(1);
            assertThat(folder.readPredictions()).get().satisfies(table ->
                    assertThat(table.predictions()).hasSize(28).allMatch(p -> p.speaker().equals("emodb:03")));
            assertThat(folder.readMetrics()).get().satisfies(metrics -> {
                assertThat(metrics.pooled().wa()).isEqualTo(report.pooled().wa());
                assertThat(metrics.inputFrames()).as("the frames the clips were cut or padded to").isEqualTo(64);
            });
            assertThat(folder.readEnvironment().backend()).startsWith("CPU");
            assertThat(folder.readEnvironment().endTime()).isNotNull();
            assertThat(folder.latestCheckpoint("emodb:03")).get().extracting(Checkpoint::epoch).isEqualTo(2);
            try (EmotionNet model = EmotionNet.load(folder.modelPath("emodb:03"))) {
                assertThat(model.architecture()).isEqualTo(TINY);
                assertThat(EmotionNet.readExtraEntries(folder.modelPath("emodb:03")))
                        .containsKeys(TrainedModel.NORMALISATION_ENTRY, TrainedModel.LABELS_ENTRY,
                                TrainedModel.CONFIG_ENTRY);
            }
        }
    }

    @Test
    void aFeatureCacheThatCannotBeWrittenLosesNoClip() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the cache folder should be");
        Path run = dir.resolve("run");

        new ExperimentRunner(tinyConfig(), notAFolder).run(run, NEVER_CANCELLED, new TrainingListener() { });

        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            assertThat(folder.readStatus().state()).isEqualTo(RunState.DONE);
            assertThat(folder.readPredictions().orElseThrow().predictions()).hasSize(28);
            assertThat(folder.readUnusedClips()).isEmpty();
        }
    }

    @Test
    void aClipThatBreaksDuringTheRunIsListedInTheRunFolder() throws Exception {
        Path corpus = dir.resolve("emodb");
        Folders.copyTree(SAMPLE_EMODB, corpus);
        Path broken = corpus.resolve("wav/03a01Wa.wav");
        TrainingConfig config = tinyConfig().toBuilder().targetCorpus(corpus.toAbsolutePath()).build();
        TrainingListener breaksAClip = new TrainingListener() {
            @Override
            public void progress(TrainingProgress progress) {
                // The corpus was read; its test clips' features come last.
                if (progress.phase() == TrainingPhase.PREPARING_FEATURES) {
                    try {
                        Files.writeString(broken, "overwritten by a text file");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
        Path run = dir.resolve("run");

        new ExperimentRunner(config, dir.resolve("cache")).run(run, NEVER_CANCELLED, breaksAClip);

        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            assertThat(folder.readStatus().state()).isEqualTo(RunState.DONE);
            assertThat(folder.readPredictions().orElseThrow().predictions()).hasSize(27);
            assertThat(folder.readUnusedClips()).containsExactly(new UnusedClips.Entry(
                    corpus.resolve("wav").toAbsolutePath(), "03a01Wa.wav", "not a RIFF/WAVE file"));
        }
    }


    @Test
    void savedFoldModelReproducesTheRunsPredictionForATestClip() throws Exception {
        Path run = dir.resolve("run");
        new ExperimentRunner(tinyConfig(), dir.resolve("cache")).run(run, NEVER_CANCELLED, new TrainingListener() { });

        try (ExperimentFolder folder = ExperimentFolder.open(run);
             TrainedModel model = TrainedModel.load(folder.modelPath("emodb:03"))) {
            Prediction stored = folder.readPredictions().orElseThrow().predictions().stream()
                    .filter(p -> p.clipId().equals("03a01Wa.wav")).findFirst().orElseThrow();
            ClipAnalysis analysis = model.analyse(SAMPLE_EMODB.resolve("wav/03a01Wa.wav"), Optional.of("emodb:03"), 3);

            for (int k = 0; k < analysis.emotions().size(); k++) {
                int runIndex = folder.readPredictions().orElseThrow().labels().indexOf(analysis.emotions().get(k).label());
                assertThat((double) analysis.emotionProbabilities()[k]).isCloseTo(stored.probabilities()[runIndex], within(1e-6));
            }
            assertThat(analysis.alpha()).hasSize(TINY.steps());
            assertThat(analysis.peaks()).hasSize(3).allSatisfy(peak -> {
                assertThat(peak.startSeconds()).isGreaterThanOrEqualTo(0);
                assertThat(peak.endSeconds()).isLessThanOrEqualTo(analysis.seconds());
            });
        }
    }

    @Test
    void cancelledRunStopsBetweenBatchesAndReadsAsCancelled() throws Exception {
        Path run = dir.resolve("run");
        CancelOnTraining cancel = new CancelOnTraining();

        assertThatThrownBy(() -> new ExperimentRunner(tinyConfig(), dir.resolve("cache")).run(run, cancel, cancel))
                .isInstanceOf(TaskCancelledException.class);

        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            assertThat(folder.readStatus().state()).isEqualTo(RunState.CANCELLED);
            assertThat(folder.readHistory()).isEmpty();
        }
    }
}
