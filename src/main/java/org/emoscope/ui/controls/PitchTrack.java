package org.emoscope.ui.controls;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.emoscope.features.ProsodyContour;
import org.emoscope.features.ProsodyTracker;

/**
 * A clip's F0 contour on a logarithmic frequency axis (equal distances are equal musical intervals, as
 * semitones), fixed at the tracker's speech range so that clips compare at a glance. Consecutive voiced frames
 * are joined; unvoiced frames are left empty. FX thread only.
 */
public final class PitchTrack extends TimeTrack {
    private static final Color PITCH_COLOUR = Color.web("#b5179e");
    private static final double[] TICKS_HZ = {100, 200, 400};
    private static final double PAD = 4;

    private ProsodyContour contour;

    public PitchTrack() {
        super(72);
        getStyleClass().add("pitch-track");
    }

    /** Shows {@code contour} over a clip of {@code seconds}. */
    public void setContour(ProsodyContour contour, double seconds) {
        this.contour = contour;
        setDuration(seconds);
    }

    public void clear() {
        contour = null;
        setDuration(0);
    }

    /** The height of {@code hz} between {@code top} and {@code bottom}. */
    static double y(double hz, double top, double bottom) {
        double low = Math.log(ProsodyTracker.MIN_F0_HZ);
        double high = Math.log(ProsodyTracker.MAX_F0_HZ);
        return bottom - (Math.log(hz) - low) / (high - low) * (bottom - top);
    }

    @Override
    protected void draw(GraphicsContext gc, TimeAxis axis, double height) {
        double top = PAD;
        double bottom = height - PAD;
        gc.setLineWidth(1);
        gc.setFill(LABEL_COLOUR);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText("F0 (Hz)", 4, height / 2);
        gc.setTextAlign(TextAlignment.RIGHT);
        double lastLabelY = Double.POSITIVE_INFINITY;
        for (double hz : TICKS_HZ) {
            double y = Math.floor(y(hz, top, bottom)) + 0.5;
            gc.setStroke(GRID_COLOUR);
            gc.strokeLine(axis.left(), y, axis.right(), y);
            // A squeezed track keeps its grid but labels only ticks a line of text apart.
            if (lastLabelY - y >= LABEL_FONT.getSize() + 1) {
                gc.fillText(String.format(Locale.ROOT, "%.0f", hz), axis.left() - 6, y);
                lastLabelY = y;
            }
        }
        if (contour == null) {
            return;
        }
        gc.setStroke(PITCH_COLOUR);
        gc.setFill(PITCH_COLOUR);
        gc.setLineWidth(2);
        for (int frame = 0; frame < contour.frames(); frame++) {
            double seconds = contour.seconds(frame);
            if (!contour.voiced(frame) || seconds < axis.startSeconds() || seconds > axis.endSeconds()) {
                continue;
            }
            double x = axis.toX(seconds);
            double y = y(contour.f0Hz()[frame], top, bottom);
            boolean joinsNext = frame + 1 < contour.frames() && contour.voiced(frame + 1)
                    && contour.seconds(frame + 1) <= axis.endSeconds();
            boolean joinsPrevious = frame > 0 && contour.voiced(frame - 1) && contour.seconds(frame - 1) >= axis.startSeconds();
            if (joinsNext) {
                gc.strokeLine(x, y, axis.toX(contour.seconds(frame + 1)), y(contour.f0Hz()[frame + 1], top, bottom));
            } else if (!joinsPrevious) {
                // A lone voiced frame has no neighbour to join: a dot keeps it visible.
                gc.fillOval(x - 1.5, y - 1.5, 3, 3);
            }
        }
    }
}
