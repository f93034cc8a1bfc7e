package org.emoscope.audio;

/**
 * Halves the sample rate with a linear-phase half-band FIR: every other tap is zero and the rest
 * are symmetric, so one output costs about a quarter of the filter length in multiplies. Output
 * {@code m} sits at input time {@code 2m} (no delay). Immutable and thread-safe.
 */
final class HalfBandDecimator {
    /** c[p] weighs the pair x[2m - (2p+1)] + x[2m + (2p+1)]; the centre tap is exactly 1/2. */
    private final float[] pairCoefficients;

    /**
     * @param passband highest frequency to keep, in cycles per input sample (below 1/4); the
     *                 stopband then starts at its mirror image 1/2 - passband
     */
    HalfBandDecimator(double passband) {
        double width = 0.5 - 2 * passband;
        int pairs = (int) Math.ceil((KaiserDesign.length(width) + 1) / 4);
        double halfLength = 2 * pairs;
        double[] c = new double[pairs];
        double sum = 0;
        for (int p = 0; p < pairs; p++) {
            c[p] = KaiserDesign.windowedSinc(2 * p + 1, 0.25, halfLength);
            sum += 2 * c[p];
        }
        pairCoefficients = new float[pairs];
        for (int p = 0; p < pairs; p++) {
            // Scaled so the DC gain is exactly one with the centre tap kept at 1/2.
            pairCoefficients[p] = (float) (c[p] * 0.5 / sum);
        }
    }

    /** The decimated signal, {@code ceil(n / 2)} samples long. */
    float[] decimate(float[] in) {
        int pairs = pairCoefficients.length;
        int reach = 2 * pairs - 1;
        float[] padded = new float[in.length + 2 * reach + 1];
        System.arraycopy(in, 0, padded, reach, in.length);
        float[] out = new float[(in.length + 1) / 2];
        float[] c = pairCoefficients;
        for (int m = 0; m < out.length; m++) {
            int centre = reach + 2 * m;
            float acc0 = 0.5f * padded[centre];
            float acc1 = 0;
            int p = 0;
            for (; p + 1 < pairs; p += 2) {
                acc0 += c[p] * (padded[centre - 2 * p - 1] + padded[centre + 2 * p + 1]);
                acc1 += c[p + 1] * (padded[centre - 2 * p - 3] + padded[centre + 2 * p + 3]);
            }
            if (p < pairs) {
                acc0 += c[p] * (padded[centre - 2 * p - 1] + padded[centre + 2 * p + 1]);
            }
            out[m] = acc0 + acc1;
        }
        return out;
    }
}
