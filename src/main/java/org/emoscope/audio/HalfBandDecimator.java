package org.emoscope.audio;

/**
 * Halves the sample rate with a linear-phase half-band FIR: every other tap is zero and the rest
 * are symmetric, so one output costs about a quarter of the filter length in multiplies. Output
 * {@code m} sits at input time {@code 2m} (no delay). Immutable and thread-safe.
 *
 * <p>Output m = x[2m]/2 + sum over p of c[p] (x[2m-2p-1] + x[2m+2p+1]); the odd-indexed inputs
 * form one stream, so each pair is a multiply-add of two contiguous slices of it, which the JIT
 * vectorizes once they are copied to offset 0 (see {@link PolyphaseStage}).
 */
final class HalfBandDecimator {
    private static final int TILE = 1024;

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
        float[] out = new float[(in.length + 1) / 2];
        // odd[i + pairs] = x[2i + 1], zeros around it, so x[2m -+ (2p+1)] = odd[m + pairs -p-1 / +p].
        float[] odd = new float[out.length + 2 * pairs];
        for (int i = 0; 2 * i + 1 < in.length; i++) {
            odd[i + pairs] = in[2 * i + 1];
        }
        float[] before = new float[Math.min(TILE, out.length)];
        float[] after = new float[before.length];
        float[] acc = new float[before.length];
        for (int m0 = 0; m0 < out.length; m0 += TILE) {
            int count = Math.min(TILE, out.length - m0);
            for (int i = 0; i < count; i++) {
                acc[i] = 0.5f * in[2 * (m0 + i)];
            }
            for (int p = 0; p < pairs; p++) {
                System.arraycopy(odd, m0 + pairs - p - 1, before, 0, count);
                System.arraycopy(odd, m0 + pairs + p, after, 0, count);
                multiplyAddPair(acc, pairCoefficients[p], before, after, count);
            }
            System.arraycopy(acc, 0, out, m0, count);
        }
        return out;
    }

    private static void multiplyAddPair(float[] acc, float factor, float[] a, float[] b, int count) {
        for (int i = 0; i < count; i++) {
            acc[i] += factor * (a[i] + b[i]);
        }
    }
}
