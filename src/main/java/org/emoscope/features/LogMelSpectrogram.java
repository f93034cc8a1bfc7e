package org.emoscope.features;

/**
 * librosa's {@code power_to_db(melspectrogram(y, sr, n_fft, hop_length, n_mels, ...))} for one
 * clip, in float64 arithmetic with a float32 result.
 *
 * <p>Steps: centre padding with {@code n_fft/2} zeros on both sides ({@code center=True},
 * {@code pad_mode='constant'}, librosa ≥ 0.10), {@code 1 + len / hop} frames, periodic Hann window
 * of length n_fft, one-sided |FFT|², the mel filterbank, then
 * {@code 10 log10(max(amin, S)) - 10 log10(max(amin, ref))} floored at the clip's maximum minus
 * {@code top_db}. The samples must already be at the configuration's sample rate.
 *
 * <p>Instances are immutable and thread-safe: {@link #compute} allocates its few kilobytes of
 * scratch once per call (never per frame), so one instance can serve every thread.
 */
public final class LogMelSpectrogram {
    /**
     * Identifies the feature algorithm for caches; change it whenever the numbers this class
     * produces for the same configuration could change.
     */
    public static final String ALGORITHM_VERSION = "logmel-librosa0.10-v1";

    private static final double DB_PER_NATURAL_LOG = 10.0 / Math.log(10.0);

    private final MelSpectrogramConfig config;
    private final RealFft fft;
    private final MelFilterbank filterbank;
    private final double[] window;
    private final double refDb;

    /**
     * @throws IllegalArgumentException listing every problem of an invalid configuration
     */
    public LogMelSpectrogram(MelSpectrogramConfig config) {
        var problems = config.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid mel spectrogram configuration: " + String.join("; ", problems));
        }
        this.config = config;
        this.fft = new RealFft(config.nFft());
        this.filterbank = MelFilterbank.of(config);
        this.window = periodicHann(config.nFft());
        this.refDb = DB_PER_NATURAL_LOG * Math.log(Math.max(config.amin(), config.ref()));
    }

    public MelSpectrogramConfig config() {
        return config;
    }

    /**
     * The log-Mel spectrogram in dB, {@code [n_mels][1 + samples.length / hop]}.
     *
     * @param samples mono samples at {@link MelSpectrogramConfig#sampleRate()}
     */
    public float[][] compute(float[] samples) {
        int nFft = config.nFft();
        int hop = config.hopLength();
        int frames = config.frameCount(samples.length);
        int bins = nFft / 2 + 1;
        double[] frame = new double[nFft];
        double[] re = new double[bins];
        double[] im = new double[bins];
        double[] power = new double[bins];
        double[] melPower = new double[config.nMels()];
        float[][] db = new float[config.nMels()][frames];
        double amin = config.amin();
        double maxDb = Double.NEGATIVE_INFINITY;

        for (int t = 0; t < frames; t++) {
            fillWindowedFrame(samples, t * hop - nFft / 2, frame);
            fft.forward(frame, re, im);
            for (int k = 0; k < bins; k++) {
                power[k] = re[k] * re[k] + im[k] * im[k];
            }
            filterbank.apply(power, melPower);
            for (int i = 0; i < melPower.length; i++) {
                double value = DB_PER_NATURAL_LOG * Math.log(Math.max(amin, melPower[i])) - refDb;
                db[i][t] = (float) value;
                if (value > maxDb) {
                    maxDb = value;
                }
            }
        }
        if (config.hasTopDb()) {
            floor(db, (float) (maxDb - config.topDb()));
        }
        return db;
    }

    /** Copies {@code nFft} samples from {@code start} (zero outside the signal), times the window. */
    private void fillWindowedFrame(float[] samples, int start, double[] frame) {
        int n = frame.length;
        if (start >= 0 && start + n <= samples.length) {
            for (int j = 0; j < n; j++) {
                frame[j] = samples[start + j] * window[j];
            }
            return;
        }
        for (int j = 0; j < n; j++) {
            int at = start + j;
            frame[j] = at >= 0 && at < samples.length ? samples[at] * window[j] : 0.0;
        }
    }

    private static void floor(float[][] db, float floor) {
        for (float[] row : db) {
            for (int t = 0; t < row.length; t++) {
                if (row[t] < floor) {
                    row[t] = floor;
                }
            }
        }
    }

    /** {@code w[j] = 0.5 - 0.5 cos(2 pi j / n)}: scipy's {@code hann(n, sym=False)}, as librosa uses. */
    static double[] periodicHann(int n) {
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            w[j] = 0.5 - 0.5 * Math.cos(2.0 * Math.PI * j / n);
        }
        return w;
    }
}
