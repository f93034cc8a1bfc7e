package org.emoscope.ui.clip;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emoscope.io.AtomicFiles;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;
import org.emoscope.ui.controls.ArgbImage;
import org.emoscope.ui.controls.PngImages;

/**
 * Saving what the clip view shows: the view as PNG, α and the pitch and energy contour as CSV, each written
 * atomically in the background, with one message saying what was saved where or why not. Called on the executor's
 * callback thread (the FX thread in the workbench).
 */
public final class ClipExports {
    private final TaskExecutor executor;
    private final ReadOnlyObjectProperty<ClipContent> content;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    ClipExports(TaskExecutor executor, ReadOnlyObjectProperty<ClipContent> content) {
        this.executor = executor;
        this.content = content;
    }

    /** Writes the shown clip's attention weights α as CSV ({@link AlphaCsv}) in the background. */
    public void exportAlpha(Path file) {
        ClipContent shown = content.get();
        if (shown == null || shown.prediction().isEmpty()) {
            message.set("No attention to export: the clip has no model reading");
            return;
        }
        byte[] csv = AlphaCsv.format(shown.prediction().get().attention()).getBytes(StandardCharsets.UTF_8);
        save(file, "attention α of " + shown.clip().relativePath(), out -> out.write(csv));
    }

    /** Writes the shown clip's pitch and energy contour, with α per frame when the clip has a reading, as CSV. */
    public void exportProsody(Path file) {
        ClipContent shown = content.get();
        if (shown == null) {
            message.set("No prosody to export: no clip is shown");
            return;
        }
        byte[] csv = ProsodyCsv.format(shown.prosody(), shown.prediction().map(ClipPrediction::attention))
                .getBytes(StandardCharsets.UTF_8);
        save(file, "pitch and energy of " + shown.clip().relativePath(), out -> out.write(csv));
    }

    /** Writes {@code image} (a snapshot of the view, taken on the FX thread) as PNG in the background. */
    public void exportImage(ArgbImage image, Path file) {
        save(file, "the view", out -> out.write(PngImages.encode(image)));
    }

    private void save(Path file, String what, AtomicFiles.Content writer) {
        message.set("Saving " + file.getFileName() + "…");
        executor.execute(BackgroundTask.of("Save " + file, context -> {
                    AtomicFiles.write(file, writer);
                    return file;
                })
                .onSuccess(saved -> message.set("Saved " + what + " to " + saved))
                .onFailure(error -> message.set("Could not save " + file + ": " + error.getMessage())));
    }

    /** What the last save did: "Saving …", "Saved … to …" or why it could not; empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
