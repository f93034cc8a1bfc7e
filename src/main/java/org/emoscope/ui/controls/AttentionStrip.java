package org.emoscope.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.emoscope.model.AttentionTimeMap;
import org.emoscope.training.AttentionPeak;

/**
 * The local-attention weight α of every step as a bar over the audio it stands for (see
 * {@link AttentionTrack}), on the same time axis as the spectrogram, coloured with the same colormap, on a
 * fixed scale relative to even attention: height and colour are α over the even weight (the clip's share of
 * attention spread evenly over its steps), from 0 to {@link #FULL_SCALE} times even, so a flat α looks flat
 * and two clips can be compared; a dashed line marks even. The gutter gives the largest weight relative to
 * even and the share of attention on the clip rather than its padding. The strongest steps are
 * bracketed over their full receptive span and labelled with their time; a label that would
 * overlap a stronger peak's is left out. Pointing at a step outlines the audio it depends on and reads out its
 * time, α, α relative to even and its share of the clip's attention (also in {@link #hoverTextProperty()}).
 * Without a track it shows a message instead. FX thread only.
 */
public final class AttentionStrip extends TimeTrack {
    private static final double LABEL_ROW = 16;
    private static final Color PEAK_COLOUR = Color.web("#c0392b");
    /** The weight, relative to even attention, that fills the strip; larger weights are drawn at full height. */
    static final double FULL_SCALE = 4;

    private static final Color READOUT_BACKGROUND = Color.rgb(255, 255, 255, 0.92);

    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private AttentionTrack track;
    private String message = "";
    /** The step under the pointer, or -1. */
    private int hoveredStep = -1;

