package org.emoscope.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogMelSpectrogramTest {
    private static final double GOLDEN_TOLERANCE_DB = 1e-3;

    @Test
    void matchesReferenceOnSpeechInEveryCell() throws IOException {
        assertMatchesGolden("speech16k.wav", "speech16k_logmel.npy", MelSpectrogramConfig.paper());
    }

    @Test
    void matchesReferenceOnSyntheticClipWithSilenceInEveryCell() throws IOException {
        assertMatchesGolden("synthetic16k.wav", "synthetic16k_logmel.npy", MelSpectrogramConfig.paper());
    }

    @Test
    void matchesReferenceWithPowerOfTwoFftAndBandLimits() throws IOException {
        var config = new MelSpectrogramConfig(16000, 512, 160, 64, 20, 7600, false, MelNorm.SLANEY, 1.0, 1e-10, 80);
        assertMatchesGolden("speech16k.wav", "speech16k_nfft512_hop160_mels64_fmin20_fmax7600.npy", config);
    }

    @Test
    void floorsEveryCellAtTopDbBelowTheClipMaximum() throws IOException {
        float[] samples = Fixtures.readPcm16Mono(Fixtures.resource("synthetic16k.wav"));
        float[][] floored = new LogMelSpectrogram(MelSpectrogramConfig.paper()).compute(samples);
        float[][] raw = new LogMelSpectrogram(withTopDb(Double.NaN)).compute(samples);

        float max = max(raw);
        assertThat(max(floored)).isEqualTo(max);
        // digital silence gives amin = 1e-10, i.e. -100 dB, unfloored
        assertThat(min(raw)).isEqualTo(-100f);
        assertThat(min(floored)).isCloseTo(max - 80f, within(1e-4f));
        for (int i = 0; i < raw.length; i++) {
            for (int t = 0; t < raw[i].length; t++) {
                assertThat(floored[i][t]).isEqualTo(Math.max(raw[i][t], min(floored)));
            }
        }
        assertThat(new LogMelSpectrogram(withTopDb(-1)).compute(samples)).isDeepEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 399, 400, 401, 801, 127_999, 128_000, 128_399, 128_400})
    void yieldsOneFramePerHopPlusOne(int samples) {
        float[][] mel = new LogMelSpectrogram(MelSpectrogramConfig.paper()).compute(new float[samples]);
        assertThat(mel.length).isEqualTo(128);
        assertThat(mel[0].length).isEqualTo(1 + samples / 400);
    }

    @Test
    void eightSecondClipHas321Frames() {
        assertThat(MelSpectrogramConfig.paper().frameCount(128_000)).isEqualTo(321);
    }

    @Test
    void oneKilohertzSinePeaksInTheBandCentredNearOneKilohertz() {
        float[] sine = new float[16000];
        for (int j = 0; j < sine.length; j++) {
            sine[j] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * j / 16000.0));
        }
        float[][] mel = new LogMelSpectrogram(MelSpectrogramConfig.paper()).compute(sine);
        int best = 0;
        for (int i = 0; i < mel.length; i++) {
            if (mel[i][20] > mel[best][20]) {
                best = i;
            }
        }
        double[] centres = MelScale.melFrequencies(130, 0, 8000, false);
        assertThat(centres[best + 1]).isCloseTo(1000.0, within(40.0));
    }

    @Test
    void rejectsInvalidConfiguration() {
        var bad = new MelSpectrogramConfig(16000, 799, 0, 128, 0, 8000, false, MelNorm.SLANEY, 1.0, 1e-10, 80);
        assertThatThrownBy(() -> new LogMelSpectrogram(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n_fft").hasMessageContaining("hop");
    }

    private static void assertMatchesGolden(String wav, String golden, MelSpectrogramConfig config) throws IOException {
        float[] samples = Fixtures.readPcm16Mono(Fixtures.resource(wav));
        float[][] expected = Npy.readFloat32(Fixtures.resource(golden));
        float[][] actual = new LogMelSpectrogram(config).compute(samples);

        assertThat(actual.length).isEqualTo(expected.length);
        assertThat(actual[0].length).isEqualTo(expected[0].length).isEqualTo(1 + samples.length / config.hopLength());
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int t = 0; t < expected[i].length; t++) {
                worst = Math.max(worst, Math.abs(actual[i][t] - expected[i][t]));
                assertThat(actual[i][t]).as("cell [%d][%d]", i, t).isCloseTo(expected[i][t], within((float) GOLDEN_TOLERANCE_DB));
            }
        }
        assertThat(worst).isLessThanOrEqualTo(GOLDEN_TOLERANCE_DB);
    }

    private static MelSpectrogramConfig withTopDb(double topDb) {
        var p = MelSpectrogramConfig.paper();
        return new MelSpectrogramConfig(p.sampleRate(), p.nFft(), p.hopLength(), p.nMels(), p.fmin(), p.fmax(),
                p.htk(), p.norm(), p.ref(), p.amin(), topDb);
    }

    private static float max(float[][] m) {
        float max = Float.NEGATIVE_INFINITY;
        for (float[] row : m) {
            for (float v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    private static float min(float[][] m) {
        float min = Float.POSITIVE_INFINITY;
        for (float[] row : m) {
            for (float v : row) {
                min = Math.min(min, v);
            }
        }
        return min;
    }
}
