package org.emoscope.features;

import java.util.Arrays;

/**
 * Per-mel-band mean and standard deviation fitted by {@link FeatureNormaliser#fit}. Immutable (the
 * arrays are copied in and out); serialisable with Jackson as {@code {"mean":[...],"std":[...]}}.
 *
 * @param mean mean of each band over all real frames of the training clips, in dB
 * @param std  population standard deviation of each band, strictly positive (a constant band is
 *             recorded as 1, as scikit-learn's {@code StandardScaler} does)
 */
public record NormalisationStats(float[] mean, float[] std) {

    public NormalisationStats {
        if (mean.length != std.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " bands, std " + std.length);
        }
        for (int i = 0; i < std.length; i++) {
            if (!(std[i] > 0) || Float.isInfinite(std[i]) || !Float.isFinite(mean[i])) {
                throw new IllegalArgumentException("band " + i + ": need finite mean and positive finite std, got mean "
                        + mean[i] + ", std " + std[i]);
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    public int bands() {
        return mean.length;
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalisationStats that
                && Arrays.equals(mean, that.mean) && Arrays.equals(std, that.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "NormalisationStats[bands=" + mean.length + ", mean=" + Arrays.toString(mean)
                + ", std=" + Arrays.toString(std) + "]";
    }
}
