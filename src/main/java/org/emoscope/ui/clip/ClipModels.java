package org.emoscope.ui.clip;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emoscope.corpus.Clip;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;

/**
 * Which model reads the clip view's clips: the user's model (Model → Open model…, or the demo model) and the
 * selected run's fold models ({@link ModelChoice}, cached in {@link RunModels}), with the status line that says
 * which one read the shown clip. The user's model loads in the background; its properties change on the executor's
 * callback thread (the FX thread in the workbench).
 */
final class ClipModels implements AutoCloseable {
    static final String NO_MODEL_HINT = "No model: open one (Model → Open model…) to see attention";

    private final TaskExecutor executor;
    private final ModelLoader modelLoader;
    private final RunModels runModels;
    /** Told when a new user model is ready, so the shown clip is read again. */
    private final Runnable modelChanged;
    /** Told why a model could not be opened. */
    private final Consumer<String> problems;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(NO_MODEL_HINT);
    private Optional<ClipAnalyser> userModel = Optional.empty();
    /** Whether the user model came from Model → Open model… rather than the demo model. */
    private boolean chosenByUser;
    /** The status line for the user's model: the hint, "Loading…" or its name. */
    private String userModelStatus = NO_MODEL_HINT;
    /** Which model read the shown clip. */
    private ModelChoice shown = new ModelChoice.UserModel("");
    private long generation;

    ClipModels(TaskExecutor executor, ModelLoader modelLoader, Runnable modelChanged, Consumer<String> problems) {
        this.executor = executor;
        this.modelLoader = modelLoader;
        this.runModels = new RunModels(modelLoader, RunModels.DEFAULT_CAPACITY);
        this.modelChanged = modelChanged;
        this.problems = problems;
    }

    /** The model a clip is read with, as chosen: the analyser (none for a recorded prediction), why, and a problem. */
    record Picked(Optional<ClipAnalyser> analyser, ModelChoice choice, String problem) {
    }

    /** Picks, on any thread, the model for each clip; made on the FX thread with the models chosen then. */
    @FunctionalInterface
    interface Picker {
        Picked pick(Clip clip);
    }

    /** A picker for clips shown with {@code run} selected (null: none): its fold models read the clips it tested. */
    Picker picker(RunResults run) {
        Optional<ClipAnalyser> user = userModel;
        return clip -> pick(clip, user, run);
    }

    private Picked pick(Clip clip, Optional<ClipAnalyser> user, RunResults run) {
        ModelChoice choice = ModelChoice.forClip(run, clip);
        if (choice instanceof ModelChoice.RecordedPrediction) {
            // A baseline run's prediction is shown as recorded; no model of another kind reads its clips.
            return new Picked(Optional.empty(), choice, "");
        }
        if (choice instanceof ModelChoice.FoldModel fold) {
            try {
                return new Picked(Optional.of(runModels.get(fold.file())), choice, "");
            } catch (Exception e) {
                // Another model's prediction beside the run's error would pass for the run's: none reads the clip.
                return new Picked(Optional.empty(), new ModelChoice.UserModel(
                        "the fold model of run " + fold.runName() + " failed to open"),
                        "Could not open " + fold.file() + ": " + e.getMessage());
            }
        }
        return new Picked(user, choice, "");
    }

    /** The shown clip was read as {@code choice} said: the status line names that model. */
    void shown(ModelChoice choice) {
        shown = choice;
        updateStatus();
    }

    ModelChoice shownChoice() {
        return shown;
    }

    /** Whether the user's (or the demo) model is loaded. */
    boolean hasUserModel() {
        return userModel.isPresent();
    }

    /** Loads the model in {@code modelFile} in the background; once loaded it reads the clips. */
    void open(Path modelFile) {
        chosenByUser = true;
        load("Load model " + modelFile.getFileName(), "Loading model " + modelFile.getFileName() + "…",
                () -> Optional.of(modelLoader.load(modelFile)));
    }

    /** Loads the {@link DemoModel} if there is one; without one the no-model hint stays. */
    void openDemo() {
        load("Load demo model", "Looking for a demo model…", () -> {
            Optional<Path> file = DemoModel.locate();
            return file.isPresent() ? Optional.of(modelLoader.load(file.get())) : Optional.empty();
        });
    }

    /** Where a model comes from; may touch the disk, so it runs in the task. */
    @FunctionalInterface
    private interface ModelSource {
        Optional<ClipAnalyser> open() throws Exception;
    }

    private void load(String title, String loadingStatus, ModelSource source) {
        long current = ++generation;
        String previousStatus = userModelStatus;
        loading.set(true);
        userModelStatus = loadingStatus;
        updateStatus();
        // Model loads are not cancelled: a superseded one still finishes, so that it can be closed.
        executor.execute(BackgroundTask.of(title, context -> source.open())
                .onSuccess(loaded -> {
                    if (current != generation) {
                        loaded.ifPresent(ClipAnalyser::close);
                        return;
                    }
                    loading.set(false);
                    if (loaded.isEmpty()) {
                        userModelStatus = previousStatus;
                        updateStatus();
                        return;
                    }
                    userModel.ifPresent(ClipAnalyser::close);
                    userModel = loaded;
                    userModelStatus = "Model: " + loaded.get().name();
                    updateStatus();
                    modelChanged.run();
                })
                .onFailure(error -> {
                    if (current == generation) {
                        loading.set(false);
                        userModelStatus = previousStatus;
                        updateStatus();
                        problems.accept("Could not open the model: " + error.getMessage());
                    }
                }));
    }

    private void updateStatus() {
        // A model the user opened does not read a run's test clips: say so rather than ignore it silently.
        String userModelNote = chosenByUser && userModel.isPresent()
                ? " · " + userModel.get().name() + " reads the clips the run did not test" : "";
        if (shown instanceof ModelChoice.FoldModel fold) {
            status.set(fold.describe() + userModelNote);
        } else if (shown instanceof ModelChoice.RecordedPrediction recorded) {
            status.set(recorded.describe() + userModelNote);
        } else if (shown instanceof ModelChoice.UserModel user && !user.reason().isEmpty()) {
            status.set(userModelStatus + " (" + user.reason() + ")");
        } else {
            status.set(userModelStatus);
        }
    }

    /** Whether the user's model is loading. */
    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * Which model reads the shown clip: a run's fold model with the run and fold, the user's model (with why not a
     * run's, when a run is selected), or {@link #NO_MODEL_HINT}.
     */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void close() {
        userModel.ifPresent(ClipAnalyser::close);
        userModel = Optional.empty();
        runModels.close();
    }
}
