package org.emoscope.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {
    /** Output samples ignored at each end, where the signal starts and stops abruptly. */
    private static final int EDGE = 400;

    private static float[] sine(int rate, double hz, double amplitude, int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return x;
    }

    /** RMS over the interior, in dB relative to a sine of the given amplitude. */
    private static double interiorLevelDb(float[] y, double amplitude) {
        double sum = 0;
        for (int j = EDGE; j < y.length - EDGE; j++) {
            sum += (double) y[j] * y[j];
        }
        double rms = Math.sqrt(sum / (y.length - 2 * EDGE));
        return 20 * Math.log10(rms / (amplitude / Math.sqrt(2)));
    }

    private static float[] minus(float[] a, float[] b) {
        float[] d = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    @ParameterizedTest(name = "{0} samples at {1} Hz -> {3} at {2} Hz")
    @CsvSource({"1000, 44100, 16000, 363", "441, 44100, 16000, 160", "1, 44100, 16000, 1",
            "0, 44100, 16000, 0", "1001, 22050, 16000, 727", "3, 8000, 16000, 6", "7, 48000, 16000, 3"})
    void outputLengthIsCeilingOfScaledInputLength(int n, int from, int to, int expected) {
        Resampler resampler = Resampler.between(from, to);

        assertThat(resampler.outputLength(n)).isEqualTo(expected);
        assertThat(resampler.resample(new float[n])).hasSize(expected);
    }

    @ParameterizedTest(name = "{1} Hz at {0} Hz -> 16 kHz")
    @CsvSource({"44100, 3000", "22050, 3000", "48000, 3000", "8000, 3000", "11025, 1000", "96000, 7000",
            "44100, 7000", "22050, 50"})
    void passbandSineComesOutWithSameAmplitudeAndTiming(int from, double hz) {
        double amplitude = 0.5;
        float[] in = sine(from, hz, amplitude, from);

        float[] out = Resampler.between(from, 16_000).resample(in);

        // Output sample j lies at input time j * from / to, so it must be the same sine sampled at 16 kHz.
        float[] expected = sine(16_000, hz, amplitude, out.length);
        double level = interiorLevelDb(out, amplitude);
        assertThat(Math.abs(level)).as("passband gain error in dB").isLessThan(0.05);
        assertThat(interiorLevelDb(minus(out, expected), amplitude)).as("error vs ideal sine, dB").isLessThan(-70);
    }

    @ParameterizedTest(name = "{1} Hz at {0} Hz -> 16 kHz")
    @CsvSource({"44100, 10000", "44100, 8022", "44100, 14100", "44100, 20000", "22050, 9000", "22050, 8021",
            "48000, 8017", "48000, 11000", "48000, 23000", "96000, 30000", "32000, 8500"})
    void stopbandSineIsAttenuatedByAtLeast80dB(int from, double hz) {
        // 80xx Hz: the worst case, the first sidelobe just past the output Nyquist (about -84 dB);
        // 14100 Hz at 44.1 kHz: the half-band stage's stopband edge, folding onto 8 kHz.
        float[] out = Resampler.between(from, 16_000).resample(sine(from, hz, 0.5, from));

        assertThat(interiorLevelDb(out, 0.5)).as("alias level, dB").isLessThan(-80);
    }

    @ParameterizedTest(name = "{1} Hz at {0} Hz -> 16 kHz")
    @CsvSource({"8000, 3000", "8000, 3500", "11025, 4900"})
    void upsamplingLeavesNoImagesAbove80dB(int from, double hz) {
        float[] out = Resampler.between(from, 16_000).resample(sine(from, hz, 0.5, from));

        // The image of hz sits at from - hz; whatever is not the sine itself is image or ripple.
        float[] residual = minus(out, sine(16_000, hz, 0.5, out.length));
        assertThat(interiorLevelDb(residual, 0.5)).as("image level, dB").isLessThan(-80);
    }

    @Test
    void constantInputStaysConstantWithoutRipple() {
        float[] in = new float[44_100];
        Arrays.fill(in, 0.25f);

        float[] out = Resampler.between(44_100, 16_000).resample(in);

        for (int j = EDGE; j < out.length - EDGE; j++) {
            assertThat(out[j]).as("sample %d", j).isCloseTo(0.25f, Offset.offset(1e-6f));
        }
    }

    @Test
    void impulseStaysAtItsTime() {
        float[] in = new float[4410];
        in[2205] = 1; // 50 ms: output sample 800 at 16 kHz

        float[] out = Resampler.between(44_100, 16_000).resample(in);

        int peak = 0;
        for (int j = 1; j < out.length; j++) {
            peak = Math.abs(out[j]) > Math.abs(out[peak]) ? j : peak;
        }
        assertThat(peak).isEqualTo(800);
        assertThat(out[799]).isCloseTo(out[801], Offset.offset(1e-6f)); // symmetric
    }

    @Test
    void sameRateReturnsACopy() {
        float[] in = {0.1f, -0.2f, 0.3f};

        float[] out = Resampler.between(16_000, 16_000).resample(in);

        assertThat(out).containsExactly(in).isNotSameAs(in);
    }

    @Test
    void leavesInputUntouched() {
        float[] in = sine(44_100, 440, 0.5, 1000);
        float[] copy = in.clone();

        Resampler.between(44_100, 16_000).resample(in);

        assertThat(in).containsExactly(copy);
    }

    @Test
    void reusesTheDesignForARatePair() {
        Resampler first = Resampler.between(22_050, 16_000);

        assertThat(Resampler.between(22_050, 16_000)).isSameAs(first);
        assertThat(first.fromRate()).isEqualTo(22_050);
        assertThat(first.toRate()).isEqualTo(16_000);
    }

    @Test
    void rejectsRatePairsNeedingHugeFilterTables() {
        assertThatThrownBy(() -> Resampler.between(999_999, 16_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filter coefficients");
    }

    @Test
    void rejectsNonPositiveRates() {
        assertThatThrownBy(() -> Resampler.between(0, 16_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Resampler.between(44_100, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
