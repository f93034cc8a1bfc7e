package org.emoscope.features;

import java.util.Collection;

/**
 * Per-mel-band standardisation: {@code (x - mean[band]) / std[band]}.
 *
 * <p><b>Fit on the training fold only.</b> The statistics are part of the model: they must be
 * estimated from the clips the model is trained on and then applied unchanged to validation and
 * test clips. Fitting them on all clips would let the test speakers' levels and channel colouring
 * leak into training, and the reported accuracy would no longer be that of unseen data. Each fold
 * of a cross-validation therefore fits its own statistics.
 *
 * <p><b>Order with padding.</b> Normalise the natural-length (unpadded) log-Mel matrices, then pad
 * them with {@link FrameFitter}: the statistics see only real frames, and the padding keeps its
 * exact value (−1), which the network can tell apart from speech. Padding first would both bias the
 * statistics and turn the pad value into a band-dependent number.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeatureNormaliser {
    private FeatureNormaliser() {
    }

    /**
     * Mean and population standard deviation of every band over all frames of the given training
     * clips, each {@code [bands][frames]} of real (unpadded) frames, accumulated in float64 in two
     * passes. The collection is iterated twice.
     *
     * @throws IllegalArgumentException when there are no frames or the clips disagree on bands
     */
    public static NormalisationStats fit(Collection<float[][]> trainingClips) {
        if (trainingClips.isEmpty()) {
            throw new IllegalArgumentException("cannot fit normalisation statistics on no clips");
        }
        int bands = trainingClips.iterator().next().length;
        double[] sum = new double[bands];
        long frames = 0;
        for (float[][] clip : trainingClips) {
            if (clip.length != bands) {
                throw new IllegalArgumentException("clip has " + clip.length + " bands, expected " + bands);
            }
            for (int b = 0; b < bands; b++) {
                for (float v : clip[b]) {
                    sum[b] += v;
                }
            }
            frames += bands == 0 ? 0 : clip[0].length;
        }
        if (frames == 0) {
            throw new IllegalArgumentException("cannot fit normalisation statistics on clips without frames");
        }
        double[] mean = new double[bands];
        for (int b = 0; b < bands; b++) {
            mean[b] = sum[b] / frames;
        }
        double[] squares = new double[bands];
        for (float[][] clip : trainingClips) {
            for (int b = 0; b < bands; b++) {
                for (float v : clip[b]) {
                    double d = v - mean[b];
                    squares[b] += d * d;
                }
            }
        }
        float[] meanOut = new float[bands];
        float[] stdOut = new float[bands];
        for (int b = 0; b < bands; b++) {
            meanOut[b] = (float) mean[b];
            float std = (float) Math.sqrt(squares[b] / frames);
            stdOut[b] = std > 0 ? std : 1f;
        }
        return new NormalisationStats(meanOut, stdOut);
    }

    /** A new standardised matrix; {@code clip} is {@code [bands][frames]} and is not modified. */
    public static float[][] apply(NormalisationStats stats, float[][] clip) {
        if (clip.length != stats.bands()) {
            throw new IllegalArgumentException("clip has " + clip.length + " bands, statistics have " + stats.bands());
        }
        float[] mean = stats.mean();
        float[] std = stats.std();
        float[][] out = new float[clip.length][];
        for (int b = 0; b < clip.length; b++) {
            float[] row = new float[clip[b].length];
            double m = mean[b];
            double s = std[b];
            for (int t = 0; t < row.length; t++) {
                row[t] = (float) ((clip[b][t] - m) / s);
            }
            out[b] = row;
        }
        return out;
    }
}
