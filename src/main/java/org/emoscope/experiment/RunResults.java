package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emoscope.corpus.Clip;
import org.emoscope.evaluation.Prediction;

/**
 * One run read for inspection (results view, corpus-browser columns, clip view): its summary,
 * configuration, predictions, metrics, training history, and the corpus folders it was trained on.
 * What is missing (a run still in its first fold has no predictions) is empty, not an error. Read
 * once, then immutable and thread-safe; {@link #read} touches the disk, so call it off the FX thread.
 */
public final class RunResults {
    private final RunSummary summary;
    private final RunConfig config;
    private final PredictionTable predictions;
    private final RunMetrics metrics;
    private final List<EpochSummary> history;
    private final RunCorpora corpora;
    private final Map<ClipKey, Prediction> predictionByClip = new HashMap<>();

    private RunResults(RunSummary summary, RunConfig config, PredictionTable predictions, RunMetrics metrics,
                       List<EpochSummary> history, RunCorpora corpora) {
        this.summary = summary;
        this.config = config;
        this.predictions = predictions;
        this.metrics = metrics;
        this.history = List.copyOf(history);
        this.corpora = corpora;
        if (predictions != null) {
            predictions.predictions().forEach(p -> predictionByClip.put(new ClipKey(p.speaker(), p.clipId()), p));
        }
    }

    /**
     * Reads the run in {@code directory}.
     *
     * @throws ExperimentFolderException when it is not a run or its configuration cannot be read
     * @throws IOException               when its predictions, metrics or history are damaged
     */
    public static RunResults read(Path directory) throws IOException {
        return read(directory, RunIndex.withDefaultSummary().summarise(directory));
    }

    /** Reads the run {@code summary} lists, which was summarised already (its files are not summarised again). */
    public static RunResults read(Path directory, RunSummary summary) throws IOException {
        ExperimentFolder folder = ExperimentFolder.open(directory);
        RunConfig config = folder.readConfig();
        RunCorpora corpora = RunCorpora.of(folder.readEnvironment(), config.training());
        return new RunResults(summary, config, folder.readPredictions().orElse(null),
                folder.readMetrics().orElse(null), folder.readHistory(), corpora);
    }

    public Path directory() {
        return summary.directory();
    }

    public String name() {
        return summary.name();
    }

    public RunSummary summary() {
        return summary;
    }

    /** The configuration as saved ({@code config.json}'s {@code config} object). */
    public RunConfig config() {
        return config;
    }

    /**
     * The run's model when it is not the network, e.g. a baseline's
     * ({@link RunConfig#model()}); empty for a network run. A baseline run keeps no fold models.
     */
    public Optional<String> model() {
        return config.model();
    }

    public Optional<PredictionTable> predictions() {
        return Optional.ofNullable(predictions);
    }

    public Optional<RunMetrics> metrics() {
        return Optional.ofNullable(metrics);
    }

    public List<EpochSummary> history() {
        return history;
    }

    /** The corpus folders named in the configuration, target first; they may no longer exist. */
    public List<Path> corpusFolders() {
        return corpora.configuredFolders();
    }

    /** The folder of the corpus the run tested on, which its predictions' clip paths are relative to. */
    public Optional<Path> testCorpusRoot() {
        return corpora.testRoot();
    }

    /**
     * Whether {@code clip} belongs to a corpus this run was trained and tested on: its corpus folder is
     * one the run read (or lies in a configured folder, for runs that predate recorded roots). A clip
     * of another copy of a corpus has the same name and speaker but is not the run's clip.
     */
    public boolean covers(Clip clip) {
        return corpora.holds(clip);
    }

    /** The test prediction of {@code clip}; empty when the run did not test it or it is not of the run's corpora. */
    public Optional<Prediction> predictionFor(Clip clip) {
        return covers(clip) ? Optional.ofNullable(predictionByClip.get(ClipKey.of(clip))) : Optional.empty();
    }

    /** Why the run has no prediction for {@code clip}, in words for a status line. */
    public String whyNoPredictionFor(Clip clip) {
        return covers(clip) ? "this clip is not a test clip of run " + name()
                : "this clip's corpus (" + clip.corpusRoot() + ") is not one run " + name() + " was trained on";
    }

    /** The model of the fold that tested {@code foldId}'s speakers, when the run saved it. */
    public Optional<Path> modelFor(String foldId) {
        Path model = ExperimentFolder.modelFileIn(directory(), foldId);
        return Files.isRegularFile(model) ? Optional.of(model) : Optional.empty();
    }

    @Override
    public String toString() {
        return "RunResults[" + directory() + "]";
    }
}
