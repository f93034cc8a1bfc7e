package org.emoscope.ui.training;

import org.emoscope.training.EpochSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.AppVersion;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.ExperimentRunner;
import org.emoscope.experiment.RunState;
import org.emoscope.model.ComputeBackend;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.Progress;
import org.emoscope.task.TaskContext;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.TaskHandle;
import org.emoscope.training.DurationEstimate;
import org.emoscope.training.FoldPlan;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingPhase;
import org.emoscope.training.TrainingProgress;

/**
 * The Training workspace: the {@link TrainingForm}, and one training at a time run in the background
 * through the {@link TaskExecutor} with the core's {@link ExperimentRunner}, into a new folder under the
 * runs folder. Shows the latest progress (fold, epoch, batch, ETA), one curve point per validated
 * epoch of the current fold, and the backend that really trains. Cancelling is cooperative: the
 * trainer stops at its next batch, the run is marked cancelled and keeps its last checkpoint, and
 * {@link #resume(Path)} continues it.
 *
 * <p>Properties change on the executor's callback thread (the FX thread in the workbench); call the
 * commands there too, except {@link #stopAndWait(Duration)}, which any thread may call.
 */
public final class TrainingViewModel {
    private static final String IDLE_STATUS = "Not training. Choose the settings and press Start.";

    private final TrainingForm form;
    private final CorpusReader reader;
    private final TaskExecutor executor;
    private final Supplier<Path> runsFolder;
    private final Path featureCache;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> currentRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FinishedRun> finishedRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper backend = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper backendWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(IDLE_STATUS);
    private final ReadOnlyStringWrapper curvesTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folderProblem = new ReadOnlyStringWrapper("");
    private final ObservableList<EpochSummary> curvePoints = FXCollections.observableArrayList();
    private final ObservableList<EpochSummary> readOnlyCurvePoints = FXCollections.unmodifiableObservableList(curvePoints);

    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper("");
    private final TrainingSpeeds speeds;
    /** Bumped for every new estimate, so that a superseded one neither measures nor shows. */
    private final AtomicLong estimateGeneration = new AtomicLong();

    private volatile ActiveRun active;

    /**
     * @param openCorpora  the corpora open in the workbench, offered by the form
     * @param reader       reads a folder chosen as target
     * @param runsFolder   where new runs are made, one folder each (asked at each start: the user may choose another)
     * @param featureCache where log-Mel features are cached between runs
     */
    public TrainingViewModel(ObservableList<Corpus> openCorpora, CorpusReader reader, TaskExecutor executor,
                             Supplier<Path> runsFolder, Path featureCache) {
        this(openCorpora, reader, executor, runsFolder, featureCache,
                TrainingSpeeds.measuredHere(TrainingSpeeds.defaultFile(featureCache)));
    }

    /** @param speeds this machine's training speeds, for the duration estimate */
    TrainingViewModel(ObservableList<Corpus> openCorpora, CorpusReader reader, TaskExecutor executor,
                      Supplier<Path> runsFolder, Path featureCache, TrainingSpeeds speeds) {
        this.form = new TrainingForm(openCorpora);
        this.reader = reader;
        this.executor = executor;
        this.runsFolder = runsFolder;
        this.featureCache = featureCache;
        this.speeds = speeds;
        canStart.bind(form.validProperty().and(running.not()));
        form.plannedRunProperty().addListener((obs, old, planned) -> estimate());
        running.addListener((obs, was, now) -> estimate());
        estimate();
    }

