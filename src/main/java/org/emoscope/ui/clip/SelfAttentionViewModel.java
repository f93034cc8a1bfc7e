package org.emoscope.ui.clip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;
import org.emoscope.ui.controls.Colormap;
import org.emoscope.ui.controls.SelfAttentionImage;

/**
 * The self-attention part of the clip view: which of the model's heads the user looks at, that
 * head's step × step map on the clip's time axis, and small maps of every head to compare them at a
 * glance; all rendered off the FX thread. The chosen head is kept from clip to clip, so one head can
 * be compared across clips, and is clamped when a model with fewer heads takes over. Properties
 * change on the executor's callback thread.
 */
public final class SelfAttentionViewModel {
    static final String NO_MAPS = "No self-attention: open a model to see its heads";
    /** Side of the overview's small maps, in pixels. */
    static final int THUMBNAIL_PIXELS = 72;

    private final TaskExecutor executor;
    private final ReadOnlyIntegerWrapper headCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper selectedHead = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyObjectWrapper<SelfAttentionImage> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(NO_MAPS);
    private final ObservableList<SelfAttentionImage> overview = FXCollections.observableArrayList();
    private final ObservableList<SelfAttentionImage> readOnlyOverview = FXCollections.unmodifiableObservableList(overview);
    private Optional<ClipPrediction> prediction = Optional.empty();
    private long generation;
    private long overviewGeneration;

    SelfAttentionViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Shows the maps of a new reading (or none). */
    void show(Optional<ClipPrediction> newPrediction) {
        prediction = newPrediction;
        int heads = newPrediction.map(p -> p.analysis().selfAttention().length).orElse(0);
        headCount.set(heads);
        selectedHead.set(Math.max(1, Math.min(heads, selectedHead.get())));
        render();
        renderOverview();
    }

    /** Shows head {@code head} (1-based), clamped to the heads there are. */
    public void selectHead(int head) {
        int clamped = Math.max(1, Math.min(Math.max(1, headCount.get()), head));
        if (clamped != selectedHead.get()) {
            selectedHead.set(clamped);
            render();
        }
    }

    private void render() {
        long current = ++generation;
        if (prediction.isEmpty() || headCount.get() == 0) {
            image.set(null);
            message.set(prediction.isEmpty() ? NO_MAPS : "This model reported no self-attention maps");
            return;
        }
        ClipPrediction shown = prediction.get();
        int head = selectedHead.get();
        message.set("Drawing head " + head + "…");
        executor.execute(BackgroundTask.of("Draw self-attention head " + head,
                        context -> SelfAttentionImage.render(shown.analysis().selfAttention()[head - 1],
                                shown.attention(), head, Colormap.viridis()))
                .onSuccess(rendered -> {
                    if (current == generation) {
                        image.set(rendered);
                        message.set("");
                    }
                })
                .onFailure(error -> {
                    if (current == generation) {
                        image.set(null);
                        message.set("Cannot draw head " + head + ": " + error.getMessage());
                    }
                }));
    }

    private void renderOverview() {
        long current = ++overviewGeneration;
        overview.clear();
        if (prediction.isEmpty() || headCount.get() == 0) {
            return;
        }
        ClipPrediction shown = prediction.get();
        executor.execute(BackgroundTask.of("Draw the self-attention heads", context -> {
                    List<SelfAttentionImage> small = new ArrayList<>();
                    float[][][] maps = shown.analysis().selfAttention();
                    for (int head = 0; head < maps.length; head++) {
                        context.checkCancelled();
                        small.add(SelfAttentionImage.render(maps[head], shown.attention(), head + 1,
                                Colormap.viridis(), THUMBNAIL_PIXELS));
                    }
                    return small;
                })
                .onSuccess(small -> {
                    if (current == overviewGeneration) {
                        overview.setAll(small);
                    }
                }));
    }

    /** How many heads the shown model has; 0 without a reading. */
    public ReadOnlyIntegerProperty headCountProperty() {
        return headCount.getReadOnlyProperty();
    }

    /** The head shown, 1-based; change it with {@link #selectHead}. */
    public ReadOnlyIntegerProperty selectedHeadProperty() {
        return selectedHead.getReadOnlyProperty();
    }

    /** The selected head's map, null while there is none. */
    public ReadOnlyObjectProperty<SelfAttentionImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** Every head's map, small and in head order; empty without a reading (or while being drawn). */
    public ObservableList<SelfAttentionImage> overview() {
        return readOnlyOverview;
    }

    /** Why there is no map (or that it is being drawn); empty when it is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
