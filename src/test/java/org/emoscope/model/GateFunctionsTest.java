package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GateFunctionsTest {
    /** Three float ulps of 1: what the LSTM reference tests (1e-5) can absorb many times over. */
    private static final double MAX_ERROR = 3.6e-7;

    @Test
    void tanhIsWithinThreeUlpsOfOneEverywhere() {
        for (int i = -2_000_000; i <= 2_000_000; i++) {
            float x = i / 50_000f; // -40 … 40, step 2e-5
            assertThat((double) GateFunctions.tanh(x)).as("tanh(%s)", x).isCloseTo(Math.tanh(x), within(MAX_ERROR));
        }
    }

    @Test
    void sigmoidIsWithinThreeUlpsOfOneEverywhere() {
        for (int i = -2_000_000; i <= 2_000_000; i++) {
            float x = i / 50_000f;
            double exact = 1 / (1 + Math.exp(-x));
            assertThat((double) GateFunctions.sigmoid(x)).as("sigmoid(%s)", x).isCloseTo(exact, within(MAX_ERROR));
        }
    }

    @Test
    void saturatesWithoutLeavingTheRangeAndKeepsSymmetry() {
        for (float x : new float[] {8f, 20f, 1e4f, Float.MAX_VALUE, Float.POSITIVE_INFINITY}) {
            assertThat(GateFunctions.tanh(x)).isBetween(0.9999997f, 1f);
            assertThat(GateFunctions.tanh(-x)).isEqualTo(-GateFunctions.tanh(x));
        }
        for (float x : new float[] {17f, 1e4f, Float.MAX_VALUE, Float.POSITIVE_INFINITY}) {
            assertThat(GateFunctions.sigmoid(x)).isBetween(0.9999998f, 1f);
            assertThat(GateFunctions.sigmoid(-x)).isBetween(0f, 2e-7f);
        }
        assertThat(GateFunctions.tanh(0f)).isZero();
        assertThat(GateFunctions.sigmoid(0f)).isEqualTo(0.5f);
        assertThat(GateFunctions.tanh(Float.NaN)).as("a diverged input stays visible").isNaN();
    }

    @Test
    void rangeFormsApplyOnlyInsideTheirBounds() {
        float[] values = {-1f, 0.5f, 2f, 3f};
        GateFunctions.tanh(values, 1, 3);
        assertThat(values).containsExactly(-1f, GateFunctions.tanh(0.5f), GateFunctions.tanh(2f), 3f);
        GateFunctions.sigmoid(values, 3, 4);
        assertThat(values[3]).isEqualTo(GateFunctions.sigmoid(3f));
        assertThat(values[0]).isEqualTo(-1f);
    }
}
