package org.emoscope.ui.controls;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.emoscope.features.ProsodyContour;

/**
 * A clip's short-time level (RMS, dB re full scale) as a filled curve, from the clip's loudest frame down
 * {@link #RANGE_DB}; quieter frames sit on the floor. The top is the loudest frame rounded up to 5 dB, printed in
 * the gutter, so loud and quiet clips both fill the track and their levels can still be read. FX thread only.
 */
public final class EnergyTrack extends TimeTrack {
    static final double RANGE_DB = 60;
    private static final Color FILL = Color.web("#f4a261", 0.55);
    private static final Color LINE = Color.web("#c05f12");
    private static final double PAD = 3;

    private ProsodyContour contour;
    private double topDb;

    public EnergyTrack() {
        super(48);
        getStyleClass().add("energy-track");
    }

    /** Shows {@code contour} over a clip of {@code seconds}. */
    public void setContour(ProsodyContour contour, double seconds) {
        this.contour = contour;
        double loudest = Double.NEGATIVE_INFINITY;
        for (float db : contour.energyDb()) {
            loudest = Math.max(loudest, db);
        }
        topDb = contour.frames() == 0 ? 0 : Math.ceil(loudest / 5) * 5;
        setDuration(seconds);
    }

    public void clear() {
        contour = null;
        setDuration(0);
    }

    @Override
    protected void draw(GraphicsContext gc, TimeAxis axis, double height) {
        double top = PAD;
        double bottom = height - PAD;
        gc.setFill(LABEL_COLOUR);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText("RMS", 4, height / 2);
        gc.setTextAlign(TextAlignment.RIGHT);
        double labelX = axis.left() - 6;
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(decibels(topDb), labelX, 1);
        // The floor's label only where it does not run into the top's.
        if (height >= 2 * (LABEL_FONT.getSize() + 2)) {
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText(decibels(topDb - RANGE_DB), labelX, height - 1);
        }
        gc.setStroke(GRID_COLOUR);
        gc.setLineWidth(1);
        gc.strokeLine(axis.left(), Math.floor(bottom) + 0.5, axis.right(), Math.floor(bottom) + 0.5);
        if (contour == null || contour.frames() == 0) {
            return;
        }
        int first = Math.max(0, (int) Math.floor(axis.startSeconds() / contour.hopSeconds()));
        int last = Math.min(contour.frames() - 1, (int) Math.ceil(axis.endSeconds() / contour.hopSeconds()));
        if (last < first) {
            return;
        }
        int points = last - first + 1;
        double[] xs = new double[points + 2];
        double[] ys = new double[points + 2];
        for (int i = 0; i < points; i++) {
            int frame = first + i;
            double level = Math.max(0, Math.min(1, (contour.energyDb()[frame] - (topDb - RANGE_DB)) / RANGE_DB));
            xs[i] = Math.max(axis.left(), Math.min(axis.right(), axis.toX(contour.seconds(frame))));
            ys[i] = bottom - level * (bottom - top);
        }
        xs[points] = xs[points - 1];
        ys[points] = bottom;
        xs[points + 1] = xs[0];
        ys[points + 1] = bottom;
        gc.setFill(FILL);
        gc.fillPolygon(xs, ys, points + 2);
        gc.setStroke(LINE);
        gc.strokePolyline(xs, ys, points);
    }

    /** Levels as the waveform prints its peaks: with a true minus sign. */
    private static String decibels(double db) {
        return String.format(Locale.ROOT, "%.0f dB", db).replace('-', '−');
    }
}
