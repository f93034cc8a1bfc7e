package org.emoscope.ui.clip;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.TaskHandle;
import org.emoscope.training.ClipAnalysis;

/**
 * The clip view's state: the selected clip, its audio, spectrogram and (with a model) the model's
 * reading, the playback position, and what the view should say while loading or after a failure.
 *
 * <p>Opening a clip is one background task (decode, features, image, analysis); opening another
 * cancels it, and a result that arrives after a newer request is dropped. A new model loads in the
 * background and then re-opens the current clip so its attention appears. All properties change on
 * the executor's callback thread (the FX thread in the workbench).
 */
public final class ClipViewModel implements AutoCloseable {
    public static final String NO_MODEL_HINT = "No model: open one (Model → Open model…) to see attention";

    private final TaskExecutor executor;
    private final ModelLoader modelLoader;
    private final ClipLoader clipLoader;

    private final ReadOnlyObjectWrapper<Clip> clip = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ClipContent> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper modelLoading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper modelStatus = new ReadOnlyStringWrapper(NO_MODEL_HINT);
    private final ReadOnlyStringWrapper predictionSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attentionMessage = new ReadOnlyStringWrapper(NO_MODEL_HINT);
    private final ReadOnlyDoubleWrapper playbackPosition = new ReadOnlyDoubleWrapper(0);
    private final ObservableList<EmotionProbability> probabilities = FXCollections.observableArrayList();
    // One wrapper for everyone: a wrapper made per call listens weakly and can be collected with its listeners.
    private final ObservableList<EmotionProbability> readOnlyProbabilities =
            FXCollections.unmodifiableObservableList(probabilities);

    private Optional<ClipAnalyser> model = Optional.empty();
    private TaskHandle openTask;
    private long openGeneration;
    private long modelGeneration;

    public ClipViewModel(TaskExecutor executor, ModelLoader modelLoader) {
        this(executor, modelLoader, new ClipLoader());
    }

    public ClipViewModel(TaskExecutor executor, ModelLoader modelLoader, ClipLoader clipLoader) {
        this.executor = executor;
        this.modelLoader = modelLoader;
        this.clipLoader = clipLoader;
        content.addListener((obs, old, now) -> describe(now));
        content.addListener((obs, old, now) -> updateAttentionMessage());
        modelStatus.addListener((obs, old, now) -> updateAttentionMessage());
    }

    /** Loads {@code newClip} in the background, abandoning any clip still loading. */
    public void open(Clip newClip) {
        if (openTask != null) {
            openTask.cancel();
        }
        long generation = ++openGeneration;
        Optional<ClipAnalyser> analyser = model;
        clip.set(newClip);
        loading.set(true);
        errorMessage.set("");
        openTask = executor.execute(BackgroundTask.of("Open " + newClip.relativePath(),
                        context -> clipLoader.load(newClip, analyser, context))
                .onSuccess(loaded -> {
                    if (generation == openGeneration) {
                        playbackPosition.set(0);
                        content.set(loaded);
                        errorMessage.set(loaded.analysisProblem());
                        loading.set(false);
                    }
                })
                .onFailure(error -> {
                    if (generation == openGeneration) {
                        content.set(null);
                        errorMessage.set(error.getMessage() != null ? error.getMessage() : error.toString());
                        loading.set(false);
                    }
                })
                .onCancelled(() -> {
                    if (generation == openGeneration) {
                        loading.set(false);
                    }
                }));
    }

    /** Loads the model in {@code modelFile} in the background; once loaded it analyses the open clip. */
    public void setModel(Path modelFile) {
        loadModel("Load model " + modelFile.getFileName(), "Loading model " + modelFile.getFileName() + "…",
                () -> Optional.of(modelLoader.load(modelFile)));
    }

    /** Loads the {@link DemoModel} if there is one; without one the no-model hint stays. */
    public void openDemoModel() {
        loadModel("Load demo model", "Looking for a demo model…", () -> {
            Optional<Path> file = DemoModel.locate();
            return file.isPresent() ? Optional.of(modelLoader.load(file.get())) : Optional.empty();
        });
    }

    /** Where a model comes from; may touch the disk, so it runs in the task. */
    @FunctionalInterface
    private interface ModelSource {
        Optional<ClipAnalyser> open() throws Exception;
    }

