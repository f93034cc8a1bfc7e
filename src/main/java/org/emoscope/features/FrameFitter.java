package org.emoscope.features;

import java.util.Arrays;

/**
 * Cuts or pads the time axis of a {@code [bands][frames]} matrix to a fixed number of frames, as
 * the paper does: longer clips keep their first frames, shorter ones are padded on the right with a
 * constant (the paper's −1). Stateless and thread-safe.
 */
public final class FrameFitter {
    private FrameFitter() {
    }

    /**
     * A new matrix of {@code frames} columns: the first {@code frames} columns of {@code features},
     * followed by {@code padValue} where {@code features} is shorter. The input is not modified.
     */
    public static float[][] fit(float[][] features, int frames, float padValue) {
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1, got " + frames);
        }
        float[][] fitted = new float[features.length][];
        for (int band = 0; band < features.length; band++) {
            float[] row = Arrays.copyOf(features[band], frames);
            if (features[band].length < frames) {
                Arrays.fill(row, features[band].length, frames, padValue);
            }
            fitted[band] = row;
        }
        return fitted;
    }
}
