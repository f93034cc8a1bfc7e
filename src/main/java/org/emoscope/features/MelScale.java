package org.emoscope.features;

/**
 * Conversions between Hz and mel, as librosa's {@code hz_to_mel} / {@code mel_to_hz}.
 *
 * <p>Slaney scale (the default): linear below 1 kHz with 200/3 Hz per mel, logarithmic above with
 * a step of ln(6.4)/27 per mel. HTK scale: {@code 2595 log10(1 + f / 700)}. Stateless and
 * thread-safe.
 */
public final class MelScale {
    private static final double SLANEY_HZ_PER_MEL = 200.0 / 3.0;
    private static final double SLANEY_BREAK_HZ = 1000.0;
    private static final double SLANEY_BREAK_MEL = SLANEY_BREAK_HZ / SLANEY_HZ_PER_MEL;
    private static final double SLANEY_LOG_STEP = Math.log(6.4) / 27.0;

    private MelScale() {
    }

    public static double hzToMel(double hz, boolean htk) {
        if (htk) {
            return 2595.0 * Math.log10(1.0 + hz / 700.0);
        }
        if (hz >= SLANEY_BREAK_HZ) {
            return SLANEY_BREAK_MEL + Math.log(hz / SLANEY_BREAK_HZ) / SLANEY_LOG_STEP;
        }
        return hz / SLANEY_HZ_PER_MEL;
    }

    public static double melToHz(double mel, boolean htk) {
        if (htk) {
            return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
        }
        if (mel >= SLANEY_BREAK_MEL) {
            return SLANEY_BREAK_HZ * Math.exp(SLANEY_LOG_STEP * (mel - SLANEY_BREAK_MEL));
        }
        return SLANEY_HZ_PER_MEL * mel;
    }

    /**
     * {@code count} frequencies in Hz equally spaced on the mel scale from {@code fmin} to
     * {@code fmax}, both included (librosa's {@code mel_frequencies}; spacing as numpy's
     * {@code linspace}, whose last point is exactly the end point).
     */
    public static double[] melFrequencies(int count, double fmin, double fmax, boolean htk) {
        double low = hzToMel(fmin, htk);
        double high = hzToMel(fmax, htk);
        double[] hz = new double[count];
        double step = count > 1 ? (high - low) / (count - 1) : 0.0;
        for (int i = 0; i < count; i++) {
            double mel = i == count - 1 && count > 1 ? high : low + i * step;
            hz[i] = melToHz(mel, htk);
        }
        return hz;
    }
}
