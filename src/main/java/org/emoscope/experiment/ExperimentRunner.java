package org.emoscope.experiment;

import org.emoscope.AppVersion;
import org.emoscope.io.UserFacing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.corpus.Emotion;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.emoscope.features.ClipFeatureExtractor;
import org.emoscope.model.ComputeBackend;
import org.emoscope.model.EmotionNet;
import org.emoscope.task.TaskCancelledException;
import org.emoscope.task.TaskContext;
import org.emoscope.training.AddedCorpus;
import org.emoscope.training.EpochSummary;
import org.emoscope.training.Fold;
import org.emoscope.training.FoldNormalisation;
import org.emoscope.training.FoldPlan;
import org.emoscope.training.FoldResult;
import org.emoscope.training.ResumeSource;
import org.emoscope.training.SeedScheme;
import org.emoscope.training.TrainedModel;
import org.emoscope.training.Trainer;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingConfigJson;
import org.emoscope.training.TrainingListener;
import org.emoscope.training.TrainingProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run from configuration to finished experiment folder: reads the corpora, plans the
 * folds, trains them with a {@link Trainer} and writes everything as it goes — history after each
 * epoch, a checkpoint after each epoch, the kept model of each fold, and at the end predictions and
 * metrics. The folder's state says DONE, CANCELLED or FAILED afterwards; a killed process leaves it
 * RUNNING with a released lock, which reads as KILLED. Runs on the calling (background) thread.
 */
