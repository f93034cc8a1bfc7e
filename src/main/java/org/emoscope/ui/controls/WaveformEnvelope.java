package org.emoscope.ui.controls;

/**
 * The lowest and highest sample under each pixel column of a waveform, so a clip of any length
 * draws as one vertical line per column. Column {@code c} of {@code n} covers samples
 * {@code [c·len/n, (c+1)·len/n)}; when there are more columns than samples, a column shows the one
 * sample it falls on. Immutable once made.
 */
public record WaveformEnvelope(float[] min, float[] max) {

    public static WaveformEnvelope of(float[] samples, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        float[] low = new float[columns];
        float[] high = new float[columns];
        int length = samples.length;
        if (length == 0) {
            return new WaveformEnvelope(low, high);
        }
        for (int column = 0; column < columns; column++) {
            int from = (int) ((long) column * length / columns);
            int to = Math.max(from + 1, (int) ((long) (column + 1) * length / columns));
            float lo = samples[from];
            float hi = samples[from];
            for (int i = from + 1; i < to; i++) {
                lo = Math.min(lo, samples[i]);
                hi = Math.max(hi, samples[i]);
            }
            low[column] = lo;
            high[column] = hi;
        }
        return new WaveformEnvelope(low, high);
    }

    public int columns() {
        return min.length;
    }
}
