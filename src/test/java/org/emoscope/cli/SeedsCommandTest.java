package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingConfigJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code train --seeds}, then {@code evaluate} of the seed group, of one member and {@code --against}, and
 * {@code ensemble} of the group.
 */
class SeedsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void trainsOneRunPerSeedAndEvaluatesTheGroupOverSeeds() throws Exception {
        Path config = dir.resolve("tiny.json");
        TrainingConfigJson.write(TrainingConfig.singleTask(Path.of("sample-audio/emodb")).toBuilder()
                .architecture(new ModelArchitecture(128, 64, List.of(8, 8, 8), List.of(3, 1, 3), 8, 4, 2, 2, 8, 0.35))
                .maxFrames(64).epochs(1).batchSize(32).build(), config);
        Path group = dir.resolve("group");

        int trained = run(new TrainCommand(), "--config", config.toString(), "--held-out", "emodb:08",
                "--seeds", "7,9", "--out", group.toString(), "--cache", dir.resolve("cache").toString());

        assertThat(trained).as(err.toString()).isZero();
        assertThat(group.resolve("seeds.json")).exists();
        assertThat(group.resolve("config.json")).doesNotExist();
        assertThat(seedOf(group.resolve("seed-7"))).isEqualTo(7);
        assertThat(seedOf(group.resolve("seed-9"))).isEqualTo(9);
        assertThat(out.toString()).contains("Seed group").contains("seed-7").contains("seed-9")
                .contains("Mean ± sd over 2 seeds");

        assertThat(run(new EvaluateCommand(), group.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 seeds with results (7, 9)").contains("Per fold (mean ± sd over seeds)")
                .contains("emodb:08");

        // A member on its own still evaluates as an ordinary run.
        assertThat(run(new EvaluateCommand(), group.resolve("seed-9").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Pooled (28 clips)");

        assertThat(run(new EvaluateCommand(), group.toString(), "--against", group.resolve("seed-9").toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Paired comparison over 1 common fold").contains("Wilcoxon p = 1.0000")
                .contains("within noise").contains("cannot fall below 0.05");

        // The seeds combined by their mean probability: a run of its own that evaluate reads like any other.
        Path ensemble = dir.resolve("ensemble");
        assertThat(run(new EnsembleCommand(), group.toString(), "--out", ensemble.toString())).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Member " + group.resolve("seed-7") + ": UA")
                .contains("Model selection: ensemble of 2 runs").contains("Pooled over 1 folds (28 test clips)");
        assertThat(run(new EvaluateCommand(), ensemble.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Model: ensemble of 2 runs").contains("Pooled (28 clips)");
        assertThat(run(new EnsembleCommand(), group.toString(), "--out", ensemble.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("Ensemble not made: ").contains(ensemble.toString())
                .doesNotContain("Exception");

        // A damaged member is named on one line; the other seed still reports.
        Files.writeString(group.resolve("seed-7/metrics.json"), "{ damaged");
        assertThat(run(new EvaluateCommand(), group.toString())).isZero();
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString()
                .contains(group.resolve("seed-7").toString()).doesNotContain("Exception");
        assertThat(out.toString()).contains("1 seed with results (9)");
    }

    private static long seedOf(Path run) throws Exception {
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            return folder.readConfig().training().seed();
        }
    }

    @Test
    void rejectsASeedListThatRepeatsASeed() {
        assertThat(run(new TrainCommand(), "--target", "sample-audio/emodb", "--seeds", "3,3",
                "--out", dir.resolve("g").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("seed 3 is listed twice");
        assertThat(dir.resolve("g")).doesNotExist();
    }
}
