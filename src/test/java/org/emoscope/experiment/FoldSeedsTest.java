package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emoscope.experiment.TestRuns.NEVER_CANCELLED;
import static org.emoscope.experiment.TestRuns.TINY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.training.SeedScheme;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fold's training depends on the run's seed and the fold's identity, not on where the fold lies in the plan. */
class FoldSeedsTest {
    private static final Path SAMPLE_EMODB = Path.of("sample-audio/emodb");

    @TempDir
    Path dir;

    @Test
    void aFoldTrainedAloneGivesTheSamePredictionsAsThatFoldOfAFullLosoRun() throws Exception {
        TrainingConfig loso = TrainingConfig.multitask(SAMPLE_EMODB).toBuilder()
                .architecture(TINY).maxFrames(64).epochs(2).batchSize(32).build();
        // emodb:09 is the third of the sample corpus's four folds.
        TrainingConfig alone = loso.toBuilder().heldOutSpeakers(List.of("emodb:09")).build();

        new ExperimentRunner(loso, dir.resolve("cache")).run(dir.resolve("loso"), NEVER_CANCELLED,
                new TrainingListener() { });
        new ExperimentRunner(alone, dir.resolve("cache")).run(dir.resolve("alone"), NEVER_CANCELLED,
                new TrainingListener() { });

        List<String> inLoso = foldLines(dir.resolve("loso"), "emodb:09");
        assertThat(inLoso).hasSize(28);
        assertThat(foldLines(dir.resolve("alone"), "emodb:09")).isEqualTo(inLoso);
        try (ExperimentFolder run = ExperimentFolder.open(dir.resolve("alone"))) {
            assertThat(run.readEnvironment().seeds()).isEqualTo(SeedScheme.FOLD_IDENTITY);
        }
    }

    @Test
    void aRunFromBeforeSeedSchemesReadsAsKeyedByFoldPosition() throws Exception {
        Path file = Files.writeString(dir.resolve("environment.json"), """
                {"formatVersion": 1, "appVersion": "0.1.0", "backend": "CPU", "device": "x", "seed": 42,
                 "startTime": "2026-12-02T06:21:19Z"}""");

        RunEnvironment environment = JsonFiles.read(file, RunEnvironment.class);

        assertThat(environment.seeds()).isEqualTo(SeedScheme.FOLD_POSITION);
        assertThat(environment.seedScheme()).isEqualTo(1);
    }

    private static List<String> foldLines(Path run, String fold) throws Exception {
        return Files.readAllLines(run.resolve(ExperimentFolder.PREDICTIONS_FILE)).stream()
                .filter(line -> line.contains("," + fold + ",")).toList();
    }
}
