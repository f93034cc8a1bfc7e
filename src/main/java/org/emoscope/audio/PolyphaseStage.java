package org.emoscope.audio;

/**
 * Rational resampling by {@code up / down} with a Kaiser-windowed sinc evaluated exactly at each
 * of the {@code up} fractional phases (one coefficient row per phase). Output {@code j} is the
 * band-limited input evaluated at input time {@code j * down / up}: the filter is centred on it,
 * so there is no delay to compensate. Immutable and thread-safe.
 */
final class PolyphaseStage {
    /** Independent accumulators in the dot product, so the adds pipeline instead of chaining. */
    private static final int UNROLL = 8;

    private final int up;
    private final int down;
    /** Taps per phase, a multiple of {@link #UNROLL} (the tail is zero). */
    private final int taps;
    /** Taps before the centre: output j's first tap is input floor(j*down/up) - lead. */
    private final int lead;
    /** Row p holds the taps of phase p/up, rows laid end to end. */
    private final float[] coefficients;

    /**
     * @param up       output samples per {@code down} input samples (coprime with down)
     * @param passband highest frequency to keep, in cycles per input sample
     * @param stopband where at least {@link KaiserDesign#ATTENUATION_DB} must be reached
     */
    PolyphaseStage(int up, int down, double passband, double stopband) {
        this.up = up;
        this.down = down;
        double cutoff = (passband + stopband) / 2;
        int half = (int) Math.ceil(KaiserDesign.length(stopband - passband) / 2);
        this.lead = half - 1;
        this.taps = (2 * half + UNROLL - 1) / UNROLL * UNROLL;
        this.coefficients = new float[up * taps];
        for (int phase = 0; phase < up; phase++) {
            double fraction = phase / (double) up;
            double[] row = new double[2 * half];
            double sum = 0;
            for (int k = 0; k < row.length; k++) {
                row[k] = KaiserDesign.windowedSinc(fraction + lead - k, cutoff, half);
                sum += row[k];
            }
            // Unity DC gain in every phase, so a constant input comes out without ripple.
            for (int k = 0; k < row.length; k++) {
                coefficients[phase * taps + k] = (float) (row[k] / sum);
            }
        }
    }

    /** Resamples {@code in} to exactly {@code outLength} samples (zeros assumed beyond its ends). */
    float[] process(float[] in, int outLength) {
        long lastStart = (long) (outLength - 1) * down / up;
        float[] padded = new float[(int) Math.max(in.length + lead, lastStart + taps)];
        System.arraycopy(in, 0, padded, lead, in.length);
        float[] out = new float[outLength];
        float[] c = coefficients;
        int step = down / up;
        int phaseStep = down % up;
        int start = 0;
        int phase = 0;
        for (int j = 0; j < outLength; j++) {
            int row = phase * taps;
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            for (int k = 0; k < taps; k += UNROLL) {
                int ck = row + k;
                int xk = start + k;
                a0 += c[ck] * padded[xk];
                a1 += c[ck + 1] * padded[xk + 1];
                a2 += c[ck + 2] * padded[xk + 2];
                a3 += c[ck + 3] * padded[xk + 3];
                a4 += c[ck + 4] * padded[xk + 4];
                a5 += c[ck + 5] * padded[xk + 5];
                a6 += c[ck + 6] * padded[xk + 6];
                a7 += c[ck + 7] * padded[xk + 7];
            }
            out[j] = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
            start += step;
            phase += phaseStep;
            if (phase >= up) {
                phase -= up;
                start++;
            }
        }
        return out;
    }
}
