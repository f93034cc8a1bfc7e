package org.emoscope.ui.clip;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.corpus.Clip;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.Progress;
import org.emoscope.task.TaskCancelledException;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.TaskHandle;

/**
 * Several clips side by side — e.g. one sentence of one speaker in two emotions — each read as the clip view reads
 * it (spectrogram, prosody, the model's attention), stacked on one time axis: absolute (the same seconds per pixel
 * for every clip) or relative (each clip fills the width). Reading runs in the background with progress and
 * cancel; a clip that cannot be read is named in the status and the others are shown. FX thread only.
 */
public final class ClipComparisonViewModel {
    /** More clips than this do not fit readably one above the other. */
    public static final int MAX_CLIPS = 8;

    private final TaskExecutor executor;
    private final ObservableList<ClipContent> contents = FXCollections.observableArrayList();
    private final ObservableList<ClipContent> readOnlyContents = FXCollections.unmodifiableObservableList(contents);
    private final BooleanProperty relativeTime = new SimpleBooleanProperty(this, "relativeTime", false);
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private TaskHandle task;
    private long generation;

    public ClipComparisonViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Reads {@code clips} (the first {@link #MAX_CLIPS}) with {@code reader} and shows them, replacing the clips
     * shown or still being read.
     */
    public void compare(List<Clip> clips, ClipViewModel.ClipReading reader) {
        cancel();
        long asked = ++generation;
        List<Clip> chosen = List.copyOf(clips.subList(0, Math.min(clips.size(), MAX_CLIPS)));
        String dropped = clips.size() > MAX_CLIPS ? " (the first " + MAX_CLIPS + " of " + clips.size() + ")" : "";
        contents.clear();
        reading.set(true);
        status.set("Reading " + chosen.size() + " clips" + dropped + "…");
        task = executor.execute(BackgroundTask.of("Compare " + chosen.size() + " clips", context -> {
                    List<ClipContent> read = new ArrayList<>();
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < chosen.size(); i++) {
                        context.checkCancelled();
                        context.progress(new Progress((double) i / chosen.size(),
                                "Reading " + chosen.get(i).relativePath() + " (" + (i + 1) + " of " + chosen.size() + ")"));
                        try {
                            ClipContent content = reader.read(chosen.get(i), context);
                            read.add(content);
                            if (!content.analysisProblem().isBlank()) {
                                problems.add(content.analysisProblem());
                            }
                        } catch (TaskCancelledException e) {
                            throw e;
                        } catch (Exception e) {
                            problems.add(chosen.get(i).relativePath() + ": " + e.getMessage());
                        }
                    }
                    return new Read(read, problems, dropped);
                })
                .onSuccess(result -> {
                    if (asked == generation) {
                        reading.set(false);
                        contents.setAll(result.contents());
                        status.set(summary(result));
                    }
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        reading.set(false);
                        status.set("Comparing failed: " + error.getMessage());
                    }
                })
                .onCancelled(() -> {
                    if (asked == generation) {
                        reading.set(false);
                        status.set("Comparing cancelled");
                    }
                }));
    }

    private record Read(List<ClipContent> contents, List<String> problems, String dropped) {
    }

    private static String summary(Read result) {
        boolean predicted = result.contents().stream().anyMatch(c -> c.prediction().isPresent());
        String text = result.contents().size() + " clips" + result.dropped()
                + (predicted ? "" : " · no model, so no attention (open one, or select a run)");
        return result.problems().isEmpty() ? text : text + " · " + String.join(" · ", result.problems());
    }

    /** Stops reading; what was shown stays. */
    public void cancel() {
        if (task != null) {
            task.cancel();
            task = null;
        }
    }

    /** The clips read, in the order asked. */
    public ObservableList<ClipContent> contents() {
        return readOnlyContents;
    }

    /** Whether each clip fills the width (relative time) rather than all sharing seconds per pixel (absolute). */
    public BooleanProperty relativeTimeProperty() {
        return relativeTime;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The longest clip shown, in seconds: the absolute axis's length. */
    public double longestSeconds() {
        return contents.stream().mapToDouble(ClipContent::seconds).max().orElse(0);
    }
}
