package org.emoscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.ExperimentRunner;
import org.emoscope.experiment.ReplicatedScores;
import org.emoscope.experiment.SeedGroup;
import org.emoscope.experiment.SeedGroupRunner;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.CurrentThreadTaskExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emoscope resume RUN}: continue a killed, cancelled or failed run from its checkpoints. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continue a stopped run: finished folds are kept, an interrupted fold goes on from its latest checkpoint.")
final class ResumeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "the run folder, or a seed group (its unfinished seeds go on)")
    Path run;

    @Mixin
    FeatureCacheOption featureCache;

    @Override
    public Integer call() {
        if (SeedGroup.isGroup(run)) {
            return resumeGroup();
        }
        TrainingProgressBar bar = new TrainingProgressBar(spec.commandLine().getErr());
        boolean succeeded = new CurrentThreadTaskExecutor().runToEnd(BackgroundTask.of("resume",
                        context -> ExperimentRunner.resume(run, featureCache.cache, context, bar))
                .onSuccess(report -> {
                    bar.finish();
                    spec.commandLine().getOut().println(RunSummaryText.of(run, selectionOf(run), report));
                })
                .onFailure(error -> {
                    bar.finish();
                    spec.commandLine().getErr().println("Resume failed: " + error.getMessage());
                }));
        return succeeded ? 0 : 1;
    }

    private int resumeGroup() {
        TrainingProgressBar bar = new TrainingProgressBar(spec.commandLine().getErr());
        boolean succeeded = new CurrentThreadTaskExecutor().runToEnd(BackgroundTask.of("resume seeds", context -> {
                    SeedGroupRunner.resume(run, featureCache.cache, context, bar);
                    return ReplicatedScores.read(run);
                })
                .onSuccess(scores -> {
                    bar.finish();
                    scores.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
                    spec.commandLine().getOut().println(SeedGroupText.of(run, scores));
                })
                .onFailure(error -> {
                    bar.finish();
                    spec.commandLine().getErr().println("Resume failed: " + error.getMessage());
                }));
        return succeeded ? 0 : 1;
    }

    private static String selectionOf(Path run) {
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            return RunSummaryText.modelSelectionOf(folder);
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
