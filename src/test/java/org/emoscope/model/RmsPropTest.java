package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class RmsPropTest {

    @Test
    void stepsByTheGradientOverItsRunningRootMeanSquare() {
        try (RmsProp rmsProp = new RmsProp(0.9, 1e-7)) {
            INDArray w = Nd4j.createFromArray(1f, 1f, 1f);
            rmsProp.apply("w", w, Nd4j.createFromArray(2f, -0.5f, 0f), 0.01);
            // v = 0.1 g^2, so the first step is lr * g / (sqrt(0.1) |g|) = lr * sign(g) * 3.1623.
            assertThat(w.getDouble(0)).isCloseTo(1 - 0.031623, within(1e-5));
            assertThat(w.getDouble(1)).isCloseTo(1 + 0.031623, within(1e-5));
            assertThat(w.getFloat(2)).isEqualTo(1f);

            rmsProp.apply("w", w, Nd4j.createFromArray(2f, -0.5f, 0f), 0.01);
            // v = 0.9 * 0.1 g^2 + 0.1 g^2 = 0.19 g^2: step lr / sqrt(0.19) = 0.022942.
            assertThat(w.getDouble(0)).isCloseTo(1 - 0.031623 - 0.022942, within(1e-5));
        }
    }
}
