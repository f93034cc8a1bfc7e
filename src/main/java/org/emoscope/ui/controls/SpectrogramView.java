package org.emoscope.ui.controls;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A log-Mel spectrogram stretched over the visible part of the clip's time axis, with a frequency
 * axis in Hz at mel-spaced ticks and a dB colour bar; smoothed, except that zoomed in far enough its
 * frames show as sharp blocks. The image arrives already rendered ({@link HeatmapRenderer} off the
 * FX thread) and is copied into a {@link WritableImage} with a single {@code setPixels}. Optionally
 * the attention weights veil the frames the model ignored, or the gradient saliency of each frame and band
 * ({@link SaliencyOverlay}) colours the dimmed spectrogram. FX thread only.
 */
public final class SpectrogramView extends TimeTrack {
    private static final double TOP = 6;
    private static final double BOTTOM = 6;
    private static final double BAR_GAP = 10;
    private static final double MAX_VEIL = 0.6;
    /** Under the saliency overlay the grey spectrogram is dimmed this much, so the colours read as saliency. */
    private static final double SALIENCY_DIM = 0.35;
    /** Zoomed in, frames at least this wide on screen are drawn as sharp blocks. */
    private static final double SHARP_FRAME_PX = 16;

    private final BooleanProperty attentionOverlay = new SimpleBooleanProperty(this, "attentionOverlay", false);
    private final BooleanProperty saliencyOverlay = new SimpleBooleanProperty(this, "saliencyOverlay", false);
    private final ColourBar colourBar = new ColourBar(Colormap.viridis());
    private final ColourBar saliencyBar = new ColourBar(SaliencyOverlay.bar());
    private SpectrogramData data;
    private WritableImage image;
    /** The spectrogram in grey, under the saliency's colours; made when first shown. */
    private WritableImage greyImage;
    private AttentionTrack attention;
    private WritableImage saliency;
    private double saliencyFrameSeconds;

    public SpectrogramView() {
        super(260);
        getStyleClass().add("spectrogram-view");
        attentionOverlay.addListener((obs, old, now) -> redraw());
        saliencyOverlay.addListener((obs, old, now) -> redraw());
    }

    /** Whether the gradient saliency colours the dimmed spectrogram; has no effect without saliency. */
    public BooleanProperty saliencyOverlayProperty() {
        return saliencyOverlay;
    }

    /**
     * The saliency to overlay, {@code [band][frame]} over the input frames {@code frameSeconds} apart (frame
     * {@code f} centred at {@code f · frameSeconds}); null for none.
     */
    public void setSaliency(double[][] map, double frameSeconds) {
        boolean any = map != null && map.length > 0 && map[0].length > 0;
        saliency = any ? FxImages.of(SaliencyOverlay.render(map)) : null;
        saliencyFrameSeconds = frameSeconds;
        redraw();
    }

    /** Whether low-attention frames are darkened; has no effect without an attention track. */
    public BooleanProperty attentionOverlayProperty() {
        return attentionOverlay;
    }

    public void setSpectrogram(SpectrogramData data, double clipSeconds) {
        this.data = data;
        image = FxImages.of(data.image());
        greyImage = null;
        setDuration(clipSeconds);
    }

    /** The weights to veil the image with, or null for none. */
    public void setAttention(AttentionTrack attention) {
        this.attention = attention;
        redraw();
    }

    /** Whether it holds a spectrogram (else it is blank). */
    public boolean hasSpectrogram() {
        return data != null;
    }

    public void clear() {
        data = null;
        image = null;
        greyImage = null;
        attention = null;
        saliency = null;
        setDuration(0);
    }

