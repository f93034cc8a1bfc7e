package org.emoscope.training;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.evaluation.ClassificationReport;
import org.emoscope.evaluation.ConfusionMatrix;
import org.emoscope.evaluation.Prediction;
import org.emoscope.evaluation.SpeakerAccuracy;
import org.emoscope.model.Batch;
import org.emoscope.model.EmotionNet;
import org.emoscope.model.ForwardResult;
import org.emoscope.model.StepLosses;
import org.emoscope.task.TaskContext;

/**
 * Trains the folds of a {@link FoldPlan} the paper's way: per fold a fresh network, mini-batches of
 * shuffled training clips, γ·L_emotion + θ·L_speaker with RMSProp, and after every epoch a score on
 * the fold's validation clips from which {@link ModelSelectionPolicy} picks the kept epoch. The kept
 * epoch's predictions for the test clips are the fold's result.
 *
 * <p>Features are computed once for the whole run (through the cache), then normalised per fold with
 * statistics of that fold's training clips only ({@link FoldNormalisation}). Predictions use the
 * run's emotion labels ({@link #emotionLabels(FoldPlan)}), so folds pool into one confusion matrix.
 *
 * <p>Runs on the calling (background) thread; cancellation is checked between batches. Same config,
 * seed, {@link SeedScheme} and backend give the same result on CPU.
 */
public final class Trainer {
    /** Clips per inference call: bounds the native memory of a forward pass. */
    private static final int PREDICT_CHUNK = 16;
    /** Training clips re-scored after each epoch for train WA/UA and speaker accuracy (a fixed sample). */
    static final int TRAIN_PROBE_CLIPS = 64;

    private final TrainingConfig config;
    private final ClipFeatureSource features;
    private final TrainingListener listener;
    private final ModelSelectionPolicy policy;
    private final SeedScheme seeds;