    /**
     * Estimates how long the form's run would take here, in the background: from this machine's measured speed
     * for its network (measured once, a few seconds to a minute, then remembered). Not while a training runs,
     * which would slow the measurement and be slowed by it.
     */
    private void estimate() {
        long asked = estimateGeneration.incrementAndGet();
        TrainingForm.PlannedRun planned = form.plannedRunProperty().get();
        if (planned == null || running.get()) {
            estimate.set("");
            return;
        }
        TrainingConfig config = planned.config();
        FoldPlan plan = planned.plan();
        ModelArchitecture network = DurationEstimate.network(config, plan);
        estimate.set("Estimating the run's duration on this machine…");
        executor.execute(BackgroundTask.of("Estimate the run's duration", context -> {
                    if (asked != estimateGeneration.get()) {
                        return Optional.<DurationEstimate>empty();
                    }
                    ComputeBackend backend = ComputeBackend.current();
                    String key = TrainingSpeeds.key(backend, network, config.batchSize());
                    OptionalDouble known = speeds.cached(key);
                    double speed = known.isPresent() ? known.getAsDouble()
                            : speeds.measure(key, network, config.batchSize());
                    return Optional.of(DurationEstimate.of(config, plan, speed));
                })
                .onSuccess(found -> found.filter(e -> asked == estimateGeneration.get())
                        .ifPresent(e -> estimate.set(describe(e, plan, config.epochs()))))
                .onFailure(error -> {
                    if (asked == estimateGeneration.get()) {
                        estimate.set("No duration estimate: " + error.getMessage());
                    }
                }));
    }

    private static String describe(DurationEstimate estimate, FoldPlan plan, int epochs) {
        int folds = plan.folds().size();
        return String.format(Locale.ROOT, "Takes %s on this machine: %d %s × %d epochs × about %d clips at %d frames, "
                        + "training measured at %.0f clips/s", estimate.describe(), folds, folds == 1 ? "fold" : "folds",
                epochs, estimate.trainedClips() / folds / epochs, estimate.frames(), estimate.clipsPerSecond());
    }

    /** E.g. "Takes about 23 min on this machine (…)"; empty while the form has problems or a training runs. */
    public ReadOnlyStringProperty estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    public TrainingForm form() {
        return form;
    }

    /** Reads a corpus folder in the background and makes it the target; a folder that is no corpus is reported. */
    public void openTargetFolder(Path folder) {
        folderProblem.set("Reading " + folder + "…");
        executor.execute(BackgroundTask.of("Read " + folder.getFileName(), context -> reader.read(folder))
                .onSuccess(corpus -> {
                    folderProblem.set("");
                    form.addChosenCorpus(corpus);
                })
                .onFailure(error -> folderProblem.set(folder + ": " + error.getMessage())));
    }

    /**
     * Starts training the form's configuration into a new folder under the runs folder.
     *
     * @throws IllegalStateException when the form is invalid or a training is running ({@link #canStartProperty()})
     */
    public void start() {
        if (!canStart.get()) {
            throw new IllegalStateException(running.get() ? "a training is running" : "the training form has problems");
        }
        TrainingConfig config = form.config();
        Path folder = runsFolder.get().resolve(form.runName(LocalDateTime.now()));
        launch("Train " + folder.getFileName(), folder, "Training",
                (context, collector) -> new ExperimentRunner(config, featureCache).run(folder, context, collector));
    }

    /**
     * Continues a stopped (cancelled, failed or killed) run from its last checkpoint, with the
     * configuration it was started with; its earlier epochs appear on the curves.
     *
     * @return false, doing nothing, when a training is running already
     */
    public boolean resume(Path runFolder) {
        return launch("Resume " + runFolder.getFileName(), runFolder, "Resuming", (context, collector) -> {
            try (ExperimentFolder folder = ExperimentFolder.open(runFolder)) {
                collector.preload(folder.readHistory());
            }
            return ExperimentRunner.resume(runFolder, featureCache, context, collector);
        });
    }

    /** Asks the running training to stop at its next batch; it is then marked cancelled. */
    public void cancel() {
        ActiveRun run = active;
        if (run != null) {
            run.cancel();
            status.set("Stopping " + run.folder.getFileName() + " at the next batch…");
        }
    }

