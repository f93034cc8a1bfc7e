package org.emoscope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.emoscope.experiment.ExperimentRunner;
import org.emoscope.experiment.ReplicatedScores;
import org.emoscope.experiment.SeedGroupRunner;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.training.AddedCorpus;
import org.emoscope.training.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code emoscope train}: one training run into a new experiment folder. Progress goes to stderr as a
 * progress bar, results to stdout.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train and evaluate (leave-one-speaker-out by default) into a new run folder;",
                "with --seeds, once per seed into OUT/seed-<seed>/ (a seed group)."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrainingConfigOptions configuration;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the new run folder (with --seeds, the new seed group folder)")
    Path out;

    @Override
    public Integer call() throws Exception {
        ConfigProblems problems = new ConfigProblems();
        Optional<TrainingConfig> built = configuration.build(problems);
        built.ifPresent(problems::check);
        if (problems.any()) {
            return problems.report(spec.commandLine().getErr());
        }
        TrainingConfig config = built.orElseThrow();
        List<Long> seeds;
        try {
            seeds = configuration.options.seeds(config.seed()).orElse(null);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Invalid configuration: " + e.getMessage());
            return 2;
        }
        if (seeds != null) {
            return trainSeeds(config, seeds);
        }
        TrainingProgressBar bar = new TrainingProgressBar(spec.commandLine().getErr());
        boolean succeeded = new CurrentThreadTaskExecutor().runToEnd(BackgroundTask.of("train",
                        context -> new ExperimentRunner(config, configuration.options.cache()).run(out, context, bar))
                .onSuccess(report -> {
                    bar.finish();
                    spec.commandLine().getOut().println("Training: " + config.choicesSummary());
                    spec.commandLine().getOut().println(RunSummaryText.of(out, config.modelSelection().label(), report));
                })
                .onFailure(error -> {
                    bar.finish();
                    spec.commandLine().getErr().println("Training failed: " + error.getMessage());
                }));
        return succeeded ? 0 : 1;
    }

    private int trainSeeds(TrainingConfig config, List<Long> seeds) {
        TrainingProgressBar bar = new TrainingProgressBar(spec.commandLine().getErr());
        SeedGroupRunner runner = new SeedGroupRunner(config, seeds, configuration.options.cache());
        boolean succeeded = new CurrentThreadTaskExecutor().runToEnd(BackgroundTask.of("train seeds", context -> {
                    runner.run(out, context, bar);
                    return ReplicatedScores.read(out);
                })
                .onSuccess(scores -> {
                    bar.finish();
                    spec.commandLine().getOut().println(SeedGroupText.of(out.toAbsolutePath(), scores));
                })
                .onFailure(error -> {
                    bar.finish();
                    spec.commandLine().getErr().println("Training failed: " + error.getMessage());
                }));
        return succeeded ? 0 : 1;
    }

    /** {@code --add DIR[=FRACTION]} values as corpora, named absolutely. */
    static List<AddedCorpus> addedCorpora(List<String> specs) {
        List<AddedCorpus> corpora = new ArrayList<>();
        for (String spec : specs) {
            int equals = spec.lastIndexOf('=');
            corpora.add(equals < 0 ? AddedCorpus.whole(absolute(Path.of(spec)))
                    : new AddedCorpus(absolute(Path.of(spec.substring(0, equals))), fraction(spec, spec.substring(equals + 1))));
        }
        return corpora;
    }

    private static double fraction(String spec, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--add " + spec + ": \"" + text
                    + "\" is not a fraction; give DIR=F with F between 0 and 1, e.g. DIR=0.5");
        }
    }

    /** A run's configuration names its corpora absolutely, so the run folder reads the same from anywhere. */
    static Path absolute(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
