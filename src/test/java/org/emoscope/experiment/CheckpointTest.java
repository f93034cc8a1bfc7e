package org.emoscope.experiment;

import org.emoscope.testing.Folders;

import org.emoscope.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {
    private static final String FOLD = "savee:DC";

    @TempDir
    Path dir;

    /** Writes an epoch's model, as the trainer would, then commits it. */
    private static Checkpoint saveEpoch(ExperimentFolder folder, int epoch, int bestEpoch) throws IOException {
        AtomicFiles.write(folder.checkpointPath(FOLD, epoch), ("model " + epoch).getBytes());
        return folder.commitCheckpoint(FOLD, epoch, bestEpoch, 0.5 + bestEpoch / 100.0);
    }

    private Path foldFolder() {
        return dir.resolve("run/checkpoints/fold-savee_DC");
    }

    @Test
    void keepsTheLatestTwoCheckpointsAndTheBest() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            for (int epoch = 1; epoch <= 6; epoch++) {
                saveEpoch(folder, epoch, Math.min(epoch, 2));
            }

            assertThat(Folders.namesIn(foldFolder())).containsExactlyInAnyOrder("checkpoint.json",
                    "epoch-2.zip", "epoch-5.zip", "epoch-6.zip");
        }
    }

    @Test
    void theLatestCheckpointReadsBackWithItsFiles() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            assertThat(folder.latestCheckpoint(FOLD)).isEmpty();
            Checkpoint saved = saveEpoch(folder, 1, 1);
            saveEpoch(folder, 2, 1);
            Checkpoint latest = saveEpoch(folder, 3, 3);

            Checkpoint read = ExperimentFolder.open(dir.resolve("run")).latestCheckpoint(FOLD).orElseThrow();

            assertThat(read).isEqualTo(latest);
            assertThat(read.epoch()).isEqualTo(3);
            assertThat(read.modelFile()).isEqualTo("epoch-3.zip");
            assertThat(read.bestScore()).isEqualTo(0.53);
            assertThat(folder.checkpointPath(FOLD, read.epoch())).hasContent("model 3");
            assertThat(saved.savedAt()).isBeforeOrEqualTo(read.savedAt());
        }
    }

    @Test
    void aKillAfterWritingTheModelButBeforeCommittingLeavesThePreviousCheckpointValid() throws IOException {
        Path run = dir.resolve("run");
        try (ExperimentFolder folder = TestRuns.create(run)) {
            saveEpoch(folder, 1, 1);
            saveEpoch(folder, 2, 2);
            AtomicFiles.write(folder.checkpointPath(FOLD, 3), "model 3".getBytes());
            // Killed here: checkpoint.json half-written in a temporary file, never renamed.
            Files.writeString(foldFolder().resolve(".checkpoint.json.777.tmp"), "{\"formatVersion\":1,\"epo");
        }

        try (ExperimentFolder resumed = ExperimentFolder.resume(run)) {
            Checkpoint latest = resumed.latestCheckpoint(FOLD).orElseThrow();
            assertThat(latest.epoch()).isEqualTo(2);
            assertThat(resumed.checkpointPath(FOLD, 2)).hasContent("model 2");

            saveEpoch(resumed, 3, 3);
            assertThat(resumed.latestCheckpoint(FOLD).orElseThrow().epoch()).isEqualTo(3);
        }
    }

    @Test
    void refusesToCommitACheckpointWhoseFilesAreMissing() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            saveEpoch(folder, 1, 1);
            AtomicFiles.write(folder.checkpointPath(FOLD, 2), "model 2".getBytes());

            assertThatThrownBy(() -> folder.commitCheckpoint(FOLD, 3, 3, 0.9))
                    .isInstanceOf(ExperimentFolderException.class)
                    .hasMessageContaining("epoch-3.zip")
                    .hasMessageContaining("is missing");
            assertThat(folder.latestCheckpoint(FOLD).orElseThrow().epoch()).isEqualTo(1);
        }
    }

    @Test
    void deletesFilesOfEpochsBeyondTheLatestThatAKilledRunNeverCommitted() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            saveEpoch(folder, 1, 1);
            AtomicFiles.write(folder.checkpointPath(FOLD, 9), "orphan".getBytes());
            saveEpoch(folder, 2, 2);

            assertThat(Folders.namesIn(foldFolder())).containsExactlyInAnyOrder("checkpoint.json",
                    "epoch-1.zip", "epoch-2.zip");
        }
    }

    @Test
    void aCheckpointOfAnEarlierDesignWithStateFilesStillReadsAndItsStateFilesRotate() throws IOException {
        Path run = dir.resolve("run");
        try (ExperimentFolder folder = TestRuns.create(run)) {
            AtomicFiles.write(folder.checkpointPath(FOLD, 4), "model 4".getBytes());
            Files.writeString(foldFolder().resolve("epoch-4.rng.bin"), "state");
            Files.writeString(foldFolder().resolve("checkpoint.json"), "{\"formatVersion\":1,\"foldId\":\"savee:DC\","
                    + "\"epoch\":4,\"modelFile\":\"epoch-4.zip\",\"bestEpoch\":4,\"bestScore\":0.6,"
                    + "\"stateFiles\":{\"rng.bin\":\"epoch-4.rng.bin\"},\"savedAt\":\"2026-11-01T10:00:00Z\"}");

            assertThat(folder.latestCheckpoint(FOLD).orElseThrow().epoch()).isEqualTo(4);

            for (int epoch = 5; epoch <= 7; epoch++) {
                saveEpoch(folder, epoch, 7);
            }
            assertThat(Folders.namesIn(foldFolder())).containsExactlyInAnyOrder("checkpoint.json",
                    "epoch-6.zip", "epoch-7.zip");
        }
    }
}
