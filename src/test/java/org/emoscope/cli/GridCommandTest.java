package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingConfigJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code grid plan}, {@code task}, {@code status} and {@code merge} as a user types them, without Slurm. */
class GridCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine line = new CommandLine(new EmoscopeCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private Path tinyConfig() throws Exception {
        Path config = dir.resolve("tiny.json");
        TrainingConfigJson.write(TrainingConfig.multitask(Path.of("sample-audio/emodb").toAbsolutePath()).toBuilder()
                .architecture(new ModelArchitecture(128, 64, List.of(8, 8, 8), List.of(3, 1, 3), 8, 4, 2, 2, 8, 0.35))
                .maxFrames(64).epochs(1).batchSize(32).build(), config);
        return config;
    }

    @Test
    void plansASweepWithSlurmScriptsRunsItsTasksAndMergesThem() throws Exception {
        Path grid = dir.resolve("G");
        Path site = Files.writeString(dir.resolve("site.json"), """
                {"partition": "gpu", "memory": "8G", "time": "2:00:00", "cpusPerTask": 4, "gpus": 1}""");

        assertThat(run("grid", "plan", "--config", tinyConfig().toString(), "--sweep", "theta=0,1",
                "--held-out", "emodb:03", "--held-out", "emodb:08", "--site", site.toString(), "--partition", "short",
                "--max-parallel", "3", "--out", grid.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("4 tasks = 2 configurations × 1 seed × 2 folds").contains("theta-0")
                .contains("theta-1").contains("bash " + grid.toAbsolutePath().resolve("submit.sh"));
        String submit = Files.readString(grid.resolve("submit.sbatch"));
        assertThat(submit).contains("#SBATCH --array=0-3%3", "#SBATCH --requeue", "#SBATCH --open-mode=append",
                "#SBATCH --signal=B:USR1@300", "#SBATCH --partition=short", "#SBATCH --mem=8G",
                "#SBATCH --time=2:00:00", "#SBATCH --cpus-per-task=4", "#SBATCH --gres=gpu:1",
                "/logs/task-%a.log", "-Dorg.bytedeco.javacpp.maxbytes=", "grid task " + grid.toAbsolutePath(),
                "scontrol requeue");
        assertThat(Files.readString(grid.resolve("merge.sbatch"))).contains("grid merge " + grid.toAbsolutePath())
                .contains("#SBATCH --partition=short");
        assertThat(Files.readString(grid.resolve("submit.sh"))).contains("--dependency=afterok:${array}");
        assertThat(grid.resolve("submit.sh")).isExecutable();
        assertThat(Files.readAllLines(grid.resolve("tasks.txt"))).containsExactly("0", "1", "2", "3");

        assertThat(run("grid", "status", grid.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("0 of 4 tasks done · 4 pending");
        assertThat(run("grid", "merge", grid.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("theta-0: not merged: ").contains("has not started");

        for (String index : List.of("0", "1", "2", "3")) {
            assertThat(run("grid", "task", grid.toString(), "--index", index, "--cache", dir.resolve("c").toString()))
                    .as(err.toString()).isZero();
            assertThat(err.toString()).contains("epoch 1/1: loss");
        }
        assertThat(run("grid", "task", grid.toString(), "--index", "2")).isZero();
        assertThat(out.toString()).contains("Task 2: done before; nothing to do");
        assertThat(run("grid", "status", grid.toString(), "--json")).isZero();
        assertThat(out.toString()).contains("\"DONE\" : 4");

        assertThat(run("grid", "merge", grid.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("theta-1: merged into").contains("2 folds");
        assertThat(run("evaluate", grid.resolve("merged/theta-1").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Pooled (56 clips)");
        assertThat(run("grid", "merge", grid.toString())).isZero();
        assertThat(out.toString()).contains("merged before");
    }

    @Test
    void saysWhatIsWrongWithAPlanAndWritesNothing() throws Exception {
        Path grid = dir.resolve("G");

        assertThat(run("grid", "plan", "--config", tinyConfig().toString(), "--sweep", "fraction=0.5",
                "--sweep", "colour=red", "--mem", "lots", "--out", grid.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("cannot sweep \"colour\"").contains("memory must be Slurm's size syntax")
                .doesNotContain("Exception");
        assertThat(grid).doesNotExist();
        assertThat(run("grid", "task", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Give --index I");
        assertThat(run("grid", "status", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a grid");
    }
}
