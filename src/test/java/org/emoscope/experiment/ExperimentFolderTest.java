package org.emoscope.experiment;

import org.emoscope.training.ArchitecturePreset;
import org.emoscope.testing.Folders;

import org.emoscope.io.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.emoscope.AppVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExperimentFolderTest {
    @TempDir
    Path dir;

    @Test
    void theBundledDemoRunWrittenBeforeTheTypedRecordReadsAsOne() throws IOException {
        // Its config.json still names a configType, as every run written before 2026-12-04 does.
        Path demo = Path.of("sample-audio/demo-run");
        assertThat(Files.readString(demo.resolve("config.json"))).contains("configType");

        RunConfig config = ExperimentFolder.open(demo).readConfig();

        assertThat(config.isNetwork()).isTrue();
        assertThat(config.training().preset()).isEqualTo(ArchitecturePreset.COMPACT);
        assertThat(config.training().heldOutSpeakers()).containsExactly("emodb:03");
        assertThat(RunResults.read(demo).config()).isEqualTo(config);
    }

    @Test
    void createWritesConfigEnvironmentAndRunningStateThatReadBack() throws IOException {
        Path run = dir.resolve("run-1");
        try (ExperimentFolder folder = TestRuns.create(run)) {
            assertThat(folder.isWritable()).isTrue();
        }
        ExperimentFolder folder = ExperimentFolder.open(run);

        RunConfig config = folder.readConfig();
        assertThat(config.training().preset()).isEqualTo(ArchitecturePreset.PAPER);
        assertThat(config.training().epochs()).isEqualTo(30);
        assertThat(config.training().learningRate()).isEqualTo(1e-4);
        assertThat(config.isNetwork()).isTrue();
        assertThat(config.tree().get("preset").asText()).isEqualTo("paper");
        assertThat(Files.readString(run.resolve("config.json"))).doesNotContain("configType");
        RunEnvironment environment = folder.readEnvironment();
        assertThat(environment).isEqualTo(TestRuns.environment());
        assertThat(environment.appVersion()).isEqualTo(AppVersion.get());
        assertThat(environment.java()).contains(System.getProperty("java.version"));
        assertThat(environment.endTime()).isNull();
        assertThat(Files.readString(run.resolve("environment.json"))).contains("\"formatVersion\" : 1");
    }

    @Test
    void refusesToCreateInANonEmptyFolderThatIsNotARunAndLeavesItAlone() throws IOException {
        Files.writeString(dir.resolve("thesis.tex"), "\\chapter{}");

        assertThatThrownBy(() -> TestRuns.create(dir))
                .isInstanceOf(ExperimentFolderException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("not empty and not an Emoscope run");
        assertThat(Folders.namesIn(dir)).containsExactly("thesis.tex");
    }

    @Test
    void refusesToCreateOverAnExistingRun() throws IOException {
        Path run = dir.resolve("run");
        TestRuns.create(run).close();

        assertThatThrownBy(() -> TestRuns.create(run)).hasMessageContaining("already holds a run");
    }

    @Test
    void refusesToOpenAFolderThatIsNotARun() {
        assertThatThrownBy(() -> ExperimentFolder.open(dir))
                .isInstanceOf(ExperimentFolderException.class)
                .hasMessageContaining("is not an Emoscope run");
    }

    @Test
    void finishingRecordsTheStateTheMessageAndTheEndTime() throws IOException {
        Path run = dir.resolve("run");
        try (ExperimentFolder folder = TestRuns.create(run)) {
            assertThat(folder.readStatus().state()).isEqualTo(RunState.RUNNING);
            folder.markFailed("fold savee:DC: loss became NaN at epoch 3");
        }
        ExperimentFolder folder = ExperimentFolder.open(run);

        RunStatus status = folder.readStatus();
        assertThat(status.state()).isEqualTo(RunState.FAILED);
        assertThat(status.message()).isEqualTo("fold savee:DC: loss became NaN at epoch 3");
        assertThat(folder.readEnvironment().endTime()).isAfterOrEqualTo(TestRuns.START);
    }

    @Test
    void aFinishedRunCannotBeFinishedAgain() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            folder.markDone();
            assertThatThrownBy(() -> folder.markCancelled("user")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DONE");
        }
    }

    @Test
    void aReadOnlyFolderRefusesToWrite() throws IOException {
        Path run = dir.resolve("run");
        TestRuns.create(run).close();
        ExperimentFolder folder = ExperimentFolder.open(run);

        assertThatThrownBy(folder::markDone).isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> folder.writePredictions(List.of("a"), List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunHeldInThisJvmReadsAsRunningAndOneClosedWithoutFinishingAsKilled() throws IOException {
        Path run = dir.resolve("run");
        ExperimentFolder writer = TestRuns.create(run);

        assertThat(ExperimentFolder.open(run).readStatus().state()).isEqualTo(RunState.RUNNING);
        // Probing must not have dropped the writer's own lock.
        assertThat(ExperimentFolder.open(run).readStatus().state()).isEqualTo(RunState.RUNNING);
        assertThatThrownBy(() -> ExperimentFolder.resume(run)).isInstanceOf(RunInUseException.class);

        writer.close();
        RunStatus status = ExperimentFolder.open(run).readStatus();
        assertThat(status.state()).isEqualTo(RunState.KILLED);
        assertThat(status.message()).contains("lock was released");
    }

    @Test
    void resumeTakesOverAKilledRunAndClearsItsEndTime() throws IOException {
        Path run = dir.resolve("run");
        TestRuns.create(run).close();
        Files.writeString(run.resolve(".history.csv.99.tmp"), "fold,ep");

        try (ExperimentFolder resumed = ExperimentFolder.resume(run)) {
            RunStatus status = resumed.readStatus();
            assertThat(status.state()).isEqualTo(RunState.RUNNING);
            assertThat(status.message()).isEqualTo("resumed after it was KILLED");
            assertThat(run.resolve(".history.csv.99.tmp")).doesNotExist();
            assertThat(ExperimentFolder.open(run).readStatus().state()).isEqualTo(RunState.RUNNING);
            resumed.markDone();
        }
        assertThatThrownBy(() -> ExperimentFolder.resume(run)).hasMessageContaining("finished (DONE)");
    }

    @Test
    void modelFilesAreNamedByReversibleFoldNames() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            Path model = folder.modelPath("savee:DC");
            assertThat(model).isEqualTo(dir.resolve("run/models/fold-savee_DC.zip"));
            AtomicFiles.write(model, new byte[] {1, 2});
            AtomicFiles.write(folder.modelPath("emodb:03"), new byte[] {3});

            assertThat(folder.foldsWithModels()).containsExactly("emodb:03", "savee:DC");
        }
    }

    @Test
    void aSimulatedCrashDuringAWriteLeavesThePreviousStateReadable() throws IOException {
        Path run = dir.resolve("run");
        try (ExperimentFolder folder = TestRuns.create(run)) {
            // A crash after the temporary file was written but before the rename:
            Files.writeString(run.resolve(".state.json.12345.tmp"), "{\"formatVersion\":1,\"state\":\"DO");

            assertThat(folder.readStatus().state()).isEqualTo(RunState.RUNNING);
            assertThat(ExperimentFolder.open(run).readEnvironment()).isEqualTo(TestRuns.environment());
        }
    }
}