    /**
     * Cancels the running training, if any, and waits up to {@code timeout} until it has stopped: marked
     * cancelled, its last checkpoint written and its folder released. Blocks the calling thread.
     *
     * @return whether no training is left running in the background
     */
    public boolean stopAndWait(Duration timeout) {
        ActiveRun run = active;
        if (run == null) {
            return true;
        }
        run.cancel();
        try {
            return run.ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Cancels the running training, if any, and runs {@code then} on the callback thread once it has
     * stopped or {@code timeout} has passed; the waiting happens in the background, so the FX thread
     * stays free to draw.
     */
    public void stopThen(Duration timeout, Runnable then) {
        if (active == null) {
            then.run();
            return;
        }
        cancel();
        executor.execute(BackgroundTask.of("Stop training", context -> stopAndWait(timeout))
                .onSuccess(stopped -> then.run())
                .onFailure(error -> then.run()));
    }

    /** What a run does in the background, reporting to {@code listener}. */
    @FunctionalInterface
    private interface Training {
        LosoReport run(TaskContext context, ProgressCollector collector) throws Exception;
    }

    private boolean launch(String title, Path folder, String doing, Training training) {
        if (active != null) {
            return false;
        }
        ActiveRun run = new ActiveRun(folder);
        active = run;
        running.set(true);
        currentRun.set(folder);
        backend.set("");
        backendWarning.set("");
        show(TrainingSnapshot.EMPTY);
        status.set(doing + " " + folder.getFileName() + "…");
        // The handle is known as the work starts (a synchronous executor returns it only after the work).
        run.handle = executor.execute(BackgroundTask.of(title, context -> {
                    try {
                        run.collector.backend(ComputeBackend.current());
                        context.progress(new Progress(Progress.INDETERMINATE, "backend loaded"));
                        return training.run(context, run.collector);
                    } finally {
                        run.ended.countDown();
                    }
                })
                .onStart(handle -> run.handle = handle)
                .onProgress(report -> {
                    if (active == run) {
                        show(run.collector.latest());
                    }
                })
                .onSuccess(report -> end(run, RunState.DONE, String.format(Locale.ROOT,
                        "Finished %s: WA %.1f %% · UA %.1f %% (pooled over the test speakers).",
                        folder.getFileName(), 100 * report.pooled().wa(), 100 * report.pooled().ua())))
                .onCancelled(() -> end(run, RunState.CANCELLED, "Cancelled " + folder.getFileName()
                        + ". Its last checkpoint is kept: resume it from the Results list."))
                .onFailure(error -> end(run, RunState.FAILED, "Failed " + folder.getFileName() + ": "
                        + (error.getMessage() != null ? error.getMessage() : error.toString()))));
        return true;
    }

    private void end(ActiveRun run, RunState state, String message) {
        if (active != run) {
            return;
        }
        show(run.collector.latest());
        if (state == RunState.DONE) {
            progress.set(1);
        } else if (run.collector.latest().progress().isEmpty()) {
            // Refused or failed before the first report: nothing is starting any more.
            progress.set(0);
            progressText.set(state == RunState.FAILED ? "Not started" : "Stopped before the first batch");
        }
        eta.set(""); // nothing runs: no time left to show
        active = null;
        running.set(false);
        currentRun.set(null);
        status.set(message);
        finishedRun.set(new FinishedRun(run.folder, state, Instant.now()));
    }

    private void show(TrainingSnapshot snapshot) {
        snapshot.backend().ifPresent(b -> {
            backendWarning.set(b.fallbackWarning(AppVersion.builtBackend()).orElse(""));
            backend.set(b.kind() + " · " + b.device());
        });
        if (snapshot.progress().isEmpty()) {
            progress.set(Progress.INDETERMINATE);
            progressText.set("Starting…");
            eta.set("");
            curvesTitle.set("");
            curvePoints.clear();
            return;
        }
        TrainingProgress latest = snapshot.progress().get();
        // Feature preparation precedes the first epoch, which the run's fraction starts from.
        progress.set(latest.phase() == TrainingPhase.PREPARING_FEATURES ? Progress.INDETERMINATE : latest.fraction());
        progressText.set(describe(latest));
        eta.set(latest.eta().map(TrainingViewModel::formatEta).orElse(""));
        curvesTitle.set(String.format(Locale.ROOT, "Fold %d/%d · %s", latest.foldIndex() + 1, latest.foldCount(),
                latest.foldId()));
        List<EpochSummary> fold = snapshot.pointsOf(latest.foldId());
        if (!fold.equals(curvePoints)) {
            curvePoints.setAll(fold);
        }
    }

    /** E.g. "Fold 1/4 · emodb:03 · epoch 3/50 · batch 2/3 · 41.7 clips/s". */
    static String describe(TrainingProgress p) {
        if (p.phase() == TrainingPhase.PREPARING_FEATURES) {
            return String.format(Locale.ROOT, "Preparing features · clip %d/%d", p.batch(), p.batches());
        }
        String fold = String.format(Locale.ROOT, "Fold %d/%d · %s", p.foldIndex() + 1, p.foldCount(), p.foldId());
        if (p.phase() == TrainingPhase.VALIDATING) {
            return fold + String.format(Locale.ROOT, " · epoch %d/%d validated", p.epoch(), p.epochs());
        }
        return fold + String.format(Locale.ROOT, " · epoch %d/%d · batch %d/%d", p.epoch(), p.epochs(), p.batch(),
                p.batches()) + (Double.isNaN(p.samplesPerSecond()) ? ""
                : String.format(Locale.ROOT, " · %.1f clips/s", p.samplesPerSecond()));
    }

    static String formatEta(Duration left) {
        return String.format(Locale.ROOT, "ETA %d:%02d:%02d", left.toHours(), left.toMinutesPart(),
                left.toSecondsPart());
    }

    /** One training in flight: its folder, its progress, and the means to stop it and wait for it. */
    private static final class ActiveRun {
        final Path folder;
        final ProgressCollector collector = new ProgressCollector();
        /** Counted down once the runner has returned: the folder's state is written and its lock released. */
        final CountDownLatch ended = new CountDownLatch(1);
        /** The training task, known from when its work starts ({@link BackgroundTask#onStart}). */
        volatile TaskHandle handle;

        ActiveRun(Path folder) {
            this.folder = folder;
        }

        void cancel() {
            TaskHandle task = handle;
            if (task != null) {
                task.cancel();
            }
        }
    }

    // ---- state for the view

    /** Whether a training is running; then Start is disabled and Cancel enabled. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether Start may be pressed: the form is valid and nothing is training. */
    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** The folder of the training in progress; null when none. */
    public ReadOnlyObjectProperty<Path> currentRunProperty() {
        return currentRun.getReadOnlyProperty();
    }

    /** The training that ended last (done, cancelled or failed); null before the first. */
    public ReadOnlyObjectProperty<FinishedRun> finishedRunProperty() {
        return finishedRun.getReadOnlyProperty();
    }

    /** Share of the run done, in [0, 1], or {@link Progress#INDETERMINATE} before the first report. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Fold, epoch and batch, e.g. "Fold 1/4 · emodb:03 · epoch 3/50 · batch 2/3 · 41.7 clips/s". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Time left for the whole run, e.g. "ETA 0:12:05"; empty while unknown. */
    public ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }

    /**
     * The backend the current or last run trains on, starting with its kind, e.g. "GPU · NVIDIA H200" or
     * "CPU · Intel(R) Xeon(R) …, 8 cores"; empty before it loaded. Changes after {@link #backendWarningProperty()}.
     */
    public ReadOnlyStringProperty backendProperty() {
        return backend.getReadOnlyProperty();
    }

    /** Said loudly when a GPU build fell back to the CPU; empty otherwise. */
    public ReadOnlyStringProperty backendWarningProperty() {
        return backendWarning.getReadOnlyProperty();
    }

    /** What the workspace is doing or how the last training ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Which fold the curves show, e.g. "Fold 1/4 · emodb:03". */
    public ReadOnlyStringProperty curvesTitleProperty() {
        return curvesTitle.getReadOnlyProperty();
    }

    /** The validated epochs of the current fold, in epoch order. */
    public ObservableList<EpochSummary> curvePoints() {
        return readOnlyCurvePoints;
    }

    /** Why a chosen target folder could not be read (or that it is being read); empty otherwise. */
    public ReadOnlyStringProperty folderProblemProperty() {
        return folderProblem.getReadOnlyProperty();
    }
}
