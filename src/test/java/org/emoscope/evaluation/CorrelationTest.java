package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationTest {
    @Test
    void pearsonOfALinearRelationIsOneAndOfAnInverseOneMinusOne() {
        assertThat(Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {3, 5, 7, 9})).isCloseTo(1, within(1e-12));
        assertThat(Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1})).isCloseTo(-1, within(1e-12));
        // By hand: x 1..5, y 2 4 5 4 5 gives r = 6 / sqrt(10 · 6) = 0.7746.
        assertThat(Correlation.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}))
                .isCloseTo(0.7746, within(1e-4));
    }

    @Test
    void aConstantSideEvenWithRoundingNoiseHasNoCorrelation() {
        assertThat(Correlation.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
        assertThat(Correlation.pearson(new double[] {1, 1 + 1e-8, 1 - 1e-8}, new double[] {1, 2, 3})).isNaN();
        assertThat(Correlation.pearson(new double[] {1}, new double[] {2})).isNaN();
    }
}
