package org.emoscope.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.emoscope.features.ClipFeatureExtractor;
import org.emoscope.features.LogMelFunctionals;
import org.emoscope.task.TaskCancelledException;
import org.emoscope.task.TaskContext;
import org.emoscope.training.FoldPlan;
import org.emoscope.training.Trainer;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingConfigJson;
import org.emoscope.training.baseline.BaselineFold;
import org.emoscope.training.baseline.BaselineListener;
import org.emoscope.training.baseline.BaselineSettings;
import org.emoscope.training.baseline.BaselineTrainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A baseline run from configuration to finished experiment folder, written like a network run so
 * that {@code evaluate}, the Results view and Compare read it unchanged:
 * <pre>
 * config.json       "config": the fold-deciding fields of the {@link TrainingConfig} (corpora, held-out
 *                   speakers, added corpora, balance, features, seed, model selection, validation
 *                   speakers, normalisation) plus "model" ({@link BaselineSettings#MODEL}) and
 *                   "baseline" (the classifier settings); no network fields
 * baseline.json     the classifier and each fold's λ ({@link BaselineRecord})
 * environment.json, state.json, predictions.csv (with probabilities), metrics.json  as for a network run
 * </pre>
 * There is no {@code models/}, {@code checkpoints/} or {@code history.csv}: nothing trains by epochs.
 * The folds are {@link FoldPlan#of} of the same configuration, so they are a network run's folds.
 * Runs on the calling (background) thread; loads no ND4J.
 */
public final class BaselineRunner {
    /** The field of {@code config.json}'s configuration that names a run's model when it is not the network. */
    private static final Logger LOG = LoggerFactory.getLogger(BaselineRunner.class);
    /** The configuration fields that decide folds, features and normalisation; the rest are the network's. */
    private static final List<String> FOLD_FIELDS = List.of("formatVersion", "targetCorpus", "heldOutSpeakers",
            "addedCorpora", "balanceLanguages", "features", "seed", "modelSelection", "validationSpeakers",
            "normalisation");

    private final TrainingConfig config;
    private final BaselineSettings settings;
    private final Path featureCache;

    /**
     * @param config       decides folds, features and normalisation, exactly as for {@code train}
     * @param featureCache where log-Mel features are cached between runs
     */
    public BaselineRunner(TrainingConfig config, BaselineSettings settings, Path featureCache) {
        this.config = config;
        this.settings = settings;
        this.featureCache = featureCache;
    }

    /**
     * Runs the baseline into a new run folder {@code runDirectory} and returns the pooled LOSO report.
     *
     * @throws TaskCancelledException when cancelled; the folder then says CANCELLED
     */
    public LosoReport run(Path runDirectory, TaskContext context, BaselineListener listener) throws Exception {
        ExperimentRunner.Corpora corpora = ExperimentRunner.readCorpora(config);
        FoldPlan plan = FoldPlan.of(config, corpora.target(), corpora.added());
        corpora.target().problems().forEach(p -> LOG.warn("{} {}", p, p.consequence()));
        String backend = "CPU (" + BaselineSettings.library() + ", pure Java)";
        String device = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.arch");
        RunEnvironment environment = RunEnvironment.current(backend, device, config.seed(),
                ExperimentRunner.fingerprints(corpora), Instant.now());
        LOG.info("baseline on {}: {} folds, {}", backend, plan.folds().size(), settings.lambdaRule());
        try (ExperimentFolder folder = ExperimentFolder.create(runDirectory, configTree(config, settings), environment)) {
            return folder.finishWith(() -> fit(folder, plan, context, listener));
        }
    }

    private LosoReport fit(ExperimentFolder folder, FoldPlan plan, TaskContext context, BaselineListener listener)
            throws Exception {
        ClipFeatureExtractor extractor = ClipFeatureExtractor.cached(config.features(), featureCache);
        UnusedClips.Recorder unusedClips = new UnusedClips.Recorder(folder);
        BaselineListener logging = new BaselineListener() {
            @Override
            public void clipSkipped(Clip clip, String reason) {
                unusedClips.record(clip, reason);
                listener.clipSkipped(clip, reason);
            }

            @Override
            public void foldFinished(BaselineFold fold, int done, int total) {
                listener.foldFinished(fold, done, total);
            }
        };
        List<BaselineFold> folds = new BaselineTrainer(config, settings, clip -> extractor.logMel(clip.path()), logging)
                .run(plan, context);
        List<String> labels = Trainer.emotionLabels(plan).stream().map(Emotion::label).toList();
        List<Prediction> predictions = new ArrayList<>();
        folds.forEach(fold -> predictions.addAll(fold.predictions()));
        folder.writePredictions(labels, predictions);
        LosoReport report = LosoReport.of(labels, predictions);
        folder.writeMetrics(RunMetrics.of(report, settings.lambdaRule(), null));
        record(folds).write(folder.directory());
        return report;
    }

    private BaselineRecord record(List<BaselineFold> folds) {
        List<BaselineRecord.Fold> records = folds.stream().map(fold -> new BaselineRecord.Fold(fold.foldId(),
                fold.lambda(), fold.validationUa().entrySet().stream()
                        .map(e -> new BaselineRecord.Candidate(e.getKey(), e.getValue())).toList(),
                fold.selectedOn(), fold.trainingClips(), fold.seconds())).toList();
        return new BaselineRecord(BaselineSettings.MODEL, BaselineSettings.library(), classifier(), inputs(),
                LogMelFunctionals.FUNCTIONALS, LogMelFunctionals.DELTA_WINDOW,
                LogMelFunctionals.count(config.features().nMels()), config.normalisation().description(),
                settings.lambdaRule(), settings.lambdas(), settings.fallbackLambda(), settings.tolerance(),
                settings.maxIterations(), records);
    }

    private static String classifier() {
        return "multinomial logistic regression with L2 penalty ½·λ·‖W‖² on the summed log-loss"
                + " (smile.classification.LogisticRegression, L-BFGS; binomial for two classes)";
    }

    private String inputs() {
        return LogMelFunctionals.FUNCTIONALS.size() + " functionals of each of " + config.features().nMels()
                + " log-Mel bands over the clip's real frames (no padding), after the run's normalisation ("
                + config.normalisation().label() + "); then standardised with the training clips' mean and sd";
    }

    /** {@code config.json}'s configuration of a baseline run: the fold-deciding fields, the model and its settings. */
    static ObjectNode configTree(TrainingConfig config, BaselineSettings settings) throws IOException {
        JsonNode full = JsonFiles.MAPPER.readTree(TrainingConfigJson.toJson(config));
        ObjectNode tree = JsonFiles.MAPPER.createObjectNode();
        // First, so that even a one-line summary of the configuration says what the run is.
        tree.put(RunConfig.MODEL_FIELD, BaselineSettings.MODEL);
        for (String field : FOLD_FIELDS) {
            if (full.has(field)) {
                tree.set(field, full.get(field));
            }
        }
        ObjectNode baseline = tree.putObject("baseline");
        baseline.put("library", BaselineSettings.library());
        baseline.put("classifier", classifier());
        baseline.set("functionals", JsonFiles.MAPPER.valueToTree(LogMelFunctionals.FUNCTIONALS));
        baseline.put("lambdaRule", settings.lambdaRule());
        baseline.set("lambdas", JsonFiles.MAPPER.valueToTree(settings.lambdas()));
        baseline.put("fallbackLambda", settings.fallbackLambda());
        baseline.put("tolerance", settings.tolerance());
        baseline.put("maxIterations", settings.maxIterations());
        return tree;
    }

    /** Whether a run's configuration is a baseline's. */
    public static boolean isBaseline(RunConfig config) {
        return BaselineSettings.isBaseline(config.model().orElse(null));
    }

    /**
     * Refuses to resume a run of another model than the network (a baseline, an ensemble): nothing in it
     * trains by epochs, and it takes seconds to make again.
     *
     * @throws ExperimentFolderException naming the run when it is not a network's
     */
    static void refuseResume(Path runDirectory) throws ExperimentFolderException {
        if (!ExperimentFolder.isRun(runDirectory)) {
            return;
        }
        RunConfig config;
        try {
            config = ExperimentFolder.open(runDirectory).readConfig();
        } catch (ExperimentFolderException e) {
            return; // resume itself reports the damaged file
        }
        if (isBaseline(config)) {
            throw new ExperimentFolderException(runDirectory,
                    "is a baseline run, which has nothing to resume; run `emoscope baseline` again into a new folder");
        }
        if (RunEnsemble.memberCount(config).isPresent()) {
            throw new ExperimentFolderException(runDirectory,
                    "is an ensemble of finished runs, which has nothing to resume; run `emoscope ensemble` again"
                            + " into a new folder");
        }
    }
}
