package org.emoscope.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A triangular mel filterbank exactly as librosa's {@code filters.mel}, in a dense form
 * ({@link #create}) and a sparse form (an instance: each filter stored as its first non-zero FFT bin
 * plus its non-zero weights) that {@link LogMelSpectrogram} applies to power spectra.
 *
 * <p>Construction: {@code n_mels + 2} edge frequencies equally spaced in mel between fmin and fmax;
 * filter {@code i} rises linearly from edge {@code i} to edge {@code i+1} and falls to edge
 * {@code i+2}, sampled at the FFT bin frequencies {@code k * sr / n_fft}; with
 * {@link MelNorm#SLANEY} it is scaled by {@code 2 / (f[i+2] - f[i])}. Instances are immutable and
 * thread-safe.
 */
public final class MelFilterbank {
    private final int bins;
    private final int[] firstBin;
    private final double[][] weights;

    private MelFilterbank(int bins, int[] firstBin, double[][] weights) {
        this.bins = bins;
        this.firstBin = firstBin;
        this.weights = weights;
    }

    /**
     * The dense filterbank, {@code [nMels][1 + nFft / 2]}, float64, as librosa's
     * {@code filters.mel(sr=sr, n_fft=nFft, n_mels=nMels, fmin=fmin, fmax=fmax, htk=htk, norm=norm)}.
     *
     * @throws IllegalArgumentException listing every invalid argument (see {@link #problems})
     */
    public static double[][] create(int sr, int nFft, int nMels, double fmin, double fmax, boolean htk,
                                    MelNorm norm) {
        List<String> problems = problems(sr, nFft, nMels, fmin, fmax);
        if (norm == null) {
            problems.add("norm must be given (slaney or none)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid mel filterbank: " + String.join("; ", problems));
        }
        int bins = 1 + nFft / 2;
        double[] binHz = new double[bins];
        for (int k = 0; k < bins; k++) {
            binHz[k] = k * (double) sr / nFft;
        }
        double[] edges = MelScale.melFrequencies(nMels + 2, fmin, fmax, htk);
        double[][] weights = new double[nMels][bins];
        for (int i = 0; i < nMels; i++) {
            double lowWidth = edges[i + 1] - edges[i];
            double highWidth = edges[i + 2] - edges[i + 1];
            double scale = norm == MelNorm.SLANEY ? 2.0 / (edges[i + 2] - edges[i]) : 1.0;
            for (int k = 0; k < bins; k++) {
                // Same operation order as librosa: ramps are edge - bin frequency, divided by widths.
                double rising = -(edges[i] - binHz[k]) / lowWidth;
                double falling = (edges[i + 2] - binHz[k]) / highWidth;
                weights[i][k] = Math.max(0.0, Math.min(rising, falling)) * scale;
            }
        }
        return weights;
    }

    /** Every problem with these filterbank arguments, empty when they are valid. */
    public static List<String> problems(int sr, int nFft, int nMels, double fmin, double fmax) {
        List<String> problems = new ArrayList<>();
        if (sr < 1) {
            problems.add("sample rate must be at least 1 Hz, got " + sr);
        }
        if (nFft < 2 || nFft % 2 != 0) {
            problems.add("n_fft must be even and at least 2, got " + nFft);
        }
        if (nMels < 1) {
            problems.add("n_mels must be at least 1, got " + nMels);
        }
        if (!(fmin >= 0)) {
            problems.add("fmin must be at least 0 Hz, got " + fmin);
        }
        if (!(fmin < fmax)) {
            problems.add("fmin (" + fmin + " Hz) must be below fmax (" + fmax + " Hz)");
        }
        if (!(fmax <= sr / 2.0)) {
            problems.add("fmax (" + fmax + " Hz) must not exceed the Nyquist frequency sr/2 = " + sr / 2.0 + " Hz");
        }
        return problems;
    }

    /** The sparse filterbank for a configuration. */
    public static MelFilterbank of(MelSpectrogramConfig config) {
        return fromDense(create(config.sampleRate(), config.nFft(), config.nMels(), config.fmin(), config.fmax(),
                config.htk(), config.norm()));
    }

    /** The sparse form of a dense filterbank; every row must have the same length. */
    public static MelFilterbank fromDense(double[][] dense) {
        int bins = dense.length == 0 ? 0 : dense[0].length;
        int[] first = new int[dense.length];
        double[][] weights = new double[dense.length][];
        for (int i = 0; i < dense.length; i++) {
            double[] row = dense[i];
            if (row.length != bins) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " bins, expected " + bins);
            }
            int lo = 0;
            while (lo < bins && row[lo] == 0.0) {
                lo++;
            }
            int hi = bins;
            while (hi > lo && row[hi - 1] == 0.0) {
                hi--;
            }
            first[i] = lo;
            weights[i] = Arrays.copyOfRange(row, lo, hi);
        }
        return new MelFilterbank(bins, first, weights);
    }

    public int melBands() {
        return weights.length;
    }

    /** FFT bins per power spectrum, {@code 1 + n_fft / 2}. */
    public int fftBins() {
        return bins;
    }

    /**
     * Writes the mel-band powers of one power spectrum into {@code melPower}
     * ({@code melPower[i] = sum_k W[i][k] * power[k]}).
     */
    public void apply(double[] power, double[] melPower) {
        for (int i = 0; i < weights.length; i++) {
            double[] w = weights[i];
            int offset = firstBin[i];
            double sum = 0.0;
            for (int j = 0; j < w.length; j++) {
                sum += w[j] * power[offset + j];
            }
            melPower[i] = sum;
        }
    }

    /** The dense form, {@code [melBands][fftBins]}. */
    public double[][] toDense() {
        double[][] dense = new double[weights.length][bins];
        for (int i = 0; i < weights.length; i++) {
            System.arraycopy(weights[i], 0, dense[i], firstBin[i], weights[i].length);
        }
        return dense;
    }
}
