package org.emoscope.ui.clip;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.emoscope.corpus.Clip;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskContext;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.TaskHandle;
import org.emoscope.ui.WorkbenchSelection;

/**
 * The clip view's state: the selected clip, its audio, spectrogram and (with a model) the model's
 * reading, its time axis ({@link ClipTimeline}: the playback position and the visible window), and what the view
 * should say while loading or after a failure.
 *
 * <p>It follows a {@link WorkbenchSelection}: a new clip there is opened, a play request plays the
 * clip once it has loaded, and a selected run decides the model ({@link ClipModels}): a clip the run tested is read
 * by the model of the fold that held its speaker out; other clips by the model the user opened or the demo model.
 *
 * <p>Opening a clip is one background task (decode, features, image, model choice, analysis);
 * opening another cancels it, and a result that arrives after a newer request is dropped. A new
 * model loads in the background and then re-opens the current clip so its attention appears. All
 * properties change on the executor's callback thread (the FX thread in the workbench).
 */
public final class ClipViewModel implements AutoCloseable {
    public static final String NO_MODEL_HINT = ClipModels.NO_MODEL_HINT;

    private final TaskExecutor executor;
    /** Held so that it lives as long as this: the browser's bidirectional binding to it is weak. */
    private final WorkbenchSelection selection;
    private final ClipLoader clipLoader;
    private final ClipModels models;
    private final SelfAttentionViewModel selfAttention;

    private final ReadOnlyObjectWrapper<Clip> clip = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ClipContent> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attentionMessage = new ReadOnlyStringWrapper(NO_MODEL_HINT);
    private final ClipTimeline timeline = new ClipTimeline();
    private final ClipReadout readout = new ClipReadout();
    private final ClipExports exports;
    private final ReadOnlyLongWrapper playCues = new ReadOnlyLongWrapper(0);
    private RunResults run;
    private TaskHandle openTask;
    private long openGeneration;
    /** The open whose clip should play once loaded; -1 for none. */
    private long playWhenLoaded = -1;

    /** The workbench's: clips decoded with the paper's features, fold models cached. */
    public ClipViewModel(TaskExecutor executor, ModelLoader modelLoader, WorkbenchSelection selection) {
        this(executor, modelLoader, new ClipLoader(), selection);
    }

    public ClipViewModel(TaskExecutor executor, ModelLoader modelLoader, ClipLoader clipLoader,
                         WorkbenchSelection selection) {
        this.executor = executor;
        this.exports = new ClipExports(executor, content.getReadOnlyProperty());
        this.selection = selection;
        this.clipLoader = clipLoader;
        this.models = new ClipModels(executor, modelLoader, this::reopen, errorMessage::set);
        this.selfAttention = new SelfAttentionViewModel(executor);
        content.addListener((obs, old, now) -> readout.show(now, models.shownChoice()));
        content.addListener((obs, old, now) -> updateAttentionMessage());
        content.addListener((obs, old, now) -> selfAttention.show(now == null ? Optional.empty() : now.prediction()));
        models.statusProperty().addListener((obs, old, now) -> updateAttentionMessage());
        selection.clipProperty().addListener((obs, old, now) -> {
            if (now != null) {
                open(now);
            }
        });
        selection.runProperty().addListener((obs, old, now) -> setRun(now));
        selection.playRequestsProperty().addListener((obs, old, now) -> requestPlay());
        run = selection.runProperty().get();
        if (selection.clipProperty().get() != null) {
            open(selection.clipProperty().get());
        }
    }

    /** Loads {@code newClip} in the background, abandoning any clip still loading. */
    public void open(Clip newClip) {
        if (openTask != null) {
            openTask.cancel();
        }
        long generation = ++openGeneration;
        ClipModels.Picker picker = models.picker(run);
        clip.set(newClip);
        loading.set(true);
        errorMessage.set("");
        openTask = executor.execute(BackgroundTask.of("Open " + newClip.relativePath(),
                        context -> load(newClip, picker, context))
                .onSuccess(opened -> {
                    if (generation == openGeneration) {
                        showOpened(opened, generation);
                    }
                })
                .onFailure(error -> {
                    if (generation == openGeneration) {
                        content.set(null);
                        timeline.clear();
                        errorMessage.set(error.getMessage() != null ? error.getMessage() : error.toString());
                        loading.set(false);
                        playWhenLoaded = -1;
                    }
                })
                .onCancelled(() -> {
                    if (generation == openGeneration) {
                        loading.set(false);
                    }
                }));
    }

    /** Reads a clip as a view would show it, on a background thread. */
    @FunctionalInterface
    public interface ClipReading {
        ClipContent read(Clip clip, TaskContext context) throws Exception;
    }

    /**
     * Reads clips as this view reads them now: with the opened model, or with the fold model of the selected run
     * that held each clip's speaker out. For work beside the view, such as comparing clips; call on the FX thread,
     * use the reading on any.
     */
    public ClipReading reading() {
        ClipModels.Picker picker = models.picker(run);
        return (clip, context) -> load(clip, picker, context).content();
    }

    /** A loaded clip with the model choice that read it. */
    private record Opened(ClipContent content, ModelChoice choice, String modelProblem) {
    }

