package org.emoscope.ui.controls;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A clip's waveform as one min–max line per pixel column of the visible window, scaled to the clip's
 * own peak (the peak amplitude is printed in the gutter, so quiet clips stay readable and still
 * honest, and the scale does not jump while panning). FX thread only.
 */
public final class WaveformView extends TimeTrack {
    private static final Color WAVE_COLOUR = Color.web("#2a6f97");

    private float[] samples = new float[0];
    private double sampleRate;
    private double peak;

    public WaveformView() {
        super(96);
        getStyleClass().add("waveform-view");
    }

    /** Shows {@code samples} spread over {@code seconds}. */
    public void setSamples(float[] samples, double seconds) {
        this.samples = samples;
        sampleRate = seconds > 0 ? samples.length / seconds : 0;
        peak = 0;
        for (float sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        setDuration(seconds);
    }

    public void clear() {
        samples = new float[0];
        setDuration(0);
    }

    @Override
    protected void draw(GraphicsContext gc, TimeAxis axis, double height) {
        double middle = height / 2;
        double scale = peak > 0 ? (height / 2 - 3) / peak : 0;
        gc.setStroke(GRID_COLOUR);
        gc.setLineWidth(1);
        gc.strokeLine(axis.left(), snap(middle), axis.right(), snap(middle));

        int columns = (int) Math.ceil(axis.width());
        // Columns are the axis's pixels, so the envelope starts where the view starts at every zoom.
        WaveformEnvelope envelope = WaveformEnvelope.of(samples, axis.startSeconds() * sampleRate,
                (axis.startSeconds() + columns * axis.secondsPerPixel()) * sampleRate, columns);
        gc.setStroke(WAVE_COLOUR);
        for (int column = 0; column < columns; column++) {
            double x = axis.left() + column + 0.5;
            double top = middle - envelope.max()[column] * scale;
            double bottom = middle - envelope.min()[column] * scale;
            gc.strokeLine(x, top, x, Math.max(bottom, top + 1));
        }

        gc.setFill(LABEL_COLOUR);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        double labelX = axis.left() - 6;
        gc.fillText("wave", labelX, middle);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(String.format(Locale.ROOT, "+%.2f", peak), labelX, 2);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(String.format(Locale.ROOT, "−%.2f", peak), labelX, height - 2);
    }

    private static double snap(double y) {
        return Math.floor(y) + 0.5;
    }
}
