package org.emoscope.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.emoscope.model.AttentionTimeMap;
import org.emoscope.training.AttentionPeak;
import org.emoscope.training.ClipAnalysis;

/**
 * The local-attention weights α of one clip laid out on its time axis.
 *
 * <p>A step depends on {@code receptiveFrames} overlapping frames (about 150 ms of audio), so drawing
 * every step over its whole span would pile up five bars at each instant. Each step is drawn instead
 * over the one hop-wide cell around the centre of its receptive field: the cells tile the clip
 * without overlap; the first cell reaches back to 0 s, since the opening frames feed only the first
 * steps. The full spans are kept for the peaks, which are marked with the audio they
 * depend on. Steps that fall in the padding beyond the clip get an empty cell.
 *
 * @param weights      α per step
 * @param cellStart    start of each step's cell in seconds
 * @param cellEnd      end of each step's cell in seconds ({@code == cellStart} for steps past the clip)
 * @param spans        each step's full receptive span on the clip, as the peaks have it
 * @param peaks        the strongest steps, strongest first, with their full spans
 */
public record AttentionTrack(float[] weights, double[] cellStart, double[] cellEnd, List<AttentionTimeMap.Span> spans,
                             List<AttentionPeak> peaks) {
    public AttentionTrack {
        if (cellStart.length != weights.length || cellEnd.length != weights.length || spans.size() != weights.length) {
            throw new IllegalArgumentException("need one cell and span per weight: " + weights.length + " weights, "
                    + cellStart.length + " starts, " + cellEnd.length + " ends, " + spans.size() + " spans");
        }
        spans = List.copyOf(spans);
        peaks = List.copyOf(peaks);
    }

    /**
     * @param frameSeconds    the feature hop in seconds (25 ms for the paper's settings)
     * @param receptiveFrames input frames per step (5 for kernels 3/1/3)
     */
    public static AttentionTrack of(ClipAnalysis analysis, AttentionTimeMap timeMap, double frameSeconds,
                                    int receptiveFrames) {
        float[] alpha = analysis.alpha();
        double seconds = analysis.seconds();
        double[] start = new double[alpha.length];
        double[] end = new double[alpha.length];
        List<AttentionTimeMap.Span> spans = new ArrayList<>();
        for (int step = 0; step < alpha.length; step++) {
            spans.add(timeMap.stepSpan(step, seconds));
            if (spans.get(step).durationSeconds() > 0) {
                double centre = (step + (receptiveFrames - 1) / 2.0) * frameSeconds;
                start[step] = step == 0 ? 0 : clamp(centre - frameSeconds / 2, seconds);
                end[step] = clamp(centre + frameSeconds / 2, seconds);
            } else {
                start[step] = seconds;
                end[step] = seconds;
            }
        }
        return new AttentionTrack(alpha.clone(), start, end, spans, analysis.peaks());
    }

    private static double clamp(double value, double seconds) {
        return Math.min(seconds, Math.max(0, value));
    }

    public int steps() {
        return weights.length;
    }

    /** How many steps are centred on the clip (the others are centred on the padding after it). */
    public int stepsInClip() {
        int count = 0;
        for (int step = 0; step < weights.length; step++) {
            if (cellEnd[step] > cellStart[step]) {
                count++;
            }
        }
        return count;
    }

    /** The share of the attention on steps centred on the clip; the rest went to the padding. */
    public double massInClip() {
        double mass = 0;
        for (int step = 0; step < weights.length; step++) {
            if (cellEnd[step] > cellStart[step]) {
                mass += weights[step];
            }
        }
        return mass;
    }

    /** The weight each step in the clip would have if the model spread {@link #massInClip()} evenly. */
    public double evenWeightInClip() {
        int steps = stepsInClip();
        return steps == 0 ? 0 : massInClip() / steps;
    }

    /** The step whose cell holds {@code seconds}, i.e. the one drawn there; empty outside the clip. */
    public OptionalInt stepAt(double seconds) {
        for (int step = 0; step < weights.length; step++) {
            boolean last = step == weights.length - 1 || cellEnd[step + 1] <= cellStart[step + 1];
            if (cellEnd[step] > cellStart[step] && seconds >= cellStart[step]
                    && (seconds < cellEnd[step] || last && seconds <= cellEnd[step])) {
                return OptionalInt.of(step);
            }
        }
        return OptionalInt.empty();
    }

    /** The largest weight, which the strip scales to full height; 0 for an empty track. */
    public double maxWeight() {
        double max = 0;
        for (float weight : weights) {
            max = Math.max(max, weight);
        }
        return max;
    }
}
