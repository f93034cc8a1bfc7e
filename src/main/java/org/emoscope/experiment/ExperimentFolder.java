package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import org.emoscope.io.AtomicFiles;
import org.emoscope.task.TaskCancelledException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.emoscope.evaluation.Prediction;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One training run on disk:
 * <pre>
 * config.json        the configuration, written once at creation
 * environment.json   app version, backend, device, seed, corpus fingerprints, JVM/OS, start and end time
 * state.json         RUNNING → DONE | CANCELLED | FAILED, with a message
 * run.lock           held by the writing process (see {@link RunState#KILLED})
 * models/fold-&lt;id&gt;.zip                   the selected model of each fold
 * checkpoints/fold-&lt;id&gt;/epoch-&lt;n&gt;.zip   checkpoints, plus checkpoint.json naming the latest
 * history.csv        one record per fold and epoch ({@link EpochSummary})
 * predictions.csv    the test predictions ({@link PredictionTable})
 * metrics.json       the LOSO summary ({@link RunMetrics})
 * </pre>
 * Fold ids become file names through {@link FoldFileNames}. Every file is replaced atomically, so a
 * crash never leaves one half-written; {@code history.csv} too is rewritten whole at each epoch
 * (it stays small: folds × epochs records), which is simpler than tolerating a torn append.
 *
 * <p>A folder is obtained in one of three ways: {@link #create} starts a run and {@link #resume}
 * continues a stopped one, both holding the run's lock until {@link #close}; {@link #open} inspects
 * a run read-only, and its writing methods throw {@link IllegalStateException}. Nothing is cached:
 * every read goes to disk, so a reader sees a live run's progress.
 *
 * <p>Reading methods are thread-safe. Writing methods must be called from a single thread, the
 * trainer's.
 */
public final class ExperimentFolder implements AutoCloseable {
    public static final String CONFIG_FILE = "config.json";
    public static final String ENVIRONMENT_FILE = "environment.json";
    public static final String STATE_FILE = "state.json";
    public static final String HISTORY_FILE = "history.csv";
    public static final String PREDICTIONS_FILE = "predictions.csv";
    public static final String METRICS_FILE = "metrics.json";

    static final Pattern MODEL_FILE = Pattern.compile("fold-(.+)\\.zip");
    /** The folder of a run that holds each fold's selected model. */
    static final String MODELS_FOLDER = "models";

    private final Path directory;
    private final RunLock lock;
    private final CheckpointStore checkpoints;

    /**
     * {@code config.json}: the configuration under {@code "config"}. Runs written before 2026-12-04 also recorded a
     * {@code configType}, the Java class of what was written (often a JSON tree, so it said nothing); it is ignored.
     */
    private record ConfigFile(JsonNode config) {
    }

    private ExperimentFolder(Path directory, RunLock lock) {
        this.directory = directory;
        this.lock = lock;
        this.checkpoints = new CheckpointStore(directory.resolve("checkpoints"));
    }

    /**
     * Starts a run in {@code directory}, which must be absent or empty: writes the configuration,
     * the environment and the RUNNING state, and holds the run's lock until {@link #close}.
     *
     * @param config a Jackson-serialisable training configuration, as a tree where it names another model (see
     *               {@link RunConfig}); read it back with {@link #readConfig}
     * @throws ExperimentFolderException when the folder already holds a run or other files
     */
    public static ExperimentFolder create(Path directory, Object config, RunEnvironment environment)
            throws IOException {
        refuseOccupied(directory);
        Files.createDirectories(directory);
        RunLock lock = RunLock.acquire(directory);
        try {
            // Checked again under the lock: another process may have created a run meanwhile.
            refuseOccupied(directory);
            ExperimentFolder folder = new ExperimentFolder(directory, lock);
            JsonFiles.write(folder.file(CONFIG_FILE),
                    new ConfigFile(JsonFiles.MAPPER.valueToTree(config)));
            JsonFiles.write(folder.file(ENVIRONMENT_FILE), environment.withEndTime(null));
            folder.writeStatus(RunState.RUNNING, null);
            return folder;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a run read-only.
     *
     * @throws ExperimentFolderException when {@code directory} is not a run
     */
    public static ExperimentFolder open(Path directory) throws ExperimentFolderException {
        requireRun(directory);
        return new ExperimentFolder(directory, null);
    }

    /**
     * Continues a stopped run ({@link RunState#isResumable()}): takes its lock, deletes temporary
     * files left by a crash, clears the end time and marks it RUNNING again. Training picks up from
     * {@link #latestCheckpoint}.
     *
     * @throws RunInUseException         when a live process holds the run
     * @throws ExperimentFolderException when it is not a run, is damaged or has finished (DONE)
     */
    public static ExperimentFolder resume(Path directory) throws IOException {
        requireRun(directory);
        RunLock lock = RunLock.acquire(directory);
        try {
            ExperimentFolder folder = new ExperimentFolder(directory, lock);
            RunStatus written = JsonFiles.read(folder.file(STATE_FILE), RunStatus.class);
            if (written.state() == RunState.DONE) {
                throw new ExperimentFolderException(directory, "the run has finished (DONE); start a new run instead");
            }
            AtomicFiles.deleteLeftovers(directory);
            JsonFiles.write(folder.file(ENVIRONMENT_FILE), folder.readEnvironment().withEndTime(null));
            String previous = written.state() == RunState.RUNNING ? RunState.KILLED.name() : written.state().name();
            folder.writeStatus(RunState.RUNNING, "resumed after it was " + previous);
            return folder;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Whether {@code directory} holds a run (it has a {@code config.json}, readable or not). */
    public static boolean isRun(Path directory) {
        return Files.isRegularFile(directory.resolve(CONFIG_FILE));
    }

    private static void requireRun(Path directory) throws ExperimentFolderException {
        if (!isRun(directory)) {
            throw new ExperimentFolderException(directory, "is not an Emoscope run (it has no " + CONFIG_FILE + ")");
        }
    }

    private static void refuseOccupied(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new ExperimentFolderException(directory, "is a file, not a folder");
        }
        if (isRun(directory)) {
            throw new ExperimentFolderException(directory, "already holds a run; open or resume it instead");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                // A lone lock file is what a run killed while being created leaves behind.
                if (!entry.getFileName().toString().equals(RunLock.FILE_NAME)) {
                    throw new ExperimentFolderException(directory,
                            "is not empty and not an Emoscope run; refusing to write into it");
                }
            }
        }
    }

    public Path directory() {
        return directory;
    }

    /** Whether this instance holds the run's lock and may write. */
    public boolean isWritable() {
        return lock != null;
    }

    // ---- configuration, environment, state

    /** The configuration ({@link RunConfig}: the training configuration, and the model when it is not the network). */
    public RunConfig readConfig() throws ExperimentFolderException {
        JsonNode config = JsonFiles.readTree(file(CONFIG_FILE)).get("config");
        if (config == null || !config.isObject()) {
            throw new ExperimentFolderException(file(CONFIG_FILE), "has no \"config\" object");
        }
        return RunConfig.of((ObjectNode) config, file(CONFIG_FILE));
    }

    public RunEnvironment readEnvironment() throws ExperimentFolderException {
        return JsonFiles.read(file(ENVIRONMENT_FILE), RunEnvironment.class);
    }

    /**
     * Where the run stands. A run written as RUNNING reads as {@link RunState#KILLED} when no live
     * process holds its lock.
     */
    public RunStatus readStatus() throws IOException {
        RunStatus written = JsonFiles.read(file(STATE_FILE), RunStatus.class);
        if (written.state() == RunState.RUNNING && lock == null && !RunLock.isHeld(directory)) {
            return RunStatus.killed(written);
        }
        return written;
    }

    /** What a run does while its folder is open. */
    @FunctionalInterface
    public interface RunWork<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} and marks the run by how it ended: DONE, CANCELLED (the user stopped it) or FAILED (with the
     * error's message), which it then throws on.
     */
    public <T> T finishWith(RunWork<T> work) throws Exception {
        try {
            T result = work.run();
            markDone();
            return result;
        } catch (TaskCancelledException e) {
            markCancelled("cancelled by the user");
            throw e;
        } catch (Exception | Error e) {
            markFailed(String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /** Marks the run finished successfully and records the end time. */
    public void markDone() throws IOException {
        finish(RunState.DONE, null);
    }

    /** Marks the run stopped by the user and records the end time. */
    public void markCancelled(String reason) throws IOException {
        finish(RunState.CANCELLED, reason);
    }

    /** Marks the run failed, with a message the user can act on, and records the end time. */
    public void markFailed(String message) throws IOException {
        finish(RunState.FAILED, message);
    }

    private void finish(RunState state, String message) throws IOException {
        requireWritable();
        RunStatus current = JsonFiles.read(file(STATE_FILE), RunStatus.class);
        if (current.state() != RunState.RUNNING) {
            throw new IllegalStateException(directory + ": cannot mark a " + current.state() + " run " + state);
        }
        JsonFiles.write(file(ENVIRONMENT_FILE), readEnvironment().withEndTime(Instant.now()));
        // The state goes last: it is what says the run has ended.
        writeStatus(state, message);
    }

    private void writeStatus(RunState state, String message) throws IOException {
        JsonFiles.write(file(STATE_FILE), new RunStatus(state, message, Instant.now()));
    }

    // ---- models and checkpoints

    /**
     * Where the selected model of a fold lives, {@code models/fold-<id>.zip}; its folder exists on
     * return when this instance is writable. Write it with {@link AtomicFiles#write(Path, AtomicFiles.Content)}.
     */
    public Path modelPath(String foldId) throws IOException {
        Path path = modelFileIn(directory, foldId);
        createParentIfWritable(path);
        return path;
    }

    /** Where the run folder {@code runDirectory} keeps the selected model of fold {@code foldId}. */
    public static Path modelFileIn(Path runDirectory, String foldId) {
        return runDirectory.resolve(MODELS_FOLDER).resolve("fold-" + FoldFileNames.encode(foldId) + ".zip");
    }

    /** The ids of the folds that have a model, in id order. */
    public List<String> foldsWithModels() throws IOException {
        Path models = directory.resolve(MODELS_FOLDER);
        List<String> folds = new ArrayList<>();
        if (!Files.isDirectory(models)) {
            return folds;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(models)) {
            for (Path entry : entries) {
                Matcher m = MODEL_FILE.matcher(entry.getFileName().toString());
                if (m.matches() && !AtomicFiles.isTemporary(entry)) {
                    folds.add(FoldFileNames.decode(m.group(1)));
                }
            }
        }
        folds.sort(Comparator.naturalOrder());
        return folds;
    }

    /**
     * Where a fold's checkpoint model of an epoch goes, {@code checkpoints/fold-<id>/epoch-<n>.zip};
     * its folder exists on return when this instance is writable.
     */
    public Path checkpointPath(String foldId, int epoch) throws IOException {
        Path path = checkpoints.modelPath(foldId, epoch);
        createParentIfWritable(path);
        return path;
    }

    /**
     * Names the epoch's checkpoint, whose model must be complete at {@link #checkpointPath}, as the fold's latest,
     * then deletes checkpoints other than the newest two and the best.
     *
     * @param bestEpoch the best epoch so far, whose checkpoint is kept
     * @param bestScore its selection score
     * @throws ExperimentFolderException naming a checkpoint file that is missing
     */
    public Checkpoint commitCheckpoint(String foldId, int epoch, int bestEpoch, double bestScore) throws IOException {
        requireWritable();
        return checkpoints.commit(foldId, epoch, bestEpoch, bestScore);
    }

    /** The fold's latest complete checkpoint, or empty when none was committed. */
    public Optional<Checkpoint> latestCheckpoint(String foldId) throws ExperimentFolderException {
        return checkpoints.latest(foldId);
    }

    // ---- history, predictions, metrics

    /**
     * Records one epoch; a record of the same fold and epoch, left by a run resumed from an earlier
     * checkpoint, is replaced.
     */
    public void appendHistory(EpochSummary row) throws IOException {
        requireWritable();
        List<EpochSummary> rows = new ArrayList<>(readHistory());
        rows.removeIf(r -> r.foldId().equals(row.foldId()) && r.epoch() == row.epoch());
        rows.add(row);
        writeHistory(rows);
    }

    /** Marks the epoch whose model was selected for a fold, and no other epoch of that fold. */
    public void markSelectedEpoch(String foldId, int epoch) throws IOException {
        requireWritable();
        List<EpochSummary> rows = readHistory();
        if (rows.stream().noneMatch(r -> r.foldId().equals(foldId) && r.epoch() == epoch)) {
            throw new IllegalArgumentException(file(HISTORY_FILE) + ": no record of fold " + foldId + ", epoch " + epoch);
        }
        writeHistory(rows.stream()
                .map(r -> r.foldId().equals(foldId) ? r.withSelected(r.epoch() == epoch) : r)
                .toList());
    }

    /** Forgets a fold's epochs after {@code epoch}, e.g. those a killed run did after its last checkpoint. */
    public void discardHistoryAfter(String foldId, int epoch) throws IOException {
        requireWritable();
        writeHistory(readHistory().stream().filter(r -> !r.foldId().equals(foldId) || r.epoch() <= epoch).toList());
    }

    /** The recorded epochs in the order they were recorded; empty before the first. */
    public List<EpochSummary> readHistory() throws ExperimentFolderException {
        Optional<String> text = readText(HISTORY_FILE);
        return text.isEmpty() ? List.of() : HistoryCsv.parse(text.get(), file(HISTORY_FILE));
    }

    private void writeHistory(List<EpochSummary> rows) throws IOException {
        AtomicFiles.write(file(HISTORY_FILE), HistoryCsv.format(rows).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the test predictions.
     *
     * @param labels class names, one probability column each
     * @throws IllegalArgumentException when a prediction's probabilities do not match the labels
     */
    public void writePredictions(List<String> labels, List<Prediction> predictions) throws IOException {
        requireWritable();
        Path corpus = RunCorpora.of(readEnvironment(), readConfig().training()).testRoot().orElse(Path.of(""));
        AtomicFiles.write(file(PREDICTIONS_FILE),
                PredictionsCsv.format(labels, predictions, corpus).getBytes(StandardCharsets.UTF_8));
    }

    /** The test predictions, or empty before they were written. */
    public Optional<PredictionTable> readPredictions() throws ExperimentFolderException {
        Optional<String> text = readText(PREDICTIONS_FILE);
        return text.isEmpty() ? Optional.empty() : Optional.of(PredictionsCsv.parse(text.get(), file(PREDICTIONS_FILE)));
    }

    /** Records the clips this run could not use; the file is rewritten whole each time. */
    public void writeUnusedClips(List<UnusedClips.Entry> entries) throws IOException {
        requireWritable();
        UnusedClips.table(entries).write(file(UnusedClips.FILE_NAME));
    }

    /** The clips this run could not use; empty when there were none (or the run predates the file). */
    public List<UnusedClips.Entry> readUnusedClips() throws ExperimentFolderException {
        Optional<String> text = readText(UnusedClips.FILE_NAME);
        Path source = file(UnusedClips.FILE_NAME);
        return text.isEmpty() ? List.of() : UnusedClips.entries(CsvTable.parse(text.get(), source), source);
    }

    public void writeMetrics(RunMetrics metrics) throws IOException {
        requireWritable();
        JsonFiles.write(file(METRICS_FILE), metrics);
    }

    /** The metrics summary, or empty before it was written. */
    public Optional<RunMetrics> readMetrics() throws ExperimentFolderException {
        Path metrics = file(METRICS_FILE);
        return Files.exists(metrics) ? Optional.of(JsonFiles.read(metrics, RunMetrics.class)) : Optional.empty();
    }

    // ---- helpers

    private Path file(String name) {
        return directory.resolve(name);
    }

    private Optional<String> readText(String name) throws ExperimentFolderException {
        Path file = file(name);
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CharacterCodingException e) {
            throw new ExperimentFolderException(file, "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ExperimentFolderException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private void requireWritable() {
        if (lock == null) {
            throw new IllegalStateException(directory + " was opened read-only; resume it to write");
        }
    }

    private void createParentIfWritable(Path path) throws IOException {
        if (lock != null) {
            Files.createDirectories(path.getParent());
        }
    }

    /** Releases the run's lock, if held; the run's state stays as written. Idempotent. */
    @Override
    public void close() throws IOException {
        if (lock != null) {
            lock.close();
        }
    }

    @Override
    public String toString() {
        return "ExperimentFolder[" + directory + (lock != null ? ", writable" : ", read-only") + "]";
    }
}