    private void loadModel(String title, String status, ModelSource source) {
        long generation = ++modelGeneration;
        String previousStatus = modelStatus.get();
        modelLoading.set(true);
        modelStatus.set(status);
        // Model loads are not cancelled: a superseded one still finishes, so that it can be closed.
        executor.execute(BackgroundTask.of(title, context -> source.open())
                .onSuccess(loaded -> {
                    if (generation != modelGeneration) {
                        loaded.ifPresent(ClipAnalyser::close);
                        return;
                    }
                    modelLoading.set(false);
                    if (loaded.isEmpty()) {
                        modelStatus.set(previousStatus);
                        return;
                    }
                    model.ifPresent(ClipAnalyser::close);
                    model = loaded;
                    modelStatus.set("Model: " + loaded.get().name());
                    if (clip.get() != null) {
                        open(clip.get());
                    }
                })
                .onFailure(error -> {
                    if (generation == modelGeneration) {
                        modelLoading.set(false);
                        modelStatus.set(previousStatus);
                        errorMessage.set("Could not open the model: " + error.getMessage());
                    }
                }));
    }

    /** Moves the playback position, clamped to the open clip. */
    public void seek(double seconds) {
        ClipContent shown = content.get();
        double end = shown == null ? 0 : shown.seconds();
        playbackPosition.set(Math.min(end, Math.max(0, seconds)));
    }

    private void describe(ClipContent shown) {
        List<EmotionProbability> bars = new ArrayList<>();
        if (shown == null) {
            predictionSummary.set("");
        } else if (shown.prediction().isEmpty()) {
            predictionSummary.set("Labelled " + shown.clip().emotion().label());
        } else {
            ClipAnalysis analysis = shown.prediction().get().analysis();
            Emotion predicted = analysis.predictedEmotion();
            Emotion labelled = shown.clip().emotion();
            for (int i = 0; i < analysis.emotions().size(); i++) {
                Emotion emotion = analysis.emotions().get(i);
                bars.add(new EmotionProbability(emotion, analysis.emotionProbabilities()[i],
                        emotion == predicted, emotion == labelled));
            }
            double probability = bars.stream().filter(EmotionProbability::predicted).findFirst()
                    .orElseThrow().probability();
            predictionSummary.set(String.format(Locale.ROOT, "Predicted %s (%.0f %%) · labelled %s %s",
                    predicted.label(), 100 * probability, labelled.label(), predicted == labelled ? "✓" : "✗"));
        }
        probabilities.setAll(bars);
    }

    private void updateAttentionMessage() {
        ClipContent shown = content.get();
        if (shown != null && shown.prediction().isPresent()) {
            attentionMessage.set("");
        } else if (shown != null && !shown.analysisProblem().isEmpty()) {
            attentionMessage.set("The model could not analyse this clip");
        } else if (model.isPresent()) {
            attentionMessage.set("Analysing…");
        } else {
            attentionMessage.set(modelStatus.get());
        }
    }

    /** Closes the model; call when the window closes. */
    @Override
    public void close() {
        if (openTask != null) {
            openTask.cancel();
        }
        model.ifPresent(ClipAnalyser::close);
        model = Optional.empty();
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
        return modelLoading.getReadOnlyProperty();
    }

    /** Which model is loaded, or {@link #NO_MODEL_HINT}. */
    public ReadOnlyStringProperty modelStatusProperty() {
        return modelStatus.getReadOnlyProperty();
    }

    /** "Predicted anger (62 %) · labelled anger ✓", or just the label without a model. */
    public ReadOnlyStringProperty predictionSummaryProperty() {
        return predictionSummary.getReadOnlyProperty();
    }

    /** The emotion probabilities of the shown clip in the model's class order; empty without a prediction. */
    public ObservableList<EmotionProbability> probabilities() {
        return readOnlyProbabilities;
    }

    /** Seconds into the shown clip; moved by {@link #seek} and by playback. */
    public ReadOnlyDoubleProperty playbackPositionProperty() {
        return playbackPosition.getReadOnlyProperty();
    }

    /** What to show where the attention weights would be: empty when they are there, else why not. */
    public ReadOnlyStringProperty attentionMessageProperty() {
        return attentionMessage.getReadOnlyProperty();
    }
}