    /** Runs in the open task: picks the model (loading a fold model if needed), then loads the clip. */
    private Opened load(Clip newClip, ClipModels.Picker picker, TaskContext context) throws Exception {
        ClipModels.Picked picked = picker.pick(newClip);
        context.checkCancelled();
        return new Opened(clipLoader.load(newClip, picked.analyser(), context), picked.choice(), picked.problem());
    }

    private void showOpened(Opened opened, long generation) {
        ClipContent previous = content.get();
        ClipContent loaded = opened.content();
        boolean sameClip = previous != null && previous.clip().equals(loaded.clip())
                && previous.seconds() == loaded.seconds();
        if (!sameClip) {
            timeline.showClip(loaded.seconds());
        }
        models.shown(opened.choice());
        content.set(loaded);
        errorMessage.set(String.join("  ", opened.modelProblem(), loaded.analysisProblem()).strip());
        loading.set(false);
        if (playWhenLoaded == generation) {
            playWhenLoaded = -1;
            cuePlayback();
        }
    }

    /** Reads clips with the fold models of {@code newRun} (null: none), re-reading the shown clip. */
    private void setRun(RunResults newRun) {
        run = newRun;
        reopen();
    }

    /** Reads the shown clip again, e.g. with a model that has just loaded. */
    private void reopen() {
        if (clip.get() != null) {
            open(clip.get());
        }
    }

    /** Plays the current clip from its start as soon as it has loaded (at once if it has). */
    public void requestPlay() {
        if (loading.get()) {
            playWhenLoaded = openGeneration;
        } else if (content.get() != null) {
            cuePlayback();
        }
    }

    private void cuePlayback() {
        timeline.seek(0);
        playCues.set(playCues.get() + 1);
    }

    /** Loads the model in {@code modelFile} in the background; once loaded it analyses the open clip. */
    public void setModel(Path modelFile) {
        models.open(modelFile);
    }

    /** Loads the {@link DemoModel} if there is one; without one the no-model hint stays. */
    public void openDemoModel() {
        models.openDemo();
    }

    /** Saving the shown clip's view, α and prosody. */
    public ClipExports exports() {
        return exports;
    }

    private void updateAttentionMessage() {
        ClipContent shown = content.get();
        if (shown != null && shown.prediction().isPresent()) {
            attentionMessage.set("");
        } else if (shown != null && models.shownChoice() instanceof ModelChoice.RecordedPrediction recorded) {
            attentionMessage.set("No attention: " + recorded.model() + " has no network");
        } else if (shown != null && !shown.analysisProblem().isEmpty()) {
            attentionMessage.set("The model could not analyse this clip");
        } else if (models.hasUserModel()) {
            attentionMessage.set("Analysing…");
        } else {
            attentionMessage.set(models.statusProperty().get());
        }
    }

    /** Closes the models; call when the window closes. */
    @Override
    public void close() {
        if (openTask != null) {
            openTask.cancel();
        }
        models.close();
    }

    public ReadOnlyObjectProperty<Clip> clipProperty() {
        return clip.getReadOnlyProperty();
    }

    /** What is shown; null before the first clip and after a clip failed to load. */
    public ReadOnlyObjectProperty<ClipContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last problem to show the user, empty when there is none. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modelLoadingProperty() {
        return models.loadingProperty();
    }

    /** Which model reads the shown clip (see {@link ClipModels#statusProperty()}). */
    public ReadOnlyStringProperty modelStatusProperty() {
        return models.statusProperty();
    }

    /** Empty, or why the shown prediction should not be taken at face value (another corpus, language or label set). */
    public ReadOnlyStringProperty domainNoteProperty() {
        return readout.domainNoteProperty();
    }

    /** "Predicted anger (62 %) · labelled anger ✓", or just the label without a model. */
    public ReadOnlyStringProperty predictionSummaryProperty() {
        return readout.predictionSummaryProperty();
    }

    /** The emotion probabilities of the shown clip in the model's class order; empty without a prediction. */
    public ObservableList<EmotionProbability> probabilities() {
        return readout.probabilities();
    }

    /**
     * The speaker head's most probable speakers (see {@link ClipReadout#TOP_SPEAKERS}), most probable first;
     * empty without a prediction or when the model's speaker head was not trained.
     */
    public ObservableList<SpeakerProbability> speakerProbabilities() {
        return readout.speakerProbabilities();
    }

    /** "Speaker", or "Speaker (top 5 of 9)" when the head has more classes than the chart shows. */
    public ReadOnlyStringProperty speakerTitleProperty() {
        return readout.speakerTitleProperty();
    }

    /** A note under the speaker chart, e.g. that the true speaker was held out; empty when none. */
    public ReadOnlyStringProperty speakerNoteProperty() {
        return readout.speakerNoteProperty();
    }

    /** The shown clip's time axis: the visible window and the playback cursor. */
    public ClipTimeline timeline() {
        return timeline;
    }

    /** Counts the moments the view should start playback (from the position, just set to 0). */
    public ReadOnlyLongProperty playCuesProperty() {
        return playCues.getReadOnlyProperty();
    }

    /** What to show where the attention weights would be: empty when they are there, else why not. */
    public ReadOnlyStringProperty attentionMessageProperty() {
        return attentionMessage.getReadOnlyProperty();
    }

    /** The self-attention heads of the shown clip's reading. */
    public SelfAttentionViewModel selfAttention() {
        return selfAttention;
    }
}
