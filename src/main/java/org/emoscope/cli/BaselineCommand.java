package org.emoscope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.emoscope.experiment.BaselineRunner;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.training.ModelSelection;
import org.emoscope.training.Normalisation;
import org.emoscope.training.Recipe;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.baseline.BaselineFold;
import org.emoscope.training.baseline.BaselineListener;
import org.emoscope.training.baseline.BaselineSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code emoscope baseline}: logistic regression on log-Mel functionals over the folds and normalisation
 * that {@code train} would use with the same flags, into a run folder that reads like a trained one.
 * One line per fold goes to stderr, the results to stdout.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Baseline: L2 logistic regression on per-clip log-Mel functionals, on the folds and "
                + "normalisation `train` would use with the same flags, into a new run folder.",
                "λ is chosen per fold among the --lambda values on a speaker neither tested nor fitted on: the fold's"
                        + " validation speaker, else one training speaker held back (never the test speaker)."})
final class BaselineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "a training configuration (JSON) whose folds and normalisation to use; flags override it")
    Path configFile;

    @Option(names = "--target", paramLabel = "DIR", description = "the target corpus (SAVEE or EMO-DB folder)")
    Path target;

    @Option(names = "--add", paramLabel = "DIR[=FRACTION]",
            description = "another-language corpus added to training, with the share of its clips (default 1)")
    List<String> added = new ArrayList<>();

    @Option(names = "--held-out", paramLabel = "SPEAKER",
            description = "test only these speakers (e.g. savee:DC) instead of leave-one-speaker-out over all")
    List<String> heldOut;

    @Option(names = "--recipe", description = "default or paper, as for train: decides the normalisation and the"
            + " model selection (so the folds) unless --normalisation or --selection say otherwise")
    String recipe;

    @Option(names = "--normalisation", paramLabel = "NAME",
            description = "training-fold, per-speaker (transductive; the default recipe's) or per-utterance")
    String normalisation;

    @Option(names = "--seed", description = "seeds the added-corpus subsample, as for train")
    Long seed;

    @Option(names = "--selection", paramLabel = "POLICY",
            description = "as for train: validation (a validation speaker is set aside and not fitted on),"
                    + " test-oracle or last-epoch (the default recipe's: every non-test speaker is fitted on)")
    String selection;

    @Option(names = "--validation-speakers", paramLabel = "N",
            description = "with --selection validation: speakers each fold sets aside, as for train")
    Integer validationSpeakers;

    @Option(names = "--lambda", paramLabel = "L", split = ",",
            description = "candidate L2 weights λ (default 10,100,1000,10000); one value fixes λ")
    List<Double> lambdas;

    @Mixin
    FeatureCacheOption featureCache;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the new run folder")
    Path out;

    @Override
    public Integer call() throws Exception {
        ConfigProblems problems = new ConfigProblems();
        BaselineSettings settings = BaselineSettings.defaults();
        Optional<TrainingConfig> built = Optional.empty();
        try {
            built = problems.start(configFile, target).map(this::override);
            if (lambdas != null && !lambdas.isEmpty()) {
                settings = settings.withLambdas(lambdas);
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        problems.addAll(settings.validate());
        built.ifPresent(problems::check);
        if (problems.any()) {
            return problems.report(spec.commandLine().getErr());
        }
        TrainingConfig config = built.orElseThrow();
        BaselineSettings chosen = settings;
        BaselineListener progress = new BaselineListener() {
            @Override
            public void foldFinished(BaselineFold fold, int done, int total) {
                long correct = fold.predictions().stream().filter(p -> p.isCorrect()).count();
                spec.commandLine().getErr().println(String.format(Locale.ROOT,
                        "fold %d/%d %s: λ %s, %d/%d test clips right (%.1f s)", done, total, fold.foldId(),
                        plain(fold.lambda()), correct, fold.predictions().size(), fold.seconds()));
            }
        };
        boolean succeeded = new CurrentThreadTaskExecutor().runToEnd(BackgroundTask.of("baseline",
                        context -> new BaselineRunner(config, chosen, featureCache.cache).run(out, context, progress))
                .onSuccess(report -> {
                    spec.commandLine().getOut().println("Model: " + BaselineSettings.MODEL + " ("
                            + BaselineSettings.library() + "), normalisation " + config.normalisation().label());
                    spec.commandLine().getOut().println(RunSummaryText.of(out, chosen.lambdaRule(), report));
                })
                .onFailure(error -> spec.commandLine().getErr().println("Baseline failed: " + error.getMessage())));
        return succeeded ? 0 : 1;
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private TrainingConfig override(TrainingConfig.Builder builder) {
        if (recipe != null) {
            builder.recipe(Recipe.fromLabel(recipe));
        }
        if (target != null) {
            builder.targetCorpus(TrainCommand.absolute(target));
        }
        if (!added.isEmpty()) {
            builder.addedCorpora(TrainCommand.addedCorpora(added));
        }
        if (heldOut != null) {
            builder.heldOutSpeakers(heldOut);
        }
        if (normalisation != null) {
            builder.normalisation(Normalisation.fromLabel(normalisation));
        }
        if (seed != null) {
            builder.seed(seed);
        }
        if (selection != null) {
            builder.modelSelection(ModelSelection.fromLabel(selection));
        }
        if (validationSpeakers != null) {
            builder.validationSpeakers(validationSpeakers);
        }
        return builder.build();
    }
}
