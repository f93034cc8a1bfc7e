package org.emoscope.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final JsonNode config;
    private final PredictionTable predictions;
    private final RunMetrics metrics;
    private final List<HistoryRow> history;
    private final List<Path> corpusFolders;
    private final Set<Path> corpusRoots;
    private final Map<ClipKey, Prediction> predictionByClip = new HashMap<>();

    private RunResults(RunSummary summary, JsonNode config, PredictionTable predictions, RunMetrics metrics,
                       List<HistoryRow> history, List<Path> corpusFolders, Set<Path> corpusRoots) {
        this.summary = summary;
        this.config = config;
        this.predictions = predictions;
        this.metrics = metrics;
        this.history = List.copyOf(history);
        this.corpusFolders = List.copyOf(corpusFolders);
        this.corpusRoots = Set.copyOf(corpusRoots);
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
        ExperimentFolder folder = ExperimentFolder.open(directory);
        RunSummary summary = RunIndex.withDefaultSummary().summarise(directory);
        JsonNode config = folder.readConfigTree();
        List<Path> folders = corpusFolders(config);
        Set<Path> roots = corpusRoots(folder.readEnvironment());
        return new RunResults(summary, config, folder.readPredictions().orElse(null),
                folder.readMetrics().orElse(null), folder.readHistory(), folders, roots.isEmpty() ? Set.copyOf(folders) : roots);
    }

    /**
     * The corpus roots the run read, as recorded with their fingerprints ({@code "emodb:/data/emodb/wav"}):
     * the folders clips are relative to.
     */
    private static Set<Path> corpusRoots(RunEnvironment environment) {
        Set<Path> roots = new HashSet<>();
        for (String key : environment.corpusFingerprints().keySet()) {
            int colon = key.indexOf(':');
            if (colon > 0) {
                roots.add(Path.of(key.substring(colon + 1)).toAbsolutePath().normalize());
            }
        }
        return roots;
    }

    /** The target corpus first, then the added ones; relative paths resolve against the working directory. */
    private static List<Path> corpusFolders(JsonNode config) {
        List<Path> folders = new ArrayList<>();
        JsonNode target = config.path("targetCorpus");
        if (target.isTextual()) {
            folders.add(Path.of(target.asText()).toAbsolutePath().normalize());
        }
        for (JsonNode added : config.path("addedCorpora")) {
            JsonNode folder = added.path("folder");
            if (folder.isTextual()) {
                folders.add(Path.of(folder.asText()).toAbsolutePath().normalize());
            }
        }
        return folders;
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

    /** The training configuration as saved ({@code config.json}'s {@code config} object). */
    public JsonNode config() {
        return config;
    }

    /**
     * The run's model when it is not the network, e.g. a baseline's
     * ({@link BaselineRunner#modelOf}); empty for a network run. A baseline run keeps no fold models.
     */
    public Optional<String> model() {
        return BaselineRunner.modelOf(config);
    }

    public Optional<PredictionTable> predictions() {
        return Optional.ofNullable(predictions);
    }

    public Optional<RunMetrics> metrics() {
        return Optional.ofNullable(metrics);
    }

    public List<HistoryRow> history() {
        return history;
    }

    /** The corpus folders named in the configuration, target first; they may no longer exist. */
    public List<Path> corpusFolders() {
        return corpusFolders;
    }

    /**
     * The folder of the corpus the run tested on, which its predictions' clip paths are relative to:
     * the recorded root in the configured target folder (the only recorded one, for a run that was
     * moved with its corpus, like the demo run); the configured folder itself for older runs.
     */
    public Optional<Path> testCorpusRoot() {
        if (corpusRoots.size() == 1) {
            return corpusRoots.stream().findFirst();
        }
        if (corpusFolders.isEmpty()) {
            return Optional.empty();
        }
        Path target = corpusFolders.get(0);
        return Optional.of(corpusRoots.stream().filter(root -> root.startsWith(target)).findFirst().orElse(target));
    }

    /**
     * Whether {@code clip} belongs to a corpus this run was trained and tested on: its corpus folder is
     * one the run read (or lies in a configured folder, for runs that predate recorded roots). A clip
     * of another copy of a corpus has the same name and speaker but is not the run's clip.
     */
    public boolean covers(Clip clip) {
        Path root = clip.corpusRoot().toAbsolutePath().normalize();
        return corpusRoots.stream().anyMatch(root::startsWith);
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
        Path model = directory().resolve("models").resolve("fold-" + FoldFileNames.encode(foldId) + ".zip");
        return Files.isRegularFile(model) ? Optional.of(model) : Optional.empty();
    }

    @Override
    public String toString() {
        return "RunResults[" + directory() + "]";
    }
}
