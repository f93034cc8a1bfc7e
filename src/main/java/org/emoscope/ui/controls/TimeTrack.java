package org.emoscope.ui.controls;

import java.util.Optional;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;

/**
 * A horizontal strip that draws something over a clip's time axis: the base of the waveform,
 * spectrogram, attention and time-axis tracks, which share its gutters so that one second lies at
 * the same x in all of them. It owns the playback cursor (a line node, so moving it redraws
 * nothing) and turns clicks and drags into seek requests. Subclasses draw on a canvas that is
 * redrawn only when their data or their size changes. FX thread only.
 */
public abstract class TimeTrack extends Region {
    /** Room left of the time axis for each track's labels. */
    public static final double LEFT_GUTTER = 84;
    /** Room right of the time axis (the spectrogram's colour bar). */
    public static final double RIGHT_GUTTER = 72;

    protected static final Font LABEL_FONT = Font.font(11);
    protected static final Color LABEL_COLOUR = Color.web("#444");
    protected static final Color GRID_COLOUR = Color.web("#c8c8c8");

    private final Canvas canvas = new Canvas();
    private final Line cursor = new Line();
    private final DoubleProperty cursorSeconds = new SimpleDoubleProperty(this, "cursorSeconds", 0);
    private final double preferredHeight;
    private double durationSeconds;
    private DoubleConsumer onSeek = seconds -> { };

    protected TimeTrack(double preferredHeight) {
        this.preferredHeight = preferredHeight;
        getStyleClass().add("time-track");
        cursor.getStyleClass().add("playback-cursor");
        cursor.setMouseTransparent(true);
        cursor.setVisible(false);
        getChildren().addAll(canvas, cursor);
        cursorSeconds.addListener((obs, old, now) -> placeCursor());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::seek);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::seek);
    }

    /** The playback position in seconds; bind it to the clip's position. */
    public final DoubleProperty cursorSecondsProperty() {
        return cursorSeconds;
    }

    /** Called with the time under the mouse when the user clicks or drags on the track. */
    public final void setOnSeek(DoubleConsumer onSeek) {
        this.onSeek = onSeek;
    }

    /** Sets the length of the time axis; 0 means no clip, and the track shows its empty state. */
    protected final void setDuration(double seconds) {
        durationSeconds = seconds;
        redraw();
    }

    /** The current time axis, empty while there is no clip or no room. */
    protected final Optional<TimeAxis> axis() {
        double width = getWidth() - LEFT_GUTTER - RIGHT_GUTTER;
        return durationSeconds > 0 && width > 0
                ? Optional.of(new TimeAxis(durationSeconds, LEFT_GUTTER, width)) : Optional.empty();
    }

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
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            redraw();
        }
        placeCursor();
    }

    private void placeCursor() {
        Optional<TimeAxis> axis = axis();
        cursor.setVisible(axis.isPresent());
        axis.ifPresent(a -> {
            double x = snapPositionX(a.toX(cursorSeconds.get())) + 0.5;
            cursor.setStartX(x);
            cursor.setEndX(x);
            cursor.setStartY(0);
            cursor.setEndY(getHeight());
        });
    }

    private void seek(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY) {
            axis().filter(a -> event.getX() >= a.left() - 4 && event.getX() <= a.left() + a.width() + 4)
                    .ifPresent(a -> onSeek.accept(a.toSeconds(event.getX())));
        }
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
