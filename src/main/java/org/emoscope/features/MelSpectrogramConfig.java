package org.emoscope.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Every parameter of the log-Mel pipeline, named as in librosa ({@code melspectrogram} +
 * {@code power_to_db}). Immutable; {@link #validate()} lists every problem at once. Jackson reads
 * it tolerantly: a missing field takes its {@link #paper()} value, a missing {@code fmax} is sr/2.
 *
 * @param sampleRate samples per second of the input (the audio is resampled to it beforehand)
 * @param nFft       FFT length and Hann window length, even
 * @param hopLength  samples between frames
 * @param nMels      mel bands
 * @param fmin       lowest filter edge in Hz
 * @param fmax       highest filter edge in Hz; {@code NaN} means sr/2
 * @param htk        HTK mel scale instead of Slaney's
 * @param norm       filter scaling
 * @param ref        power mapped to 0 dB
 * @param amin       smallest power before the logarithm
 * @param topDb      dynamic range kept below the clip's maximum; negative or {@code NaN}: no floor
 */
public record MelSpectrogramConfig(int sampleRate, int nFft, int hopLength, int nMels, double fmin, double fmax,
                                   boolean htk, MelNorm norm, double ref, double amin, double topDb) {

    public MelSpectrogramConfig {
        if (Double.isNaN(fmax)) {
            fmax = sampleRate / 2.0;
        }
    }

    /** The SER paper's settings: 16 kHz, n_fft 800 (50 ms), hop 400 (25 ms), 128 Slaney mels, 80 dB range. */
    public static MelSpectrogramConfig paper() {
        return new MelSpectrogramConfig(16_000, 800, 400, 128, 0.0, Double.NaN, false, MelNorm.SLANEY,
                1.0, 1e-10, 80.0);
    }

    @JsonCreator
    static MelSpectrogramConfig fromJson(@JsonProperty("sampleRate") Integer sampleRate,
                                         @JsonProperty("nFft") Integer nFft,
                                         @JsonProperty("hopLength") Integer hopLength,
                                         @JsonProperty("nMels") Integer nMels,
                                         @JsonProperty("fmin") Double fmin,
                                         @JsonProperty("fmax") Double fmax,
                                         @JsonProperty("htk") Boolean htk,
                                         @JsonProperty("norm") MelNorm norm,
                                         @JsonProperty("ref") Double ref,
                                         @JsonProperty("amin") Double amin,
                                         @JsonProperty("topDb") Double topDb) {
        MelSpectrogramConfig d = paper();
        return new MelSpectrogramConfig(
                sampleRate != null ? sampleRate : d.sampleRate(),
                nFft != null ? nFft : d.nFft(),
                hopLength != null ? hopLength : d.hopLength(),
                nMels != null ? nMels : d.nMels(),
                fmin != null ? fmin : d.fmin(),
                fmax != null ? fmax : Double.NaN,
                htk != null ? htk : d.htk(),
                norm != null ? norm : d.norm(),
                ref != null ? ref : d.ref(),
                amin != null ? amin : d.amin(),
                topDb != null ? topDb : d.topDb());
    }

    /** Every problem with this configuration, empty when it is valid. */
    public List<String> validate() {
        List<String> problems = MelFilterbank.problems(sampleRate, nFft, nMels, fmin, fmax);
        if (hopLength < 1) {
            problems.add("hop length must be at least 1, got " + hopLength);
        }
        if (norm == null) {
            problems.add("norm must be given (slaney or none)");
        }
        if (!(ref > 0) || Double.isInfinite(ref)) {
            problems.add("ref must be a positive finite power, got " + ref);
        }
        if (!(amin > 0) || Double.isInfinite(amin)) {
            problems.add("amin must be a positive finite power, got " + amin);
        }
        return problems;
    }

    /** True when {@link #topDb()} floors the result (a non-negative number). */
    public boolean hasTopDb() {
        return topDb >= 0;
    }

    /** Frames for a signal of this many samples: {@code 1 + samples / hopLength} (centred frames). */
    public int frameCount(int samples) {
        return 1 + samples / hopLength;
    }
}
