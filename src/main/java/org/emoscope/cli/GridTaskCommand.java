package org.emoscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.emoscope.experiment.GridTask;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.training.EpochSummary;
import org.emoscope.training.TrainingListener;
import org.emoscope.training.TrainingPhase;
import org.emoscope.training.TrainingProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code emoscope grid task GRID [--index I]}: runs one task of a grid, safely again and again (a done task
 * exits 0 at once, a stopped or requeued one resumes). One line per epoch goes to stderr, which a Slurm log
 * or GNU parallel's output keeps readable, unlike a progress bar.
 */
@Command(name = "task", mixinStandardHelpOptions = true,
        description = {"Run one task of a grid: a done task exits 0, a killed, failed or requeued one resumes from its",
                "checkpoint, a new one starts. The index defaults to $SLURM_ARRAY_TASK_ID."})
final class GridTaskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GRID", description = "the grid folder (grid plan --out)")
    Path grid;

    @Option(names = "--index", paramLabel = "I", description = "the task (default: $SLURM_ARRAY_TASK_ID)")
    Integer index;

    @Mixin
    FeatureCacheOption featureCache;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Integer task = index != null ? index : fromEnvironment("SLURM_ARRAY_TASK_ID");
        if (task == null) {
            err.println("Give --index I, or run inside a Slurm job array (SLURM_ARRAY_TASK_ID is not set)");
            return 2;
        }
        Integer restarts = fromEnvironment("SLURM_RESTART_COUNT");
        if (restarts != null && restarts > 0) {
            err.println("Task " + task + " was requeued " + restarts + " time" + (restarts == 1 ? "" : "s")
                    + "; it continues from its checkpoint");
        }
        boolean succeeded = new CurrentThreadTaskExecutor().runToEnd(BackgroundTask.of("grid task",
                        context -> GridTask.run(grid, task, featureCache.cache, context, new EpochLines(err)))
                .onSuccess(outcome -> spec.commandLine().getOut().println("Task " + task + ": " + switch (outcome) {
                    case ALREADY_DONE -> "done before; nothing to do";
                    case RESUMED -> "resumed and done";
                    case STARTED -> "done";
                }))
                .onFailure(error -> err.println("Task " + task + " failed: " + error.getMessage())));
        return succeeded ? 0 : 1;
    }

    private Integer fromEnvironment(String name) {
        String value = System.getenv(name);
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            spec.commandLine().getErr().println(name + " is \"" + value + "\", not a number; ignored");
            return null;
        }
    }

    /** One line per finished epoch (its one VALIDATING report). */
    private record EpochLines(PrintWriter err) implements TrainingListener {
        @Override
        public void progress(TrainingProgress progress) {
            if (progress.phase() == TrainingPhase.VALIDATING) {
                EpochSummary epoch = progress.lastEpoch().orElseThrow();
                err.println(String.format(Locale.ROOT, "fold %s epoch %d/%d: loss %.3f, training UA %.1f %%, %.1f clips/s",
                        progress.foldId(), epoch.epoch(), progress.epochs(), epoch.totalLoss(), 100 * epoch.trainUa(),
                        progress.samplesPerSecond()));
            }
        }
    }
}
