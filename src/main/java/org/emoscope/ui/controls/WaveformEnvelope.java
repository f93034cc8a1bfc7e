package org.emoscope.ui.controls;

/**
 * The lowest and highest sample under each pixel column of a waveform, so a clip of any length
 * draws as one vertical line per column. Sample {@code i} sits at position {@code i}; column
 * {@code c} of {@code n} over positions {@code [from, to)} covers {@code [from + c·(to−from)/n,
 * from + (c+1)·(to−from)/n)}. When there are more columns than samples, a column shows the one
 * sample it falls on. Immutable once made.
 */
public record WaveformEnvelope(float[] min, float[] max) {

    /** The envelope of the whole of {@code samples}. */
    public static WaveformEnvelope of(float[] samples, int columns) {
        return of(samples, 0, samples.length, columns);
    }

    /**
     * The envelope of the stretch from sample position {@code from} to {@code to} (fractional, e.g.
     * a zoomed view's edges times the sample rate); positions outside the samples clamp to the ends.
     */
    public static WaveformEnvelope of(float[] samples, double from, double to, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        float[] low = new float[columns];
        float[] high = new float[columns];
        int length = samples.length;
        if (length == 0) {
            return new WaveformEnvelope(low, high);
        }
        double perColumn = (to - from) / columns;
        for (int column = 0; column < columns; column++) {
            int first = clamp((long) Math.floor(from + column * perColumn), length);
            int end = Math.max(first + 1, clamp((long) Math.floor(from + (column + 1) * perColumn), length + 1));
            float lo = samples[first];
            float hi = samples[first];
            for (int i = first + 1; i < end && i < length; i++) {
                lo = Math.min(lo, samples[i]);
                hi = Math.max(hi, samples[i]);
            }
            low[column] = lo;
            high[column] = hi;
        }
        return new WaveformEnvelope(low, high);
    }

    private static int clamp(long index, int limit) {
        return (int) Math.min(limit - 1, Math.max(0, index));
    }

    public int columns() {
        return min.length;
    }
}
