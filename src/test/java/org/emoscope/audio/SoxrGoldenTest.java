package org.emoscope.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our 16 kHz resampling against librosa's ({@code soxr_hq}), on fixtures made by
 * {@code mel_reference.py}'s libsoxr path (see {@code soxr/README.md} in the test resources).
 *
 * <p>Compared as energy per 250 Hz band below 7 kHz, because that is what the log-Mel features
 * downstream see, and because it is indifferent to what rightly differs: the two filters' shapes
 * in the 7.2 to 8 kHz transition band, and their residual aliasing far below the signal.
 */
class SoxrGoldenTest {
    private static final int BAND_HZ = 250;
    private static final int TOP_HZ = 7_000;
    /** The features' contract is 0.5 dB; the measured worst is 0.006 dB, so drift shows early. */
    private static final double TOLERANCE_DB = 0.1;

    @ParameterizedTest
    @ValueSource(strings = {"chirp-noise-44100", "speech-22050"})
    void bandEnergiesBelow7kHzMatchSoxrHq(String fixture) throws Exception {
        DecodedAudio ours = AudioLoader.load(resource(fixture + ".wav"), 16_000);
        DecodedAudio soxr = WavReader.decode(resource(fixture + ".soxr_hq-16000.wav"));

        assertThat(ours.samples()).hasSameSizeAs(soxr.samples());
        double[] oursDb = bandEnergiesDb(ours.samples(), 16_000);
        double[] soxrDb = bandEnergiesDb(soxr.samples(), 16_000);
        for (int band = 0; band < oursDb.length; band++) {
            assertThat(oursDb[band]).as("%d-%d Hz", band * BAND_HZ, (band + 1) * BAND_HZ)
                    .isCloseTo(soxrDb[band], Offset.offset(TOLERANCE_DB));
        }
    }

    private static Path resource(String name) throws Exception {
        URL url = SoxrGoldenTest.class.getResource("soxr/" + name);
        assertThat(url).as("test resource soxr/%s", name).isNotNull();
        return Path.of(url.toURI());
    }

    /** Hann-windowed DFT power summed per band (plain DFT: the test must not lean on our own FFT). */
    static double[] bandEnergiesDb(float[] x, int rate) {
        int n = x.length;
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int i = 0; i < n; i++) {
            cos[i] = Math.cos(2 * Math.PI * i / n);
            sin[i] = Math.sin(2 * Math.PI * i / n);
        }
        double[] windowed = new double[n];
        for (int i = 0; i < n; i++) {
            windowed[i] = x[i] * (0.5 - 0.5 * cos[i]);
        }
        double[] energy = new double[TOP_HZ / BAND_HZ];
        for (int k = 0; (double) k * rate / n < TOP_HZ; k++) {
            double re = 0;
            double im = 0;
            for (int i = 0, phase = 0; i < n; i++, phase = (int) ((phase + (long) k) % n)) {
                re += windowed[i] * cos[phase];
                im -= windowed[i] * sin[phase];
            }
            energy[(int) ((double) k * rate / n / BAND_HZ)] += re * re + im * im;
        }
        double[] db = new double[energy.length];
        for (int b = 0; b < db.length; b++) {
            db[b] = 10 * Math.log10(energy[b]);
        }
        return db;
    }
}
