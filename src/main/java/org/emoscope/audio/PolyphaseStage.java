package org.emoscope.audio;

import java.util.Arrays;

/**
 * Rational resampling by {@code up / down} with a Kaiser-windowed sinc evaluated exactly at each
 * of the {@code up} fractional phases (one coefficient row per phase). Output {@code j} is the
 * band-limited input evaluated at input time {@code j * down / up}: the filter is centred on it,
 * so there is no delay to compensate. Immutable and thread-safe.
 *
 * <p>Two evaluation orders give the same result. The direct one computes each output as a dot
 * product; the JIT keeps that scalar. The streamed one uses that outputs {@code up*m + r} for a
 * fixed {@code r} share their taps and read inputs {@code down*m + s_r + k}: with the input split
 * into {@code down} interleaved streams, each tap becomes a multiply-add of one contiguous stream
 * slice into a contiguous accumulator, which the JIT turns into SIMD code (about four times
 * faster), provided the streams are long enough to fill vectors.
 */
final class PolyphaseStage {
    /** Independent accumulators in the direct dot product, so the adds pipeline. */
    private static final int UNROLL = 8;
    /** Output periods per pass of the streamed order: accumulator and slice stay in L1. */
    private static final int TILE = 1024;
    /** Taps per pass over the accumulator in the streamed order (a divisor of {@link #UNROLL}). */
    private static final int FUSED = 4;
    /**
     * Below this many output periods the streamed order's vectors are too short to pay for its
     * copies (measured crossover: about 25).
     */
    static final int MIN_STREAMED_PERIODS = 32;
    /** 64 MiB of coefficients: beyond that a rate pair is rejected rather than exhausting memory. */
    static final long MAX_COEFFICIENTS = 1 << 24;

    private final int up;
    private final int down;
    /** Row length in {@link #coefficients}: taps rounded up to a multiple of {@link #UNROLL}. */
    private final int rowLength;
    /** Taps before the centre: output j's first tap is input floor(j*down/up) - lead. */
    private final int lead;
    /** Row p holds the taps of phase p/up (zero-padded to rowLength), rows laid end to end. */
    private final float[] coefficients;

    /**
     * @param up       output samples per {@code down} input samples (coprime with down)
     * @param passband highest frequency to keep, in cycles per input sample
     * @param stopband where at least {@link KaiserDesign#ATTENUATION_DB} must be reached
     * @throws IllegalArgumentException when the coefficient table would exceed {@link #MAX_COEFFICIENTS}
     */
    PolyphaseStage(int up, int down, double passband, double stopband) {
        this.up = up;
        this.down = down;
        double cutoff = (passband + stopband) / 2;
        int half = (int) Math.ceil(KaiserDesign.length(stopband - passband) / 2);
        this.lead = half - 1;
        int taps = 2 * half;
        this.rowLength = (taps + UNROLL - 1) / UNROLL * UNROLL;
        if ((long) up * rowLength > MAX_COEFFICIENTS) {
            throw new IllegalArgumentException("ratio " + up + "/" + down + " needs " + (long) up * rowLength
                    + " filter coefficients, more than " + MAX_COEFFICIENTS);
        }
        this.coefficients = new float[up * rowLength];
        for (int phase = 0; phase < up; phase++) {
            double fraction = phase / (double) up;
            double[] row = new double[taps];
            double sum = 0;
            for (int k = 0; k < taps; k++) {
                row[k] = KaiserDesign.windowedSinc(fraction + lead - k, cutoff, half);
                sum += row[k];
            }
            // Unity DC gain in every phase, so a constant input comes out without ripple.
            for (int k = 0; k < taps; k++) {
                coefficients[phase * rowLength + k] = (float) (row[k] / sum);
            }
        }
    }

    /** Resamples {@code in} to exactly {@code outLength} samples (zeros assumed beyond its ends). */
    float[] process(float[] in, int outLength) {
        int periods = (outLength + up - 1) / up;
        return periods >= MIN_STREAMED_PERIODS ? processStreamed(in, outLength) : processDirect(in, outLength);
    }

    float[] processDirect(float[] in, int outLength) {
        long lastStart = (long) (outLength - 1) * down / up;
        float[] padded = new float[(int) Math.max(in.length + lead, lastStart + rowLength)];
        System.arraycopy(in, 0, padded, lead, in.length);
        float[] out = new float[outLength];
        float[] c = coefficients;
        int step = down / up;
        int phaseStep = down % up;
        int start = 0;
        int phase = 0;
        for (int j = 0; j < outLength; j++) {
            int row = phase * rowLength;
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            for (int k = 0; k < rowLength; k += UNROLL) {
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

    float[] processStreamed(float[] in, int outLength) {
        int periods = (outLength + up - 1) / up;
        int maxDelay = (int) (((long) (up - 1) * down / up + rowLength - 1) / down);
        int streamLength = periods + maxDelay;
        float[] streams = deinterleave(in, streamLength);
        float[] out = new float[outLength];
        // Copying each slice to offset 0 lets the JIT vectorize: with two offsets into possibly
        // the same array it cannot rule out overlap and stays scalar.
        int width = Math.min(TILE, periods);
        float[][] slices = new float[FUSED][width];
        float[] acc = new float[width];
        for (int m0 = 0; m0 < periods; m0 += TILE) {
            int count = Math.min(TILE, periods - m0);
            for (int r = 0; r < up; r++) {
                long position = (long) r * down;
                int row = (int) (position % up) * rowLength;
                long first = position / up;
                int stream = (int) (first % down);
                int delay = (int) (first / down);
                Arrays.fill(acc, 0, count, 0f);
                for (int k = 0; k < rowLength; k += FUSED) {
                    for (float[] slice : slices) {
                        System.arraycopy(streams, stream * streamLength + delay + m0, slice, 0, count);
                        if (++stream == down) {
                            stream = 0;
                            delay++;
                        }
                    }
                    multiplyAdd(acc, coefficients, row + k, slices, count);
                }
                for (int i = 0, j = (m0 * up) + r; i < count && j < outLength; i++, j += up) {
                    out[j] = acc[i];
                }
            }
        }
        return out;
    }

    /** Stream q holds the padded input (lead zeros first) at down*i + q, stream after stream. */
    private float[] deinterleave(float[] in, int streamLength) {
        float[] streams = new float[down * streamLength];
        int stream = lead % down;
        int index = lead / down;
        for (int n = 0; n < in.length && index < streamLength; n++) {
            streams[stream * streamLength + index] = in[n];
            if (++stream == down) {
                stream = 0;
                index++;
            }
        }
        return streams;
    }

    /** acc += the next {@link #FUSED} taps, each weighting its slice. */
    private static void multiplyAdd(float[] acc, float[] c, int at, float[][] slices, int count) {
        float c0 = c[at], c1 = c[at + 1], c2 = c[at + 2], c3 = c[at + 3];
        float[] s0 = slices[0], s1 = slices[1], s2 = slices[2], s3 = slices[3];
        for (int i = 0; i < count; i++) {
            acc[i] += (c0 * s0[i] + c1 * s1[i]) + (c2 * s2[i] + c3 * s3[i]);
        }
    }
}
