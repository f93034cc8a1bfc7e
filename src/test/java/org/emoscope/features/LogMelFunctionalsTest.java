package org.emoscope.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LogMelFunctionalsTest {
    private static final int N = LogMelFunctionals.FUNCTIONALS.size();

    private static double[] band(double[] features, int band) {
        return Arrays.copyOfRange(features, band * N, (band + 1) * N);
    }

    @Test
    void rampBandHasItsStatisticsPercentilesAndHtkDeltas() {
        float[][] logMel = {{1, 2, 3, 4, 5}, {7, 7, 7, 7, 7}, {5, 1, 4, 2, 3}};

        double[] features = LogMelFunctionals.of(logMel);

        assertThat(features).hasSize(3 * N);
        // mean, std, min, max, p10, p25, p50, p75, p90, delta_mean_abs, delta_std.
        // Deltas of the ramp with edges repeated: [0.5, 0.8, 1.0, 0.8, 0.5].
        assertThat(band(features, 0)).containsExactly(new double[] {3, Math.sqrt(2), 1, 5, 1.4, 2, 3, 4, 4.6,
                0.72, Math.sqrt(0.0376)}, within(1e-9));
        assertThat(band(features, 1)).containsExactly(new double[] {7, 0, 7, 7, 7, 7, 7, 7, 7, 0, 0}, within(1e-12));
    }

    @Test
    void orderOfFramesChangesOnlyTheDeltas() {
        double[] shuffled = band(LogMelFunctionals.of(new float[][] {{5, 1, 4, 2, 3}}), 0);
        double[] ramp = band(LogMelFunctionals.of(new float[][] {{1, 2, 3, 4, 5}}), 0);

        assertThat(Arrays.copyOfRange(shuffled, 0, 9)).containsExactly(Arrays.copyOfRange(ramp, 0, 9), within(1e-12));
        assertThat(shuffled[9]).isNotCloseTo(ramp[9], within(1e-6));
    }

    @Test
    void singleFrameHasNoSpreadAndNoDelta() {
        double[] features = LogMelFunctionals.of(new float[][] {{-3}});

        assertThat(features).containsExactly(new double[] {-3, 0, -3, -3, -3, -3, -3, -3, -3, 0, 0}, within(1e-12));
    }

    @Test
    void namesFollowTheVectorOrder() {
        assertThat(LogMelFunctionals.names(128)).hasSize(LogMelFunctionals.count(128)).hasSize(128 * N)
                .startsWith("mel000_mean", "mel000_std").endsWith("mel127_delta_std");
    }

    @Test
    void rejectsEmptyAndRaggedSpectrograms() {
        assertThatThrownBy(() -> LogMelFunctionals.of(new float[][] {{}})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without frames");
        assertThatThrownBy(() -> LogMelFunctionals.of(new float[][] {{1, 2}, {1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ragged");
    }
}
