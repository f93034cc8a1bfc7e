package org.emoscope.evaluation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The paired bootstrap percentile interval of a mean difference: the paired differences (one per
 * fold) are resampled with replacement, the mean of each resample taken, and the interval is the
 * central {@code level} of those means (linearly interpolated order statistics, like
 * {@code numpy.percentile}'s default). Seeded, so the same input gives the same interval.
 * Stateless and thread-safe.
 */
public final class PairedBootstrap {
    /** The resamples used unless told otherwise. */
    public static final int DEFAULT_RESAMPLES = 10_000;
    /** The seed used unless told otherwise. */
    public static final long DEFAULT_SEED = 20_240_501L;

    /**
     * A confidence interval.
     *
     * @param low       lower end
     * @param high      upper end
     * @param level     e.g. 0.95
     * @param resamples how many bootstrap resamples
     * @param seed      the random seed of the resampling
     */
    public record Interval(double low, double high, double level, int resamples, long seed) {
        /** Whether {@code value} lies in the closed interval. */
        public boolean contains(double value) {
            return low <= value && value <= high;
        }
    }

    private PairedBootstrap() {
    }

    /** The 95 % interval from {@value #DEFAULT_RESAMPLES} resamples with the default seed. */
    public static Interval meanDifference(double... differences) {
        return meanDifference(differences, 0.95, DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    /**
     * @throws IllegalArgumentException when there are no differences, one is not finite, the level is
     *                                  not in (0, 1) or there are no resamples
     */
    public static Interval meanDifference(double[] differences, double level, int resamples, long seed) {
        if (differences.length == 0) {
            throw new IllegalArgumentException("a bootstrap interval needs at least one paired difference");
        }
        if (!(level > 0 && level < 1) || resamples < 1) {
            throw new IllegalArgumentException("level must be in (0, 1) and resamples positive");
        }
        for (double d : differences) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("a paired difference is " + d);
            }
        }
        int n = differences.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += differences[random.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Arrays.sort(means);
        double tail = (1 - level) / 2;
        return new Interval(quantile(means, tail), quantile(means, 1 - tail), level, resamples, seed);
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double weight = position - below;
        return sorted[below] + weight * (sorted[above] - sorted[below]);
    }
}
