package org.emoscope.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Per-clip statistics ("functionals") of each Mel band over time: the fixed-length description of a
 * clip that the baseline classifier reads. For every band, in band order, {@link #FUNCTIONALS} in
 * that order:
 * <ul>
 *   <li>{@code mean}, {@code std} (population standard deviation), {@code min}, {@code max};</li>
 *   <li>{@code p10} … {@code p90}: percentiles, linearly interpolated between order statistics (numpy's
 *       default, {@code position = q · (frames − 1)});</li>
 *   <li>{@code delta_mean_abs}, {@code delta_std}: mean absolute value and standard deviation of the
 *       band's delta, the HTK regression {@code d[t] = Σ_{n=1..2} n·(x[t+n] − x[t−n]) / (2·Σ n²)} with
 *       the first and last frames repeated at the edges.</li>
 * </ul>
 * A clip of one frame has std and deltas 0. Stateless and thread-safe.
 */
public final class LogMelFunctionals {
    /** The statistics of one band, in the order they appear in a feature vector. */
    public static final List<String> FUNCTIONALS = List.of("mean", "std", "min", "max",
            "p10", "p25", "p50", "p75", "p90", "delta_mean_abs", "delta_std");
    /** The percentiles, as fractions, in the order of {@link #FUNCTIONALS}. */
    static final double[] PERCENTILES = {0.10, 0.25, 0.50, 0.75, 0.90};
    /** Frames either side of the delta regression window. */
    public static final int DELTA_WINDOW = 2;

    private LogMelFunctionals() {
    }

    /** Length of the feature vector of a log-Mel with {@code bands} bands. */
    public static int count(int bands) {
        return bands * FUNCTIONALS.size();
    }

    /** The name of every feature, e.g. {@code "mel000_mean"}, in vector order. */
    public static List<String> names(int bands) {
        List<String> names = new ArrayList<>(count(bands));
        for (int band = 0; band < bands; band++) {
            for (String functional : FUNCTIONALS) {
                names.add(String.format(Locale.ROOT, "mel%03d_%s", band, functional));
            }
        }
        return names;
    }

    /**
     * The functionals of one clip.
     *
     * @param logMel {@code [bands][frames]}, at least one band and one frame, every band the same length
     * @throws IllegalArgumentException when the matrix is empty or ragged
     */
    public static double[] of(float[][] logMel) {
        if (logMel.length == 0 || logMel[0].length == 0) {
            throw new IllegalArgumentException("a log-Mel spectrogram without frames has no functionals");
        }
        int frames = logMel[0].length;
        double[] features = new double[count(logMel.length)];
        int at = 0;
        for (float[] band : logMel) {
            if (band.length != frames) {
                throw new IllegalArgumentException("ragged log-Mel: bands of " + frames + " and " + band.length
                        + " frames");
            }
            at = bandFunctionals(band, features, at);
        }
        return features;
    }

    private static int bandFunctionals(float[] band, double[] out, int at) {
        double[] values = new double[band.length];
        for (int t = 0; t < band.length; t++) {
            values[t] = band[t];
        }
        out[at++] = mean(values);
        out[at++] = std(values);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        out[at++] = sorted[0];
        out[at++] = sorted[sorted.length - 1];
        for (double q : PERCENTILES) {
            out[at++] = percentile(sorted, q);
        }
        double[] delta = delta(values);
        double meanAbs = 0;
        for (double d : delta) {
            meanAbs += Math.abs(d);
        }
        out[at++] = meanAbs / delta.length;
        out[at++] = std(delta);
        return at;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Population standard deviation, two-pass for accuracy. */
    private static double std(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }

    /** The {@code q}-quantile of ascending {@code sorted}, linearly interpolated. */
    static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    /** HTK regression deltas over ±{@link #DELTA_WINDOW} frames, edges repeated. */
    static double[] delta(double[] values) {
        int frames = values.length;
        double denominator = 0;
        for (int n = 1; n <= DELTA_WINDOW; n++) {
            denominator += 2.0 * n * n;
        }
        double[] delta = new double[frames];
        for (int t = 0; t < frames; t++) {
            double sum = 0;
            for (int n = 1; n <= DELTA_WINDOW; n++) {
                double later = values[Math.min(frames - 1, t + n)];
                double earlier = values[Math.max(0, t - n)];
                sum += n * (later - earlier);
            }
            delta[t] = sum / denominator;
        }
        return delta;
    }
}
