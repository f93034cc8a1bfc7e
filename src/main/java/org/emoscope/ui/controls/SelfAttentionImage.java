package org.emoscope.ui.controls;

import java.util.Arrays;
import java.util.Optional;

/**
 * One self-attention head of a clip drawn as a heatmap over time: row {@code y} is the query at
 * time {@code y} (0 s at the top), column {@code x} the key at time {@code x}, both from 0 to
 * {@link #extentSeconds()}, and the colour is how much that query attends to that key.
 *
 * <p>Steps map to time exactly as in the attention strip ({@link AttentionTrack}'s hop-wide cells),
 * so a moment has the same time in both. The image is resampled onto a regular time grid of half
 * a cell per pixel (the first cell is wider than the others), so its axes are linear in seconds.
 * Steps centred on the padding after the clip are left out; their share of each row is reported as
 * {@link #shareOnClip()}. Colours run linearly from 0 to the largest weight shown. Made off the FX
 * thread by {@link #render}; immutable once made.
 *
 * @param image         the heatmap, square
 * @param head          which head, 1-based
 * @param extentSeconds the time at the image's right and bottom edges
 * @param maxWeight     the weight drawn with the colormap's last colour
 * @param shareOnClip   the mean share of a query's attention that goes to keys on the clip
 * @param weights       the head's {@code [query][key]} weights over all steps
 * @param steps         the step-to-time mapping
 */
public record SelfAttentionImage(ArgbImage image, int head, double extentSeconds, double maxWeight,
                                 double shareOnClip, float[][] weights, AttentionTrack steps) {
    /** Longest side of the image: beyond this a pixel covers more than half a cell. */
    static final int MAX_PIXELS = 1024;

    /** One cell of the map under the mouse. */
    public record Entry(int queryStep, int keyStep, double weight) {
    }

    /**
     * Renders one head.
     *
     * @param weights the head's {@code [query][key]} weights, as many steps as {@code steps} has
     * @param head    its 1-based number, for the caption
     * @throws IllegalArgumentException when the sizes disagree or no step lies on the clip
     */
    public static SelfAttentionImage render(float[][] weights, AttentionTrack steps, int head, Colormap colormap) {
        return render(weights, steps, head, colormap, MAX_PIXELS);
    }

    /** As {@link #render(float[][], AttentionTrack, int, Colormap)}, at most {@code maxPixels} on a side (thumbnails). */
    public static SelfAttentionImage render(float[][] weights, AttentionTrack steps, int head, Colormap colormap,
                                            int maxPixels) {
        if (weights.length != steps.steps()) {
            throw new IllegalArgumentException("the map has " + weights.length + " steps, the attention track "
                    + steps.steps());
        }
        double extent = 0;
        double[] widths = new double[steps.steps()];
        int onClip = 0;
        for (int step = 0; step < steps.steps(); step++) {
            double width = steps.cellEnd()[step] - steps.cellStart()[step];
            if (width > 0) {
                widths[onClip++] = width;
                extent = Math.max(extent, steps.cellEnd()[step]);
            }
        }
        if (onClip == 0) {
            throw new IllegalArgumentException("no attention step lies on the clip");
        }
        double[] onClipWidths = Arrays.copyOf(widths, onClip);
        Arrays.sort(onClipWidths);
        double pixelSeconds = onClipWidths[onClip / 2] / 2;
        int pixels = (int) Math.max(1, Math.min(maxPixels, Math.ceil(extent / pixelSeconds - 1e-9)));

        int[] stepAt = new int[pixels];
        for (int p = 0; p < pixels; p++) {
            stepAt[p] = stepAt(steps, (p + 0.5) * extent / pixels);
        }
        double max = 0;
        double share = 0;
        for (int query = 0; query < steps.steps(); query++) {
            if (onClip(steps, query)) {
                for (int key = 0; key < steps.steps(); key++) {
                    if (onClip(steps, key)) {
                        max = Math.max(max, weights[query][key]);
                        share += weights[query][key];
                    }
                }
            }
        }
        // The renderer puts row 0 at the bottom; the first query belongs at the top.
        float[][] grid = new float[pixels][pixels];
        for (int y = 0; y < pixels; y++) {
            float[] row = weights[stepAt[y]];
            float[] out = grid[pixels - 1 - y];
            for (int x = 0; x < pixels; x++) {
                out[x] = row[stepAt[x]];
            }
        }
        double top = max > 0 ? max : 1;
        return new SelfAttentionImage(HeatmapRenderer.render(grid, 0, top, colormap), head, extent, top,
                share / onClip, weights, steps);
    }

    /** The weight under query time {@code querySeconds} and key time {@code keySeconds}, if both lie on the map. */
    public Optional<Entry> at(double querySeconds, double keySeconds) {
        if (!inside(querySeconds) || !inside(keySeconds)) {
            return Optional.empty();
        }
        int query = stepAt(steps, querySeconds);
        int key = stepAt(steps, keySeconds);
        return Optional.of(new Entry(query, key, weights[query][key]));
    }

    private boolean inside(double seconds) {
        return seconds >= 0 && seconds <= extentSeconds;
    }

    private static boolean onClip(AttentionTrack steps, int step) {
        return steps.cellEnd()[step] > steps.cellStart()[step];
    }

    /** The on-clip step whose cell holds {@code seconds}; the nearest one at a boundary or gap. */
    private static int stepAt(AttentionTrack steps, double seconds) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int step = 0; step < steps.steps(); step++) {
            if (onClip(steps, step)) {
                double start = steps.cellStart()[step];
                double end = steps.cellEnd()[step];
                if (seconds >= start && seconds < end) {
                    return step;
                }
                double distance = Math.min(Math.abs(seconds - start), Math.abs(seconds - end));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = step;
                }
            }
        }
        return best;
    }
}
