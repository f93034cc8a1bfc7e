package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emoscope.experiment.TestRuns.NEVER_CANCELLED;
import static org.emoscope.experiment.TestRuns.TINY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.training.AddedCorpus;
import org.emoscope.training.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four-configuration ablation, run for real with a tiny network on the bundled sample corpus. */
class AblationTest {

    @TempDir
    Path dir;

    private Ablation tinyAblation() {
        return new Ablation(Path.of("sample-audio/savee"), Path.of("sample-audio/emodb"),
                builder -> builder.architecture(TINY).maxFrames(64).epochs(1).batchSize(32)
                        .heldOutSpeakers(List.of("savee:DC")),
                dir.resolve("cache"));
    }

    @Test
    void theFourConfigurationsDifferOnlyInLossWeightsAndAddedCorpus() {
        Ablation ablation = tinyAblation();

        assertThat(ablation.config(Ablation.Configuration.SINGLE_TASK).theta()).isZero();
        assertThat(ablation.config(Ablation.Configuration.MULTITASK).theta()).isPositive();
        assertThat(ablation.config(Ablation.Configuration.SINGLE_TASK).addedCorpora()).isEmpty();
        assertThat(ablation.config(Ablation.Configuration.CROSS_LANGUAGE).addedCorpora())
                .extracting(AddedCorpus::folder).containsExactly(Path.of("sample-audio/emodb"));
        assertThat(ablation.config(Ablation.Configuration.MULTITASK_CROSS_LANGUAGE).theta()).isPositive();
        for (Ablation.Configuration configuration : Ablation.Configuration.values()) {
            assertThat(ablation.config(configuration).epochs()).isEqualTo(1);
            assertThat(ablation.config(configuration).heldOutSpeakers()).containsExactly("savee:DC");
        }
    }

    @Test
    void runsEachConfigurationIntoItsOwnRunAndWritesTheComparisonTable() throws Exception {
        Path out = dir.resolve("ablation");

        List<AblationResults.Row> rows = tinyAblation().run(out, NEVER_CANCELLED, new TrainingListener() { });

        assertThat(rows).extracting(AblationResults.Row::configuration).containsExactly(Ablation.Configuration.values());
        for (Ablation.Configuration configuration : Ablation.Configuration.values()) {
            try (ExperimentFolder run = ExperimentFolder.open(out.resolve(configuration.folder()))) {
                assertThat(run.readStatus().state()).isEqualTo(RunState.DONE);
                assertThat(run.readMetrics()).isPresent();
            }
        }
        String table = Files.readString(out.resolve("ablation.md"));
        assertThat(table).contains("| single-task |", "| multitask-cross-language |", "73.62", "71.11");
        assertThat(Files.readAllLines(out.resolve("ablation.csv"))).hasSize(5)
                .first().asString().startsWith("configuration,gamma,theta,wa,ua,paper_wa,paper_ua,seeds,");
        assertThat(rows).allSatisfy(row -> assertThat(row.ua()).isBetween(0.0, 1.0));
    }
}
