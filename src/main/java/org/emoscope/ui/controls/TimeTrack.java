package org.emoscope.ui.controls;

import java.util.Optional;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;

/**
 * A horizontal strip that draws something over a clip's time axis: the base of the waveform,
 * spectrogram, attention and time-axis tracks, which share its gutters and its visible
 * {@link TimeWindow} so that one second lies at the same x in all of them at every zoom. It owns the
 * playback cursor (a line node, so moving it redraws nothing) and turns the mouse into requests:
 * a primary click or drag seeks, Ctrl/⌘ + wheel zooms around the pointer, the wheel or a secondary /
 * middle drag pans. Subclasses draw on a canvas that is redrawn only when their data, the window or
 * their size changes, and keep their data inside the plot area. FX thread only.
 */
public abstract class TimeTrack extends CanvasRegion {
    /** Room left of the time axis for each track's labels. */
    public static final double LEFT_GUTTER = 84;
    /** Room right of the time axis (the spectrogram's colour bar). */
    public static final double RIGHT_GUTTER = 72;

    protected static final Font LABEL_FONT = Font.font(11);
    protected static final Color LABEL_COLOUR = Color.web("#444");
    protected static final Color GRID_COLOUR = Color.web("#c8c8c8");

    /** How much one wheel notch (40 px of scroll) magnifies. */
    private static final double ZOOM_PER_NOTCH = 1.25;
    private static final double NOTCH = 40;

    /** Asks for the view to be magnified by {@code factor} around {@code anchorSeconds}. */
    @FunctionalInterface
    public interface ZoomRequest {
        void zoom(double anchorSeconds, double factor);
    }

    private final Line cursor = new Line();
    private final DoubleProperty cursorSeconds = new SimpleDoubleProperty(this, "cursorSeconds", 0);
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final double preferredHeight;
    private double durationSeconds;
    private DoubleConsumer onSeek = seconds -> { };
    private DoubleConsumer onPan = seconds -> { };
    private ZoomRequest onZoom = (anchor, factor) -> { };
    private double panFromX = Double.NaN;

    protected TimeTrack(double preferredHeight) {
        this.preferredHeight = preferredHeight;
        getStyleClass().add("time-track");
        cursor.getStyleClass().add("playback-cursor");
        cursor.setMouseTransparent(true);
        cursor.setVisible(false);
        getChildren().addAll(canvas, cursor);
        cursorSeconds.addListener((obs, old, now) -> placeCursor());
        window.addListener((obs, old, now) -> redraw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, event -> panFromX = Double.NaN);
        addEventHandler(ScrollEvent.SCROLL, this::scroll);
    }

    /** The playback position in seconds; bind it to the clip's position. */
    public final DoubleProperty cursorSecondsProperty() {
        return cursorSeconds;
    }

    /** Called with the time under the mouse when the user clicks or drags on the track. */
    public final void setOnSeek(DoubleConsumer onSeek) {
        this.onSeek = onSeek;
    }

    /**
     * The part of the clip to show; bind it to the view model's window. Null, or a window of another
     * clip length than the track's (while a new clip arrives), shows the whole clip.
     */
    public final ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** Called with how many seconds the view should move (positive: later) on wheel or secondary drag. */
    public final void setOnPan(DoubleConsumer onPan) {
        this.onPan = onPan;
    }

    /** Called when the user zooms with Ctrl/⌘ + wheel over the plot area. */
    public final void setOnZoom(ZoomRequest onZoom) {
        this.onZoom = onZoom;
    }

    /** Sets the length of the time axis; 0 means no clip, and the track shows its empty state. */
    protected final void setDuration(double seconds) {
        durationSeconds = seconds;
        redraw();
    }

    /** The length of the clip shown, 0 for none. */
    protected final double clipSeconds() {
        return durationSeconds;
    }

    /** The current time axis, empty while there is no clip or no room. */
    protected final Optional<TimeAxis> axis() {
        double width = getWidth() - LEFT_GUTTER - RIGHT_GUTTER;
        if (!(durationSeconds > 0) || !(width > 0)) {
            return Optional.empty();
        }
        TimeWindow shown = window.get();
        if (shown == null || shown.clipSeconds() != durationSeconds || !(shown.spanSeconds() > 0)) {
            shown = TimeWindow.whole(durationSeconds);
        }
        return Optional.of(TimeAxis.of(shown, LEFT_GUTTER, width));
    }

    @Override
    protected final void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setFont(LABEL_FONT);
        Optional<TimeAxis> axis = axis();
        if (axis.isPresent() && canvas.getHeight() > 0) {
            draw(gc, axis.get(), canvas.getHeight());
        } else {
            drawEmpty(gc, canvas.getWidth(), canvas.getHeight());
        }
        placeCursor();
    }

    /** Draws the track's content; {@code height} is the canvas height. */
    protected abstract void draw(GraphicsContext gc, TimeAxis axis, double height);

    /** Drawn when there is no clip; blank by default. */
    protected void drawEmpty(GraphicsContext gc, double width, double height) {
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        placeCursor();
    }

    private void placeCursor() {
        Optional<TimeAxis> axis = axis();
        double seconds = cursorSeconds.get();
        cursor.setVisible(axis.isPresent() && seconds >= axis.get().startSeconds()
                && seconds <= axis.get().endSeconds());
        axis.ifPresent(a -> {
            double x = snapPositionX(a.toX(cursorSeconds.get())) + 0.5;
            cursor.setStartX(x);
            cursor.setEndX(x);
            cursor.setStartY(0);
            cursor.setEndY(getHeight());
        });
    }

    private void press(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY) {
            seek(event);
        } else {
            panFromX = event.getX();
        }
    }

    private void drag(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY) {
            seek(event);
        } else if (!Double.isNaN(panFromX)) {
            // The content follows the mouse: dragging right shows earlier audio.
            double dx = event.getX() - panFromX;
            panFromX = event.getX();
            axis().ifPresent(a -> onPan.accept(-dx * a.secondsPerPixel()));
        }
    }

    private void seek(MouseEvent event) {
        axis().filter(a -> overPlot(a, event.getX()))
                .ifPresent(a -> onSeek.accept(a.toSeconds(event.getX())));
    }

    private void scroll(ScrollEvent event) {
        Optional<TimeAxis> axis = axis();
        if (axis.isEmpty()) {
            return;
        }
        TimeAxis a = axis.get();
        if (event.isControlDown() || event.isShortcutDown()) {
            if (overPlot(a, event.getX()) && event.getDeltaY() != 0) {
                onZoom.zoom(a.toSeconds(event.getX()), Math.pow(ZOOM_PER_NOTCH, event.getDeltaY() / NOTCH));
            }
        } else {
            // A horizontal wheel (or Shift + wheel, which JavaFX reports as horizontal) pans; so does a plain wheel.
            double delta = event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY();
            onPan.accept(-delta * a.secondsPerPixel());
        }
        event.consume();
    }

    private static boolean overPlot(TimeAxis axis, double x) {
        return x >= axis.left() - 4 && x <= axis.right() + 4;
    }

    @Override
    protected double computeMinWidth(double height) {
        return LEFT_GUTTER + RIGHT_GUTTER + 50;
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.min(preferredHeight, 24);
    }

    @Override
    protected double computePrefWidth(double height) {
        return LEFT_GUTTER + RIGHT_GUTTER + 600;
    }

    @Override
    protected double computePrefHeight(double width) {
        return preferredHeight;
    }
}
