package org.emoscope.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TolerantJsonTest {
    @TempDir
    Path dir;

    @Test
    void ignoresUnknownFieldsAndDefaultsMissingOptionalOnes() throws IOException {
        Path run = runWithFinishedState();
        Files.writeString(run.resolve("environment.json"), """
                {"formatVersion": 1, "appVersion": "0.1.0", "backend": "CPU", "seed": 7,
                 "startTime": "2024-05-01T10:15:30Z", "gpuTemperature": 61, "futureBlock": {"a": [1, 2]}}
                """);

        RunEnvironment environment = ExperimentFolder.open(run).readEnvironment();

        assertThat(environment.seed()).isEqualTo(7);
        assertThat(environment.startTime()).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
        assertThat(environment.corpusFingerprints()).isEmpty();
        assertThat(environment.device()).isNull();
        assertThat(environment.endTime()).isNull();
    }

    @Test
    void readsAFileWithoutFormatVersionAsVersionOne() throws IOException {
        Path run = runWithFinishedState();
        Files.writeString(run.resolve("state.json"), "{\"state\": \"CANCELLED\"}");

        RunStatus status = ExperimentFolder.open(run).readStatus();

        assertThat(status).isEqualTo(new RunStatus(RunState.CANCELLED, null, null));
    }

    @Test
    void refusesANewerFormatVersionNamingTheFile() throws IOException {
        Path run = runWithFinishedState();
        Files.writeString(run.resolve("state.json"), "{\"formatVersion\": 2, \"state\": \"DONE\"}");

        assertThatThrownBy(() -> ExperimentFolder.open(run).readStatus())
                .isInstanceOf(ExperimentFolderException.class)
                .hasMessageContaining(run.resolve("state.json").toString())
                .hasMessageContaining("format version 2");
    }

    @Test
    void namesTheFileAndTheProblemOfDamagedJson() throws IOException {
        Path run = runWithFinishedState();
        Files.writeString(run.resolve("state.json"), "{\"formatVersion\": 1, \"state\": \"DO");
        Files.writeString(run.resolve("environment.json"), "{\"formatVersion\": 1, \"startTime\": \"yesterday\"}");
        ExperimentFolder folder = ExperimentFolder.open(run);

        assertThatThrownBy(folder::readStatus)
                .hasMessageStartingWith(run.resolve("state.json") + ": is not valid JSON");
        assertThatThrownBy(folder::readEnvironment)
                .hasMessageStartingWith(run.resolve("environment.json") + ": does not hold a valid RunEnvironment")
                .hasMessageContaining("yesterday");
    }

    @Test
    void aStateFileWithoutAStateIsDamaged() throws IOException {
        Path run = runWithFinishedState();
        Files.writeString(run.resolve("state.json"), "{\"formatVersion\": 1, \"message\": \"?\"}");

        assertThatThrownBy(() -> ExperimentFolder.open(run).readStatus())
                .isInstanceOf(ExperimentFolderException.class)
                .hasMessageContaining("state");
    }

    private Path runWithFinishedState() throws IOException {
        Path run = dir.resolve("run");
        try (ExperimentFolder folder = TestRuns.create(run)) {
            folder.markDone();
        }
        return run;
    }
}