public final class ExperimentRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRunner.class);
    private final ObjectMapper json = new ObjectMapper();
    private final TrainingConfig config;
    private final Path featureCache;

    /**
     * @param featureCache where log-Mel features are cached between runs
     */
    public ExperimentRunner(TrainingConfig config, Path featureCache) {
        this.config = config;
        this.featureCache = featureCache;
    }

    /**
     * Trains into a new run folder {@code runDirectory} and returns the pooled LOSO report.
     *
     * @param progressListener sees every progress event (the CLI's bar, the UI's view model)
     * @throws TaskCancelledException when cancelled; the folder then says CANCELLED
     */
    public LosoReport run(Path runDirectory, TaskContext context, TrainingListener progressListener) throws Exception {
        Corpora corpora = readCorpora(config);
        // Planned before the folder exists: an unknown speaker leaves no failed run folder behind.
        FoldPlan plan = FoldPlan.of(config, corpora.target(), corpora.added());
        ComputeBackend backend = announceBackend();
        RunEnvironment environment = RunEnvironment.current(backend.label(), backend.device(), config.seed(),
                fingerprints(corpora), Instant.now());
        try (ExperimentFolder folder = ExperimentFolder.create(runDirectory,
                json.readTree(TrainingConfigJson.toJson(config)), environment)) {
            return folder.finishWith(() -> train(folder, corpora, plan, SeedScheme.CURRENT, context, progressListener,
                    ResumeSource.NONE, List.of()));
        }
    }

    /**
     * Continues a killed, cancelled or failed run where its files say it stopped: finished folds are
     * kept, an interrupted fold goes on from its latest checkpoint, the rest train from scratch.
     *
     * @throws ExperimentFolderException when the corpora changed since the run started
     */
    public static LosoReport resume(Path runDirectory, Path featureCache, TaskContext context,
                                    TrainingListener progressListener) throws Exception {
        BaselineRunner.refuseResume(runDirectory);
        try (ExperimentFolder folder = ExperimentFolder.resume(runDirectory)) {
            TrainingConfig config = folder.readConfig().training();
            ExperimentRunner runner = new ExperimentRunner(config, featureCache);
            Corpora corpora = readCorpora(config);
            RunEnvironment environment = folder.readEnvironment();
            Map<String, String> recorded = environment.corpusFingerprints();
            if (!recorded.equals(fingerprints(corpora))) {
                throw new ExperimentFolderException(runDirectory,
                        "the corpora changed since the run started (fingerprints differ); start a new run instead");
            }
            FoldPlan plan = FoldPlan.of(config, corpora.target(), corpora.added());
            runner.announceBackend();
            RunResume resume = new RunResume(folder);
            // The run's own seed scheme: an interrupted fold goes on with the streams it started with.
            return folder.finishWith(() -> runner.train(folder, corpora, plan, environment.seeds(), context,
                    progressListener, resume, resume.finishedPredictions()));
        }
    }

    /**
     * What stops {@code config} from training, found before any folder is made: a corpus folder that
     * is not a corpus, a held-out or validation speaker the corpora do not have. Reads the corpora.
     */
    public static List<String> preflight(TrainingConfig config) {
        try {
            Corpora corpora = readCorpora(config);
            FoldPlan.of(config, corpora.target(), corpora.added());
            return List.of();
        } catch (Exception e) {
            if (!UserFacing.is(e)) {
                throw new IllegalStateException("checking " + config.targetCorpus() + " failed", e);
            }
            return List.of(e.getMessage());
        }
    }

    /** The corpora a config names. */
    record Corpora(Corpus target, List<Corpus> added) {
        List<Corpus> all() {
            List<Corpus> all = new ArrayList<>(List.of(target));
            all.addAll(added);
            return all;
        }
    }

    static Corpora readCorpora(TrainingConfig config) throws Exception {
        Corpus target = new CorpusReader().read(config.targetCorpus());
        List<Corpus> added = new ArrayList<>();
        for (AddedCorpus corpus : config.addedCorpora()) {
            added.add(new CorpusReader().read(corpus.folder()));
        }
        return new Corpora(target, added);
    }

    private ComputeBackend announceBackend() {
        ComputeBackend backend = ComputeBackend.current();
        LOG.info("training on {} — {}", backend.label(), backend.device());
        backend.fallbackWarning(AppVersion.builtBackend()).ifPresent(LOG::warn);
        return backend;
    }

    private LosoReport train(ExperimentFolder folder, Corpora corpora, FoldPlan plan, SeedScheme seeds,
                             TaskContext context, TrainingListener progressListener, ResumeSource resume,
                             List<Prediction> earlier)
            throws Exception {
        corpora.target().problems().forEach(p -> LOG.warn("{} {}", p, p.consequence()));
        ClipFeatureExtractor extractor = ClipFeatureExtractor.cached(config.features(), featureCache);
        List<String> labels = Trainer.emotionLabels(plan).stream().map(Emotion::label).toList();
        List<Prediction> predictions = new ArrayList<>(earlier);
        FolderWriter writer = new FolderWriter(folder, labels, predictions, progressListener);
        new Trainer(config, seeds, clip -> extractor.logMel(clip.path()), writer).train(plan, context, resume);
        LosoReport report = LosoReport.of(labels, predictions);
        folder.writeMetrics(RunMetrics.of(report, config.modelSelection().label(), null)
                .withInputFrames(writer.inputFrames));
        return report;
    }

    static Map<String, String> fingerprints(Corpora corpora) throws IOException {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (Corpus corpus : corpora.all()) {
            fingerprints.put(CorpusFingerprint.keyOf(corpus), CorpusFingerprint.of(corpus));
        }
        return fingerprints;
    }

    private record Best(int epoch, double score) {
    }

    /** Writes the trainer's results into the run folder as they arrive. */
    private final class FolderWriter implements TrainingListener {
        private final ExperimentFolder folder;
        private final List<String> labels;
        private final List<Prediction> predictions;
        private final TrainingListener progressListener;
        /** Each fold's kept epoch and its selection score, for the checkpoint record. */
        private final Map<String, Best> bestByFold = new LinkedHashMap<>();
        private final UnusedClips.Recorder unusedClips;
        private int inputFrames;

        FolderWriter(ExperimentFolder folder, List<String> labels, List<Prediction> predictions,
                     TrainingListener progressListener) {
            this.folder = folder;
            this.labels = labels;
            this.predictions = predictions;
            this.progressListener = progressListener;
            this.unusedClips = new UnusedClips.Recorder(folder);
        }

        @Override
        public void progress(TrainingProgress progress) {
            progressListener.progress(progress);
        }

        @Override
        public void inputFramesChosen(int frames) {
            // Recorded in the log, metrics.json and every fold model (its normalisation.json), where inference reads it.
            LOG.info("clips cut or padded to {} frames", frames);
            inputFrames = frames;
            progressListener.inputFramesChosen(frames);
        }

        @Override
        public void clipSkipped(Clip clip, String reason) {
            unusedClips.record(clip, reason);
            progressListener.clipSkipped(clip, reason);
        }

        @Override
        public void newBestEpoch(Fold fold, EpochSummary summary, EmotionNet net, FoldNormalisation normalisation)
                throws IOException {
            bestByFold.put(fold.id(), new Best(summary.epoch(), summary.validationUa()));
            net.save(folder.modelPath(fold.id()), modelEntries(fold, normalisation));
        }

        @Override
        public void epochFinished(Fold fold, EpochSummary summary, EmotionNet net, FoldNormalisation normalisation)
                throws IOException {
            // Marked selected once the fold has finished and its kept epoch is known (markSelectedEpoch).
            folder.appendHistory(summary.withSelected(false));
            net.saveCheckpoint(folder.checkpointPath(fold.id(), summary.epoch()), modelEntries(fold, normalisation));
            Best best = bestByFold.get(fold.id());
            if (best == null) {
                // A resumed fold whose kept epoch predates the restart: the last checkpoint knows it.
                Checkpoint last = folder.latestCheckpoint(fold.id()).orElseThrow(() -> new IllegalStateException(
                        "fold " + fold.id() + ": no kept epoch and no checkpoint"));
                best = new Best(last.bestEpoch(), last.bestScore());
                bestByFold.put(fold.id(), best);
            }
            folder.commitCheckpoint(fold.id(), summary.epoch(), best.epoch(), best.score());
        }

        @Override
        public void foldFinished(FoldResult result) throws IOException {
            folder.markSelectedEpoch(result.fold().id(), result.selectedEpoch());
            predictions.addAll(result.testPredictions());
            // Written after every fold, so the finished folds of a killed run keep their results.
            folder.writePredictions(labels, predictions);
        }

        private Map<String, byte[]> modelEntries(Fold fold, FoldNormalisation normalisation) throws IOException {
            return TrainedModel.entries(config, normalisation, fold.labels());
        }
    }
}
