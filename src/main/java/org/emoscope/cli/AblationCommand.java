package org.emoscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.emoscope.evaluation.PairedComparison;
import org.emoscope.experiment.Ablation;
import org.emoscope.experiment.AblationResults;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.training.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emoscope ablation}: the paper's four configurations and a Table-2-style comparison. */
@Command(name = "ablation", mixinStandardHelpOptions = true,
        description = {"Train single task, multitask, cross-language and multitask cross-language (LOSO each)",
                "into OUT/<configuration>/ and write OUT/ablation.md and OUT/ablation.csv beside the paper's numbers;",
                "with --seeds each configuration is a seed group, and each is compared with single task over folds."})
final class AblationCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "DIR", description = "the target corpus (e.g. SAVEE)")
    Path target;

    @Option(names = "--other", required = true, paramLabel = "DIR", description = "the other-language corpus (e.g. EMO-DB)")
    Path other;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the four runs and the table")
    Path out;

    @Mixin
    TrainingOptions options;

    @Override
    public Integer call() {
        List<Long> seeds;
        try {
            seeds = options.seeds(options.apply(TrainingConfig.defaults(TrainCommand.absolute(target)).toBuilder())
                    .build().seed()).orElse(List.of());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Invalid configuration: " + e.getMessage());
            return 2;
        }
        Ablation ablation = new Ablation(TrainCommand.absolute(target), TrainCommand.absolute(other), options::apply,
                options.cache(), seeds);
        for (Ablation.Configuration configuration : Ablation.Configuration.values()) {
            List<String> problems = ablation.config(configuration).validate();
            if (!problems.isEmpty()) {
                spec.commandLine().getErr().println("Invalid configuration " + configuration.folder() + ":");
                problems.forEach(problem -> spec.commandLine().getErr().println("  - " + problem));
                return 2;
            }
        }
        TrainingProgressBar bar = new TrainingProgressBar(spec.commandLine().getErr());
        boolean succeeded = new CurrentThreadTaskExecutor().runToEnd(BackgroundTask.of("ablation", context -> ablation.run(out, context, bar))
                .onSuccess(rows -> {
                    bar.finish();
                    rows.forEach(row -> spec.commandLine().getOut().println(line(row)));
                    spec.commandLine().getOut().println("Table: " + out.resolve("ablation.md"));
                })
                .onFailure(error -> {
                    bar.finish();
                    spec.commandLine().getErr().println("Ablation failed: " + error.getMessage());
                }));
        return succeeded ? 0 : 1;
    }

    static String line(AblationResults.Row row) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s γ %.2f θ %.2f  WA %6.2f %%  UA %6.2f %%",
                row.configuration().folder(), row.gamma(), row.theta(), 100 * row.wa(), 100 * row.ua()));
        if (row.seeds() > 1) {
            line.append(String.format(Locale.ROOT, " (± %.2f over %d seeds)", 100 * row.uaOverSeeds().sd(), row.seeds()));
        }
        PairedComparison c = row.versusSingleTask();
        if (c != null) {
            line.append(String.format(Locale.ROOT, "  ΔUA vs single task %+.2f pp [%+.2f, %+.2f], p = %.3f, %s",
                    100 * c.meanDifference(), 100 * c.interval().low(), 100 * c.interval().high(), c.pValue(),
                    SeedGroupText.verdict(c)));
        }
        row.memberProblems().forEach(problem -> line.append(System.lineSeparator()).append("  left out: ").append(problem));
        return line.toString();
    }
}
