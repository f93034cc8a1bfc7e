package org.emoscope.training.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Speaker;
import org.emoscope.evaluation.ClassificationReport;
import org.emoscope.evaluation.ConfusionMatrix;
import org.emoscope.evaluation.Prediction;
import org.emoscope.features.LogMelFunctionals;
import org.emoscope.task.TaskContext;
import org.emoscope.training.TrainingListener;
import org.emoscope.training.ClipFeatureSource;
import org.emoscope.training.Fold;
import org.emoscope.training.FoldNormalisation;
import org.emoscope.training.FoldPlan;
import org.emoscope.training.Trainer;
import org.emoscope.training.TrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The baseline over a {@link FoldPlan}: per fold, each clip's natural-length log-Mel is standardised
 * exactly as a network of the same {@link TrainingConfig} would see it ({@link FoldNormalisation#fit}
 * with the config's {@link TrainingConfig#normalisation()}, before any cutting or padding), reduced to
 * {@link LogMelFunctionals}, and a {@link LogisticRegressionModel} is fitted on the fold's training clips,
 * its λ chosen as {@link BaselineSettings} says. Predictions use the run's classes
 * ({@link Trainer#emotionLabels}), so they pool and compare like a network's. Runs on the calling
 * thread; checks for cancellation between fits.
 */
public final class BaselineTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(BaselineTrainer.class);
    /** {@link FoldNormalisation#fit} also prepares network input; the baseline uses only its standardisation. */
    private static final int UNUSED_FRAMES = 1;

    private final TrainingConfig config;
    private final BaselineSettings settings;
    private final ClipFeatureSource features;
    private final BaselineListener listener;

    public BaselineTrainer(TrainingConfig config, BaselineSettings settings, ClipFeatureSource features,
                           BaselineListener listener) {
        List<String> problems = settings.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid baseline settings: " + String.join("; ", problems));
        }
        this.config = config;
        this.settings = settings;
        this.features = features;
        this.listener = listener;
    }

    /** Fits and tests every fold in order. */
    public List<BaselineFold> run(FoldPlan plan, TaskContext context) throws Exception {
        Map<Clip, float[][]> logMels = logMels(plan, context);
        List<Emotion> labels = Trainer.emotionLabels(plan);
        List<BaselineFold> results = new ArrayList<>();
        for (Fold fold : plan.folds()) {
            context.checkCancelled();
            BaselineFold result = runFold(fold, logMels, labels, context);
            results.add(result);
            LOG.info("baseline fold {}: λ {}, {} training clips, {} s", fold.id(),
                    BaselineSettings.format(result.lambda()), result.trainingClips(),
                    String.format(java.util.Locale.ROOT, "%.1f", result.seconds()));
            listener.foldFinished(result, results.size(), plan.folds().size());
        }
        return results;
    }

    private Map<Clip, float[][]> logMels(FoldPlan plan, TaskContext context) throws Exception {
        LinkedHashSet<Clip> clips = new LinkedHashSet<>();
        for (Fold fold : plan.folds()) {
            clips.addAll(fold.trainingClips());
            clips.addAll(fold.validationClips());
            clips.addAll(fold.testClips());
        }
        Map<Clip, float[][]> logMels = new LinkedHashMap<>();
        for (Clip clip : clips) {
            context.checkCancelled();
            try {
                float[][] logMel = features.logMel(clip);
                if (logMel.length == 0 || logMel[0].length == 0) {
                    throw new IllegalArgumentException("no frames");
                }
                logMels.put(clip, logMel);
            } catch (Exception e) {
                listener.clipSkipped(clip, TrainingListener.reasonFor(e));
            }
        }
        return logMels;
    }

    private BaselineFold runFold(Fold fold, Map<Clip, float[][]> logMels, List<Emotion> labels, TaskContext context)
            throws Exception {
        long start = System.nanoTime();
        List<Clip> training = available(fold.trainingClips(), logMels);
        List<Clip> test = available(fold.testClips(), logMels);
        if (training.isEmpty() || test.isEmpty()) {
            throw new BaselineException("fold " + fold.id() + ": no " + (training.isEmpty() ? "training" : "test")
                    + " clip has features");
        }
        LinkedHashSet<Clip> foldClips = new LinkedHashSet<>(training);
        foldClips.addAll(available(fold.validationClips(), logMels));
        foldClips.addAll(test);
        FoldNormalisation normalisation = FoldNormalisation.fit(config.normalisation(), training, foldClips,
                logMels, UNUSED_FRAMES, config.padValue(), false);
        Rows train = rows(training, logMels, normalisation, labels);
        Rows tested = rows(test, logMels, normalisation, labels);

        Selection selection = selection(fold, training, logMels);
        Map<Double, Double> validationUa = new LinkedHashMap<>();
        double lambda = settings.fallbackLambda();
        LogisticRegressionModel chosen = null;
        if (settings.selectsLambda() && selection != null) {
            Rows fitted = selection.innerFit().equals(training) ? train
                    : rows(selection.innerFit(), logMels, normalisation, labels);
            Rows held = rows(selection.heldBack(), logMels, normalisation, labels);
            double best = Double.NEGATIVE_INFINITY;
            for (double candidate : settings.lambdas()) {
                context.checkCancelled();
                LogisticRegressionModel model = fit(fold, fitted, labels, candidate);
                double ua = ua(labels, predict(model, fold, selection.heldBack(), held));
                validationUa.put(candidate, ua);
                if (ua > best || (ua == best && candidate > lambda)) {
                    best = ua;
                    lambda = candidate;
                    chosen = fitted == train ? model : null;
                }
            }
        }
        context.checkCancelled();
        LogisticRegressionModel model = chosen != null ? chosen : fit(fold, train, labels, lambda);
        List<Prediction> predictions = predict(model, fold, test, tested);
        return new BaselineFold(fold.id(), lambda, validationUa,
                selection == null || !settings.selectsLambda() ? List.of() : selection.speakers(),
                training.size(), (System.nanoTime() - start) / 1e9, predictions);
    }

    /**
     * Where λ is chosen: the models are fitted on {@code innerFit} and scored on {@code heldBack}, clips of
     * {@code speakers}, who are never test speakers.
     */
    private record Selection(List<String> speakers, List<Clip> innerFit, List<Clip> heldBack) {
    }

    /**
     * The fold's validation speakers when it has some (the network's validation set; the final model is
     * fitted on the training clips alone, like the network's); otherwise one training speaker of the target
     * corpus held back (the first after the first test speaker in sorted order, wrapping round, as
     * {@link org.emoscope.training.FoldPlan} rotates validation speakers), whose clips go back into the final
     * fit. Null when no speaker can be spared.
     */
    private static Selection selection(Fold fold, List<Clip> training, Map<Clip, float[][]> logMels) {
        if (!fold.validationIsTest()) {
            List<Clip> validation = available(fold.validationClips(), logMels);
            return validation.isEmpty() ? null : new Selection(
                    fold.validationSpeakers().stream().map(Speaker::key).toList(), training, validation);
        }
        List<Speaker> targetSpeakers = training.stream().filter(clip -> clip.corpus() == fold.targetCorpus())
                .map(Clip::speaker).distinct().sorted().toList();
        if (targetSpeakers.size() < 2) {
            return null;
        }
        Speaker first = fold.testSpeakers().get(0);
        Speaker heldBack = targetSpeakers.stream().filter(s -> s.compareTo(first) > 0).findFirst()
                .orElse(targetSpeakers.get(0));
        List<Clip> innerFit = training.stream().filter(clip -> !clip.speaker().equals(heldBack)).toList();
        List<Clip> held = training.stream().filter(clip -> clip.speaker().equals(heldBack)).toList();
        return new Selection(List.of(heldBack.key()), innerFit, held);
    }

    /** Feature rows and class indices of a clip list. */
    private record Rows(double[][] features, int[] labels) {
    }

    private static Rows rows(List<Clip> clips, Map<Clip, float[][]> logMels, FoldNormalisation normalisation,
                             List<Emotion> labels) {
        double[][] features = new double[clips.size()][];
        int[] classes = new int[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            Clip clip = clips.get(i);
            features[i] = LogMelFunctionals.of(
                    normalisation.standardise(logMels.get(clip), Optional.of(clip.speaker().key())));
            classes[i] = labels.indexOf(clip.emotion());
        }
        return new Rows(features, classes);
    }

    private LogisticRegressionModel fit(Fold fold, Rows train, List<Emotion> labels, double lambda)
            throws BaselineException {
        return LogisticRegressionModel.fit(train.features(), train.labels(), labels.size(), lambda, settings,
                "fold " + fold.id());
    }

    private static List<Prediction> predict(LogisticRegressionModel model, Fold fold, List<Clip> clips, Rows rows) {
        List<Prediction> predictions = new ArrayList<>(clips.size());
        for (int i = 0; i < clips.size(); i++) {
            Clip clip = clips.get(i);
            double[] p = model.probabilities(rows.features()[i]);
            predictions.add(new Prediction(clip.relativePath(), fold.id(), clip.speaker().key(), rows.labels()[i],
                    Prediction.mostProbable(p), p));
        }
        return predictions;
    }

    private static double ua(List<Emotion> labels, List<Prediction> predictions) {
        List<String> names = labels.stream().map(Emotion::label).toList();
        return ClassificationReport.of(ConfusionMatrix.of(names, predictions)).ua();
    }

    private static List<Clip> available(List<Clip> clips, Map<Clip, float[][]> logMels) {
        return clips.stream().filter(logMels::containsKey).toList();
    }
}
