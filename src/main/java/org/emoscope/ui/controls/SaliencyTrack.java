package org.emoscope.ui.controls;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A clip's gradient saliency per input frame as bars about a middle line: up where the frame speaks for the
 * predicted emotion (deleting it would lower its probability), down where it speaks against it, scaled to the
 * clip's largest magnitude. Frame {@code f} is drawn over the hop-wide cell centred on {@code f · frameSeconds}, as
 * the spectrogram draws it. FX thread only.
 */
public final class SaliencyTrack extends TimeTrack {
    private static final Color FOR = opaque(SaliencyOverlay.FOR_RGB);
    private static final Color AGAINST = opaque(SaliencyOverlay.AGAINST_RGB);

    private double[] saliency = new double[0];
    private double frameSeconds;
    private double largest;

    public SaliencyTrack() {
        super(48);
        getStyleClass().add("saliency-track");
    }

    /** Shows {@code saliency} (one value per frame, {@code frameSeconds} apart) over a clip of {@code seconds}. */
    public void setSaliency(double[] saliency, double frameSeconds, double seconds) {
        this.saliency = saliency.clone();
        this.frameSeconds = frameSeconds;
        largest = 0;
        for (double value : saliency) {
            largest = Math.max(largest, Math.abs(value));
        }
        setDuration(seconds);
    }

    public void clear() {
        saliency = new double[0];
        setDuration(0);
    }

    /** Whether the track has saliency to draw. */
    public boolean showsSaliency() {
        return saliency.length > 0 && clipSeconds() > 0;
    }

    @Override
    protected void draw(GraphicsContext gc, TimeAxis axis, double height) {
        double middle = Math.floor(height / 2) + 0.5;
        gc.setStroke(GRID_COLOUR);
        gc.setLineWidth(1);
        gc.strokeLine(axis.left(), middle, axis.right(), middle);
        gc.setFill(LABEL_COLOUR);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("saliency", 4, middle);
        if (height >= 3 * (LABEL_FONT.getSize() + 2)) {
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText("for", axis.left() - 6, 1);
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText("against", axis.left() - 6, height - 1);
        }
        if (!(largest > 0)) {
            return;
        }
        double scale = (height / 2 - 2) / largest;
        for (int frame = 0; frame < saliency.length; frame++) {
            double from = Math.max(0, (frame - 0.5) * frameSeconds);
            double to = Math.min(clipSeconds(), (frame + 0.5) * frameSeconds);
            if (to <= axis.startSeconds() || from >= axis.endSeconds() || to <= from) {
                continue;
            }
            double left = axis.toX(Math.max(from, axis.startSeconds()));
            double right = axis.toX(Math.min(to, axis.endSeconds()));
            double bar = saliency[frame] * scale;
            gc.setFill(bar >= 0 ? FOR : AGAINST);
            gc.fillRect(left, bar >= 0 ? middle - bar : middle, Math.max(1, right - left), Math.abs(bar));
        }
    }

    private static Color opaque(int rgb) {
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
