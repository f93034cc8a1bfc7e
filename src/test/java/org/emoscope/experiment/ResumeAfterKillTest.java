package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.emoscope.cli.Main;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.task.Progress;
import org.emoscope.task.TaskContext;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingConfigJson;
import org.emoscope.training.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A training process killed with SIGKILL mid-fold, then resumed: nothing lost, nothing repeated. */
class ResumeAfterKillTest {
    private static final int EPOCHS = 12;

    @TempDir
    Path dir;

    @Test
    @Timeout(600) // only guards against a hung child; nothing is timed
    void killedRunResumesFromItsLatestCheckpointAndFinishes() throws Exception {
        Path config = dir.resolve("tiny.json");
        TrainingConfigJson.write(TrainingConfig.multitask(Path.of("sample-audio/emodb")).toBuilder()
                .architecture(new ModelArchitecture(128, 64, List.of(8, 8, 8), List.of(3, 1, 3), 8, 4, 2, 2, 8, 0.35))
                .maxFrames(64).epochs(EPOCHS).batchSize(32).heldOutSpeakers(List.of("emodb:03")).build(), config);
        Path run = dir.resolve("run");
        Path checkpoint = run.resolve("checkpoints/fold-emodb_03/checkpoint.json");

        Process training = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "train", "--config", config.toString(), "--out", run.toString(), "--cache", dir.resolve("cache").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            while (!Files.exists(checkpoint) || !Files.readString(checkpoint).contains("\"epoch\" : 2")) {
                assertThat(training.isAlive()).as("the child must still be training; log: %s",
                        Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();
                Thread.sleep(50);
            }
            training.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        } finally {
            training.destroyForcibly();
        }
        try (ExperimentFolder killed = ExperimentFolder.open(run)) {
            assertThat(killed.readStatus().state()).isEqualTo(RunState.KILLED);
        }

        ExperimentRunner.resume(run, dir.resolve("cache"), new NeverCancelled(), new TrainingListener() { });

        Path uninterrupted = dir.resolve("uninterrupted");
        new ExperimentRunner(TrainingConfigJson.read(config), dir.resolve("cache"))
                .run(uninterrupted, new NeverCancelled(), new TrainingListener() { });
        try (ExperimentFolder done = ExperimentFolder.open(run);
             ExperimentFolder reference = ExperimentFolder.open(uninterrupted)) {
            assertThat(done.readStatus().state()).isEqualTo(RunState.DONE);
            assertThat(done.readHistory()).extracting(EpochSummary::epoch)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            assertThat(done.readHistory()).filteredOn(EpochSummary::selected).hasSize(1);
            // Resumed from the full training state, the run goes on exactly as if it had never stopped.
            assertThat(done.readHistory()).extracting(EpochSummary::totalLoss)
                    .containsExactlyElementsOf(reference.readHistory().stream().map(EpochSummary::totalLoss).toList());
            assertThat(done.readPredictions().orElseThrow().predictions())
                    .hasSize(28).isEqualTo(reference.readPredictions().orElseThrow().predictions());
        }
    }

    private static final class NeverCancelled implements TaskContext {
        @Override
        public void progress(Progress progress) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