    public AttentionStrip() {
        super(84);
        getStyleClass().add("attention-strip");
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> setHoveredStep(-1));
    }

    public void setTrack(AttentionTrack track, double clipSeconds) {
        this.track = track;
        message = "";
        hoveredStep = -1;
        hoverText.set("");
        setDuration(clipSeconds);
    }

    /** What the step under the pointer is, in words; empty when the pointer is on no step. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** Whether it shows attention weights (else a message, or nothing). */
    public boolean showsWeights() {
        return track != null;
    }

    /** Shows {@code message} in place of the weights, e.g. when no model is loaded. */
    public void showMessage(String message, double clipSeconds) {
        this.track = null;
        this.message = message;
        hoveredStep = -1;
        hoverText.set("");
        setDuration(clipSeconds);
    }

    private void hover(MouseEvent event) {
        double x = event.getX();
        OptionalInt step = track == null ? OptionalInt.empty() : axis()
                .filter(a -> x >= a.left() && x <= a.right())
                .map(a -> track.stepAt(a.toSeconds(x))).orElse(OptionalInt.empty());
        setHoveredStep(step.orElse(-1));
    }

    private void setHoveredStep(int step) {
        if (step == hoveredStep) {
            return;
        }
        hoveredStep = step;
        hoverText.set(step < 0 ? "" : describe(step));
        redraw();
    }

    /** E.g. "0.28–0.43 s · α 0.0213, 1.6× even · 2.1 % of the clip's attention". */
    private String describe(int step) {
        AttentionTimeMap.Span span = track.spans().get(step);
        double weight = track.weights()[step];
        double even = track.evenWeightInClip();
        double mass = track.massInClip();
        return String.format(Locale.ROOT, "%.2f–%.2f s · α %.4f, %.1f× even · %.1f %% of the clip's attention",
                span.startSeconds(), span.endSeconds(), weight, even > 0 ? weight / even : 0,
                mass > 0 ? 100 * weight / mass : 0);
    }

    @Override
    protected void draw(GraphicsContext gc, TimeAxis axis, double height) {
        gutterLabels(gc, axis, height);
        if (track == null) {
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(message, axis.right() / 2, height / 2);
            return;
        }
        double base = height - 1.5;
        double barHeight = base - LABEL_ROW - 2;
        double even = track.evenWeightInClip();
        gc.setStroke(GRID_COLOUR);
        gc.setLineWidth(1);
        gc.strokeLine(axis.left(), base + 0.5, axis.right(), base + 0.5);
        if (even <= 0) {
            return;
        }
        double full = FULL_SCALE * even;
        Colormap colours = Colormap.viridis();
        clipToPlot(gc, axis, height);
        for (int step = 0; step < track.steps(); step++) {
            double start = track.cellStart()[step];
            double end = track.cellEnd()[step];
            if (end > start && end >= axis.startSeconds() && start <= axis.endSeconds()) {
                double fraction = Math.min(1, track.weights()[step] / full);
                double x0 = axis.toX(start);
                double x1 = axis.toX(end);
                gc.setFill(argbColour(colours.argbAt(fraction)));
                gc.fillRect(x0, base - fraction * barHeight, Math.max(1, x1 - x0), fraction * barHeight);
            }
        }
        gc.restore();
        evenLevel(gc, axis, base - barHeight / FULL_SCALE, base - barHeight);
        clipToPlot(gc, axis, height);
        peaks(gc, axis, base);
        gc.restore();
        if (hoveredStep >= 0) {
            hovered(gc, axis, base);
        }
    }

    /** The hovered step's receptive span outlined, and its readout in the label row, over any peak label. */
    private void hovered(GraphicsContext gc, TimeAxis axis, double base) {
        AttentionTimeMap.Span span = track.spans().get(hoveredStep);
        double x0 = Math.max(axis.left(), axis.toX(span.startSeconds()));
        double x1 = Math.min(axis.right(), axis.toX(span.endSeconds()));
        gc.setStroke(LABEL_COLOUR);
        gc.setLineWidth(1);
        gc.strokeRect(x0 + 0.5, LABEL_ROW + 1.5, Math.max(1, x1 - x0 - 1), base - LABEL_ROW - 2);
        String text = hoverText.get();
        double width = textWidth(text) + 8;
        double centre = (x0 + x1) / 2;
        double left = Math.max(axis.left(), Math.min(axis.right() - width, centre - width / 2));
        gc.setFill(READOUT_BACKGROUND);
        gc.fillRect(left, 0, width, LABEL_ROW);
        gc.setFill(LABEL_COLOUR);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(text, left + 4, 1);
    }

    /** Zoomed in, bars and peaks reach past the window; they stay out of the gutters. Undo with restore(). */
    private static void clipToPlot(GraphicsContext gc, TimeAxis axis, double height) {
        gc.save();
        gc.beginPath();
        gc.rect(axis.left(), 0, axis.width(), height);
        gc.clip();
    }

    /** "attention", then the largest weight relative to even and the share of attention on the clip (not padding). */
    private void gutterLabels(GraphicsContext gc, TimeAxis axis, double height) {
        double even = track == null ? 0 : track.evenWeightInClip();
        List<String> lines = track == null ? List.of("attention α") : List.of("attention α",
                even > 0 ? String.format(Locale.ROOT, "max %.1f×", track.maxWeight() / even) : "max –",
                String.format(Locale.ROOT, "%.0f %% on clip", 100 * track.massInClip()));
        double lineHeight = 14;
        double top = (LABEL_ROW + height) / 2 - lines.size() * lineHeight / 2;
        gc.setFill(LABEL_COLOUR);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), axis.left() - 6, top + i * lineHeight);
        }
    }

    /** A dashed line at the weight every step on the clip would get if the model attended evenly, and the scale's top. */
    private static void evenLevel(GraphicsContext gc, TimeAxis axis, double y, double top) {
        gc.setStroke(LABEL_COLOUR);
        gc.setLineWidth(1);
        gc.setLineDashes(4, 3);
        gc.strokeLine(axis.left(), y, axis.right(), y);
        gc.setLineDashes();
        gc.setFill(LABEL_COLOUR);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("even", axis.right() + 4, y);
        gc.fillText(String.format(Locale.ROOT, "%.0f×", FULL_SCALE), axis.right() + 4, top);
    }

    private void peaks(GraphicsContext gc, TimeAxis axis, double base) {
        List<double[]> taken = new ArrayList<>();
        gc.setStroke(PEAK_COLOUR);
        gc.setFill(PEAK_COLOUR);
        gc.setLineWidth(1.5);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (AttentionPeak peak : track.peaks()) {
            if (peak.endSeconds() < axis.startSeconds() || peak.startSeconds() > axis.endSeconds()) {
                continue;
            }
            double x0 = axis.toX(peak.startSeconds());
            double x1 = axis.toX(peak.endSeconds());
            double y = LABEL_ROW + 1;
            gc.strokeLine(x0, y, x1, y);
            gc.strokeLine(x0, y, x0, base);
            gc.strokeLine(x1, y, x1, base);
            String label = String.format(Locale.ROOT, "%.2f–%.2f s", peak.startSeconds(), peak.endSeconds());
            // Zoomed in, a peak may be cut by the window: its label centres on the part that shows.
            double centre = (Math.max(x0, axis.left()) + Math.min(x1, axis.right())) / 2;
            double halfWidth = textWidth(label) / 2 + 3;
            boolean free = taken.stream().noneMatch(t -> centre + halfWidth > t[0] && centre - halfWidth < t[1]);
            if (free) {
                gc.fillText(label, centre, 1);
                taken.add(new double[] {centre - halfWidth, centre + halfWidth});
            }
        }
    }

    private static double textWidth(String text) {
        Text probe = new Text(text);
        probe.setFont(LABEL_FONT);
        return probe.getLayoutBounds().getWidth();
    }

    private static Color argbColour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }
}
