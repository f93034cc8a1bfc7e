package org.emoscope.features;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MelFilterbankTest {

    @Test
    void slaneyScaleIsLinearBelowOneKilohertzAndLogarithmicAbove() {
        assertThat(MelScale.hzToMel(60.0, false)).isCloseTo(0.9, within(1e-12));
        assertThat(MelScale.hzToMel(1000.0, false)).isCloseTo(15.0, within(1e-12));
        assertThat(MelScale.hzToMel(6400.0, false)).isCloseTo(42.0, within(1e-9));
        assertThat(MelScale.melToHz(3.0, false)).isCloseTo(200.0, within(1e-12));
        for (double hz : new double[] {0, 20, 999.999, 1000, 1000.001, 4321, 8000}) {
            assertThat(MelScale.melToHz(MelScale.hzToMel(hz, false), false)).isCloseTo(hz, within(1e-9));
            assertThat(MelScale.melToHz(MelScale.hzToMel(hz, true), true)).isCloseTo(hz, within(1e-9));
        }
        assertThat(MelScale.hzToMel(1000.0, true)).isCloseTo(2595.0 * Math.log10(1 + 1000.0 / 700.0), within(1e-12));
    }

    @Test
    void paperFilterbankFollowsTheSlaneyTriangleFormula() {
        double[][] w = MelFilterbank.create(16000, 800, 128, 0, 8000, false, MelNorm.SLANEY);
        assertThat(w.length).isEqualTo(128);
        assertThat(w[0].length).isEqualTo(401);
        double step = 42.0 + Math.log(8.0 / 6.4) / (Math.log(6.4) / 27.0);   // hzToMel(8000), written out
        for (int i = 0; i < 128; i++) {
            double lo = slaneyHz(step * i / 129);
            double mid = slaneyHz(step * (i + 1) / 129);
            double hi = slaneyHz(step * (i + 2) / 129);
            for (int k = 0; k <= 400; k++) {
                double f = 20.0 * k;
                double triangle = Math.max(0, Math.min((f - lo) / (mid - lo), (hi - f) / (hi - mid)));
                assertThat(w[i][k]).as("W[%d][%d]", i, k).isCloseTo(triangle * 2 / (hi - lo), within(1e-12));
            }
        }
    }

    @Test
    void matchesWeightsPublishedWithLibrosasTests() {
        // feature-melfb-*.mat from librosa's test data (D. Ellis' fft2melmx), as quoted in mel_reference.py
        assertThat(slaney(8000, 256, 120)[20][13]).isCloseTo(0.050008010461798987, within(1e-12));
        assertThat(slaney(8000, 256, 120)[119][126]).isCloseTo(0.010082121607964765, within(1e-12));
        assertThat(slaney(11025, 512, 120)[70][83]).isCloseTo(0.01920100631227669, within(1e-12));
        assertThat(slaney(22050, 512, 40)[25][73]).isCloseTo(0.0037687881659934364, within(1e-12));
        assertThat(slaney(22050, 512, 40)[39][236]).isCloseTo(0.0011452854246542536, within(1e-12));
    }

    @Test
    void matchesReferenceFilterbankForPaperSettings() throws IOException {
        double[][] expected = denseFromTriplets("melfb_sr16000_nfft800_mels128_slaney.npy", 128, 401);
        assertCloseRelative(MelFilterbank.create(16000, 800, 128, 0, 8000, false, MelNorm.SLANEY), expected);
    }

    @Test
    void matchesReferenceFilterbankForHtkScaleWithoutNorm() throws IOException {
        double[][] expected = denseFromTriplets(
                "melfb_sr22050_nfft2048_mels40_fmin50_fmax7000_htk_nonorm.npy", 40, 1025);
        assertCloseRelative(MelFilterbank.create(22050, 2048, 40, 50, 7000, true, MelNorm.NONE), expected);
    }

    @Test
    void sparseFormAppliesTheSameWeightsAsTheDenseForm() {
        double[][] dense = MelFilterbank.create(16000, 800, 128, 0, 8000, false, MelNorm.SLANEY);
        MelFilterbank sparse = MelFilterbank.fromDense(dense);
        assertThat(sparse.toDense()).isDeepEqualTo(dense);
        double[] power = new double[401];
        for (int k = 0; k < power.length; k++) {
            power[k] = 1.0 + (k * 37 % 11);
        }
        double[] mel = new double[128];
        sparse.apply(power, mel);
        for (int i = 0; i < 128; i++) {
            double sum = 0;
            for (int k = 0; k < 401; k++) {
                sum += dense[i][k] * power[k];
            }
            assertThat(mel[i]).isCloseTo(sum, within(1e-15 * Math.abs(sum) + 1e-300));
        }
    }

    @Test
    void rejectsInvalidArgumentsListingEveryProblem() {
        assertThatThrownBy(() -> MelFilterbank.create(16000, 801, 0, 9000, 9000, false, MelNorm.SLANEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n_fft must be even")
                .hasMessageContaining("n_mels must be at least 1")
                .hasMessageContaining("must be below fmax")
                .hasMessageContaining("Nyquist");
    }

    private static double[][] slaney(int sr, int nFft, int nMels) {
        return MelFilterbank.create(sr, nFft, nMels, 0, sr / 2.0, false, MelNorm.SLANEY);
    }

    private static double slaneyHz(double mel) {
        return mel < 15 ? mel * 200.0 / 3.0 : 1000.0 * Math.pow(6.4, (mel - 15) / 27.0);
    }

    private static double[][] denseFromTriplets(String name, int rows, int cols) throws IOException {
        double[][] triplets = Npy.readFloat64(Fixtures.resource(name));
        double[][] dense = new double[rows][cols];
        for (double[] t : triplets) {
            dense[(int) t[0]][(int) t[1]] = t[2];
        }
        return dense;
    }

    private static void assertCloseRelative(double[][] actual, double[][] expected) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].length).isEqualTo(expected[i].length);
            for (int k = 0; k < expected[i].length; k++) {
                double e = expected[i][k];
                assertThat(actual[i][k]).as("W[%d][%d]", i, k).isCloseTo(e, within(1e-6 * Math.abs(e)));
            }
        }
    }
}
