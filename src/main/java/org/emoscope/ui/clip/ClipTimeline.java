package org.emoscope.ui.clip;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.emoscope.ui.controls.TimeWindow;

/**
 * The clip view's one time axis: the stretch of the clip the tracks show, the playback cursor, and the moves the
 * buttons, wheel, drag, scroll bar and keys make (zoom, pan, seek). The shown clip sets its length
 * ({@link #showClip}). FX thread only.
 */
public final class ClipTimeline {
    /** What the − and + buttons magnify by. */
    static final double ZOOM_STEP = 2;
    private static final int PAN_STEPS_PER_VIEW = 5;
    private static final int SEEK_STEPS_PER_VIEW = 10;

    private final ReadOnlyDoubleWrapper playbackPosition = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>();

    /** A new clip of {@code seconds}: the whole of it in view, the cursor at its start. */
    void showClip(double seconds) {
        playbackPosition.set(0);
        window.set(TimeWindow.whole(seconds));
    }

    /** No clip shown. */
    void clear() {
        window.set(null);
    }

    /** Moves the playback position, clamped to the open clip, and turns the view's page to show it. */
    public void seek(double seconds) {
        TimeWindow shown = window.get();
        double end = shown == null ? 0 : shown.clipSeconds();
        playbackPosition.set(Math.min(end, Math.max(0, seconds)));
        if (shown != null) {
            window.set(shown.reveal(playbackPosition.get()));
        }
    }

    /**
     * Where the playback cursor goes on one seek step ({@code direction} 1 later, -1 earlier): a tenth of the view's
     * span, so the step stays readable at every zoom (0.2 s on a whole 2-s clip, one 25-ms hop at ×8).
     */
    public double seekStepTarget(int direction) {
        TimeWindow shown = window.get();
        double step = shown == null ? 0 : shown.spanSeconds() / SEEK_STEPS_PER_VIEW;
        return playbackPosition.get() + direction * step;
    }

    /** Magnifies the view by {@code factor} (below 1 shrinks it) keeping {@code anchorSeconds} in place. */
    public void zoomAround(double anchorSeconds, double factor) {
        if (window.get() != null) {
            window.set(window.get().zoom(anchorSeconds, factor));
        }
    }

    /** Zooms in one step around the playback cursor when it is in view, else around the view's middle. */
    public void zoomIn() {
        zoomAround(zoomAnchor(), ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAround(zoomAnchor(), 1 / ZOOM_STEP);
    }

    private double zoomAnchor() {
        TimeWindow shown = window.get();
        if (shown == null) {
            return 0;
        }
        double cursor = playbackPosition.get();
        return shown.contains(cursor) ? cursor : (shown.startSeconds() + shown.endSeconds()) / 2;
    }

    /** Moves the view by {@code seconds} (positive: later). */
    public void panBy(double seconds) {
        if (window.get() != null) {
            window.set(window.get().panBy(seconds));
        }
    }

    /** Moves the view by a fifth of its span, {@code direction} 1 later and -1 earlier (the ← and → keys). */
    public void panStep(int direction) {
        if (window.get() != null) {
            panBy(direction * window.get().spanSeconds() / PAN_STEPS_PER_VIEW);
        }
    }

    /** Moves the view's left edge to {@code seconds} (the scroll bar). */
    public void scrollTo(double seconds) {
        if (window.get() != null) {
            window.set(window.get().scrollTo(seconds));
        }
    }

    /** Shows the whole clip again. */
    public void fit() {
        if (window.get() != null) {
            window.set(TimeWindow.whole(window.get().clipSeconds()));
        }
    }

    /** Seconds into the shown clip; moved by {@link #seek} and by playback. */
    public ReadOnlyDoubleProperty playbackPositionProperty() {
        return playbackPosition.getReadOnlyProperty();
    }

    /** The stretch of the shown clip the tracks show; null while no clip is shown. */
    public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }
}