    @Override
    protected void draw(GraphicsContext gc, TimeAxis axis, double height) {
        double plotHeight = height - TOP - BOTTOM;
        if (plotHeight <= 0) {
            return;
        }
        gc.save();
        gc.beginPath();
        gc.rect(axis.left(), TOP, axis.width(), plotHeight);
        gc.clip();
        // Frame f is centred at f·hop, so the image's edges lie half a frame outside its first and last centres.
        double half = data.frameSeconds() / 2;
        double left = axis.toX(-half);
        double right = axis.toX((data.frames() - 1) * data.frameSeconds() + half);
        // Zoomed in, frames show as the 25 ms blocks the model sees (lined up with the attention cells), not blurred.
        boolean zoomedIn = axis.spanSeconds() < clipSeconds();
        gc.setImageSmoothing(!zoomedIn || (right - left) / data.frames() < SHARP_FRAME_PX);
        boolean showsSaliency = saliencyOverlay.get() && saliency != null;
        if (showsSaliency && greyImage == null) {
            greyImage = FxImages.of(data.image().greyscale());
        }
        WritableImage shown = showsSaliency ? greyImage : image;
        gc.drawImage(shown, left, TOP, right - left, plotHeight);
        // Frames come in whole hops, so the last one's cell can end up to half a hop before the clip does: it is
        // drawn on to the clip's end, where the waveform and the attention strip end too.
        double end = axis.toX(clipSeconds());
        if (end > right) {
            gc.drawImage(shown, shown.getWidth() - 1, 0, 1, shown.getHeight(), right, TOP, end - right, plotHeight);
        }
        if (showsSaliency) {
            gc.setFill(Color.gray(0, SALIENCY_DIM));
            gc.fillRect(left, TOP, end - left, plotHeight);
            double saliencyHalf = saliencyFrameSeconds / 2;
            gc.drawImage(saliency, axis.toX(-saliencyHalf), TOP, axis.toX((saliency.getWidth() - 1)
                    * saliencyFrameSeconds + saliencyHalf) - axis.toX(-saliencyHalf), plotHeight);
        } else if (attentionOverlay.get() && attention != null) {
            veil(gc, axis, plotHeight);
        }
        gc.restore();
        frequencyAxis(gc, axis, plotHeight);
        if (showsSaliency) {
            saliencyBar.draw(gc, axis.right() + BAR_GAP, TOP, plotHeight, LABEL_COLOUR, "for", "saliency",
                    "against");
        } else {
            colourBar.draw(gc, axis.right() + BAR_GAP, TOP, plotHeight, LABEL_COLOUR, dB(data.maxDb()), "dB",
                    dB(data.minDb()));
        }
    }

    private void veil(GraphicsContext gc, TimeAxis axis, double plotHeight) {
        double max = attention.maxWeight();
        if (max <= 0) {
            return;
        }
        double[] start = attention.cellStart();
        double[] end = attention.cellEnd();
        for (int step = 0; step < attention.steps(); step++) {
            if (end[step] > start[step]) {
                double x0 = axis.toX(start[step]);
                double x1 = axis.toX(end[step]);
                gc.setFill(Color.gray(0, MAX_VEIL * (1 - attention.weights()[step] / max)));
                gc.fillRect(x0, TOP, x1 - x0, plotHeight);
            }
        }
    }

    private void frequencyAxis(GraphicsContext gc, TimeAxis axis, double plotHeight) {
        int intervals = Math.max(1, Math.min(6, (int) (plotHeight / 40)));
        gc.setFill(LABEL_COLOUR);
        gc.setStroke(LABEL_COLOUR);
        gc.setLineWidth(1);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (Tick tick : AxisTicks.melFrequency(data.fminHz(), data.fmaxHz(), data.htk(), intervals)) {
            double y = Math.floor(TOP + plotHeight * (1 - tick.value())) + 0.5;
            gc.strokeLine(axis.left() - 4, y, axis.left(), y);
            gc.fillText(tick.label(), axis.left() - 6, y);
        }
        fillVerticalTitle(gc, "frequency (Hz)", 10, TOP + plotHeight / 2);
    }

    private static String dB(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