    /** @param seeds how each fold's random streams are keyed: {@link SeedScheme#CURRENT}, or a resumed run's own */
    public Trainer(TrainingConfig config, SeedScheme seeds, ClipFeatureSource features, TrainingListener listener) {
        List<String> problems = config.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid training config: " + String.join("; ", problems));
        }
        this.config = config;
        this.features = features;
        this.listener = listener;
        this.policy = ModelSelectionPolicy.of(config);
        this.seeds = seeds;
    }

    /** The emotion classes of the whole run: every fold's, in {@link Emotion} order. */
    public static List<Emotion> emotionLabels(FoldPlan plan) {
        TreeSet<Emotion> all = new TreeSet<>();
        plan.folds().forEach(fold -> all.addAll(fold.labels().emotions()));
        return List.copyOf(all);
    }

    /** Trains every fold in order and returns their results. */
    public List<FoldResult> train(FoldPlan plan, TaskContext context) throws Exception {
        return train(plan, context, ResumeSource.NONE);
    }

    /**
     * Trains the folds an interrupted run has not finished: finished folds are taken as they are,
     * an interrupted fold goes on after its last checkpointed epoch.
     */
    public List<FoldResult> train(FoldPlan plan, TaskContext context, ResumeSource resume) throws Exception {
        Map<Clip, float[][]> logMels = computeFeatures(plan, context);
        int frames = inputFrames(config, logMels.values());
        listener.inputFramesChosen(frames);
        List<Emotion> runLabels = emotionLabels(plan);
        RunClock clock = new RunClock(plan, config, logMels);
        List<FoldResult> results = new ArrayList<>();
        for (Fold fold : plan.folds()) {
            Optional<FoldResult> finished = resume.finished(fold);
            if (finished.isPresent()) {
                clock.skip((long) available(fold.trainingClips(), logMels).size() * config.epochs());
                results.add(finished.get());
            } else {
                results.add(trainFold(fold, plan.folds().size(), logMels, frames, runLabels, clock, context, resume));
            }
        }
        return results;
    }

    /**
     * The frames every clip is cut or padded to: the configured count, or under {@link TrainingConfig#AUTO_FRAMES}
     * the longest clip of the run (so nothing is cut), at most {@link TrainingConfig#PAPER_FRAMES}.
     */
    static int inputFrames(TrainingConfig config, Collection<float[][]> logMels) {
        return inputFrames(config, logMels.stream().mapToInt(m -> m.length == 0 ? 0 : m[0].length).max().orElse(1));
    }

    /** {@link #inputFrames(TrainingConfig, Collection)} given the longest clip's frame count. */
    static int inputFrames(TrainingConfig config, int longestClipFrames) {
        if (config.maxFrames() != TrainingConfig.AUTO_FRAMES) {
            return config.maxFrames();
        }
        int atLeast = config.architecture().receptiveFrames();
        return Math.max(atLeast, Math.min(TrainingConfig.PAPER_FRAMES, longestClipFrames));
    }

    private Map<Clip, float[][]> computeFeatures(FoldPlan plan, TaskContext context) throws Exception {
        Set<Clip> clips = plan.clips();
        Map<Clip, float[][]> logMels = new LinkedHashMap<>();
        int done = 0;
        Fold first = plan.folds().get(0);
        for (Clip clip : clips) {
            context.checkCancelled();
            try {
                logMels.put(clip, features.logMel(clip));
            } catch (Exception e) {
                listener.clipSkipped(clip, TrainingListener.reasonFor(e));
            }
            done++;
            if (done % 16 == 0 || done == clips.size()) {
                report(context, TrainingProgress.preparingFeatures(plan.folds().size(), first.id(), config.epochs(),
                        done, clips.size()));
            }
        }
        return logMels;
    }

    private FoldResult trainFold(Fold fold, int foldCount, Map<Clip, float[][]> logMels, int frames,
                                 List<Emotion> runLabels, RunClock clock, TaskContext context, ResumeSource resume)
            throws Exception {
        List<Clip> training = available(fold.trainingClips(), logMels);
        if (training.isEmpty()) {
            throw new IllegalStateException("fold " + fold.id() + ": no training clip has usable features");
        }
        List<Clip> foldClips = new ArrayList<>(training);
        foldClips.addAll(available(fold.validationClips(), logMels));
        foldClips.addAll(available(fold.testClips(), logMels));
        FoldNormalisation normalisation = FoldNormalisation.fit(config.normalisation(), training,
                new LinkedHashSet<>(foldClips), logMels, frames, config.padValue(), config.maskPadding());
        LabelMaps labels = fold.labels();
        int minFrames = config.architecture().receptiveFrames();
        FoldClips train = FoldClips.of(training, logMels, normalisation, labels, minFrames);
        FoldClips validation = FoldClips.of(available(fold.validationClips(), logMels), logMels, normalisation, labels,
                minFrames);
        FoldClips test = FoldClips.of(available(fold.testClips(), logMels), logMels, normalisation, labels, minFrames);
        long foldKey = seeds.foldKey(fold);
        FoldClips trainProbe = train.subset(shuffled(train.size(), foldKey, 0), TRAIN_PROBE_CLIPS);

        int batches = (train.size() + config.batchSize() - 1) / config.batchSize();
        long totalSteps = (long) batches * config.epochs();
        long warmupSteps = Math.min((long) batches * config.warmupEpochs(), totalSteps / 2);
        Optional<FoldResume> resumed = resume.interrupted(fold, normalisation);
        List<EpochSummary> history = new ArrayList<>(resumed.map(FoldResume::history).orElse(List.of()));
        // A fold that had already stopped early trains no further.
        int firstEpoch = !history.isEmpty() && policy.shouldStop(history) ? config.epochs() + 1
                : resumed.map(r -> r.completedEpochs() + 1).orElse(1);
        int selectedEpoch = policy.best(history).map(EpochSummary::epoch).orElse(0);
        List<Prediction> selectedPredictions = List.of();
        if (resumed.isPresent()) {
            clock.skip((long) (firstEpoch - 1) * train.size());
            try (EmotionNet selected = resumed.get().selectedNet()) {
                selectedPredictions = predictTest(selected, fold, test, labels, runLabels);
            }
        }
        try (EmotionNet net = resumed.map(FoldResume::net).orElseGet(() -> EmotionNet.create(
                ArchitecturePreset.withFrames(config.architecture(), frames),
                labels.emotions().size(), labels.speakers().size(), config.seed() * 1_000_003L + foldKey))) {
            for (int epoch = firstEpoch; epoch <= config.epochs(); epoch++) {
                long epochStart = System.nanoTime();
                List<int[]> epochBatches = train.epochBatches(shuffled(train.size(), foldKey, epoch),
                        config.batchSize(), random(foldKey, epoch, 1));
                double emotionLoss = 0;
                double speakerLoss = 0;
                int seen = 0;
                for (int b = 0; b < batches; b++) {
                    context.checkCancelled();
                    int[] members = epochBatches.get(b);
                    long step = (long) (epoch - 1) * batches + b;
                    double rate = config.learningRateSchedule().rate(config.learningRate(), step, totalSteps, warmupSteps);
                    StepLosses losses = net.trainStep(train.batch(members), config.gamma(), config.theta(), rate,
                            config.gradientClipNorm());
                    emotionLoss += losses.weightedEmotion() * members.length;
                    speakerLoss += losses.weightedSpeaker() * members.length;
                    clock.batchDone(members.length);
                    seen += members.length;
                    report(context, TrainingProgress.training(fold.index(), foldCount, fold.id(), epoch,
                            config.epochs(), b + 1, batches, emotionLoss / seen, speakerLoss / seen, last(history),
                            clock.samplesPerSecond(), clock.eta()));
                }
                context.checkCancelled();
                Scores trainScores = score(net, trainProbe, labels);
                ClassificationReport validationReport = score(net, validation, labels).emotion();
                // The test speaker is scored every epoch only to show how far the kept epoch is from the last and
                // the best; it chooses nothing unless the policy is the (labelled) test oracle.
                ClassificationReport testReport = fold.validationIsTest() ? validationReport
                        : score(net, test, labels).emotion();
                double testWa = testReport.wa();
                double testUa = testReport.ua();
                double n = train.size();
                EpochSummary summary = new EpochSummary(fold.id(), epoch, emotionLoss / n,
                        speakerLoss / n, (emotionLoss + speakerLoss) / n, trainScores.emotion().wa(),
                        trainScores.emotion().ua(), validationReport.wa(), validationReport.ua(), testWa, testUa,
                        config.theta() > 0 ? trainScores.speakerAccuracy() : Double.NaN,
                        (System.nanoTime() - epochStart) / 1e9, false);
                if (policy.isNewBest(history, summary)) {
                    summary = summary.withSelected(true);
                    selectedEpoch = epoch;
                    selectedPredictions = predictTest(net, fold, test, labels, runLabels);
                    listener.newBestEpoch(fold, summary, net, normalisation);
                }
                history.add(summary);
                listener.epochFinished(fold, summary, net, normalisation);
                report(context, TrainingProgress.validated(fold.index(), foldCount, config.epochs(), batches, summary,
                        clock.samplesPerSecond(), clock.eta()));
                if (policy.shouldStop(history)) {
                    clock.skip((long) (config.epochs() - epoch) * train.size());
                    break;
                }
            }
        }
        FoldResult result = new FoldResult(fold, history, selectedEpoch, selectedPredictions);
        listener.foldFinished(result);
        return result;
    }

    private static List<Clip> available(List<Clip> clips, Map<Clip, float[][]> logMels) {
        return clips.stream().filter(logMels::containsKey).toList();
    }

    /** A seeded stream per fold ({@link SeedScheme#foldKey}), epoch and purpose (0: the clip order). */
    private SplittableRandom random(long foldKey, int epoch, int purpose) {
        return new SplittableRandom(config.seed() ^ (foldKey * 0x9E3779B97F4A7C15L) ^ epoch
                ^ ((long) purpose << 32));
    }

    /** A seeded permutation per fold and epoch. */
    private int[] shuffled(int size, long foldKey, int epoch) {
        SplittableRandom random = random(foldKey, epoch, 0);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** Emotion report and speaker-head accuracy of a clip set. */
    private record Scores(ClassificationReport emotion, double speakerAccuracy) {
    }

    private static Scores score(EmotionNet net, FoldClips clips, LabelMaps labels) {
        HeadOutputs outputs = HeadOutputs.of(net, clips);
        List<Prediction> predictions = new ArrayList<>();
        int[] predictedSpeakers = new int[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            double[] p = toDouble(outputs.emotion()[i]);
            predictions.add(new Prediction(clips.clip(i).relativePath(), "", clips.clip(i).speaker().key(),
                    clips.emotion(i), Prediction.mostProbable(p), p));
            predictedSpeakers[i] = Prediction.mostProbable(toDouble(outputs.speaker()[i]));
        }
        ClassificationReport emotion = ClassificationReport.of(ConfusionMatrix.of(labels.emotionLabels(), predictions));
        return new Scores(emotion, SpeakerAccuracy.of(clips.speakers(), predictedSpeakers).accuracy());
    }

    private static List<Prediction> predictTest(EmotionNet net, Fold fold, FoldClips test, LabelMaps labels,
                                                List<Emotion> runLabels) {
        float[][] probabilities = HeadOutputs.of(net, test).emotion();
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            double[] p = new double[runLabels.size()];
            for (int k = 0; k < labels.emotions().size(); k++) {
                p[runLabels.indexOf(labels.emotions().get(k))] = probabilities[i][k];
            }
            Clip clip = test.clip(i);
            predictions.add(new Prediction(clip.relativePath(), fold.id(), clip.speaker().key(),
                    runLabels.indexOf(clip.emotion()), Prediction.mostProbable(p), p));
        }
        return predictions;
    }

    /** Both heads' probabilities for a clip set, predicted in chunks to bound native memory. */
    private record HeadOutputs(float[][] emotion, float[][] speaker) {
        static HeadOutputs of(EmotionNet net, FoldClips clips) {
            float[][] emotion = new float[clips.size()][];
            float[][] speaker = new float[clips.size()][];
            for (int from = 0; from < clips.size(); from += PREDICT_CHUNK) {
                int to = Math.min(clips.size(), from + PREDICT_CHUNK);
                Batch batch = clips.batch(from, to);
                ForwardResult result = net.predict(batch.features(), batch.frames(), false);
                System.arraycopy(result.emotionProbabilities(), 0, emotion, from, to - from);
                System.arraycopy(result.speakerProbabilities(), 0, speaker, from, to - from);
            }
            return new HeadOutputs(emotion, speaker);
        }
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static Optional<EpochSummary> last(List<EpochSummary> history) {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    private void report(TaskContext context, TrainingProgress progress) {
        listener.progress(progress);
        context.progress(progress.toTaskProgress());
    }

    /** Throughput and time left over the whole run, from the training batches done so far. */
    private static final class RunClock {
        private final long start = System.nanoTime();
        private long samplesDone;
        private long samplesLeft;

        RunClock(FoldPlan plan, TrainingConfig config, Map<Clip, float[][]> logMels) {
            for (Fold fold : plan.folds()) {
                samplesLeft += (long) available(fold.trainingClips(), logMels).size() * config.epochs();
            }
        }

        void batchDone(int samples) {
            samplesDone += samples;
            samplesLeft -= samples;
        }

        /** Early stopping: the samples of epochs that will not run. */
        void skip(long samples) {
            samplesLeft = Math.max(0, samplesLeft - samples);
        }

        double samplesPerSecond() {
            double seconds = (System.nanoTime() - start) / 1e9;
            return seconds > 0 ? samplesDone / seconds : Double.NaN;
        }

        Optional<Duration> eta() {
            double rate = samplesPerSecond();
            if (samplesDone == 0 || !(rate > 0)) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofSeconds(Math.round(samplesLeft / rate)));
        }
    }
}
