package org.emoscope.ui.controls;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** The time axis under a stack of tracks: ticks at round seconds, labelled. FX thread only. */
public final class TimeAxisView extends TimeTrack {
    private static final double MIN_TICK_SPACING = 70;

    public TimeAxisView() {
        super(26);
        getStyleClass().add("time-axis-view");
    }

    public void setDurationSeconds(double seconds) {
        setDuration(seconds);
    }

    @Override
    protected void draw(GraphicsContext gc, TimeAxis axis, double height) {
        gc.setStroke(LABEL_COLOUR);
        gc.setFill(LABEL_COLOUR);
        gc.setLineWidth(1);
        gc.strokeLine(axis.left(), 0.5, axis.right(), 0.5);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (Tick tick : AxisTicks.time(axis.startSeconds(), axis.endSeconds(), axis.width(), MIN_TICK_SPACING)) {
            double x = Math.floor(axis.toX(tick.value())) + 0.5;
            gc.strokeLine(x, 0, x, 5);
            gc.fillText(tick.label(), x, 7);
        }
    }
}
