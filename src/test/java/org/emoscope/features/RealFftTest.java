package org.emoscope.features;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RealFftTest {

    /** Radix 4/2/3/5 sizes, the paper's 800, powers of two, and halves with primes 7, 11, 13, 97. */
    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6, 8, 10, 12, 16, 18, 30, 50, 64, 90, 400, 512, 800, 1000, 2048, 154, 26, 194})
    void matchesDirectDft(int n) {
        Random random = new Random(n);
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = random.nextGaussian();
        }
        double[] re = new double[n / 2 + 1];
        double[] im = new double[n / 2 + 1];
        new RealFft(n).forward(x.clone(), re, im);

        double tolerance = 1e-12 * n;
        for (int k = 0; k <= n / 2; k++) {
            double sumRe = 0;
            double sumIm = 0;
            for (int j = 0; j < n; j++) {
                double angle = -2 * Math.PI * ((long) j * k % n) / n;
                sumRe += x[j] * Math.cos(angle);
                sumIm += x[j] * Math.sin(angle);
            }
            assertThat(re[k]).as("Re X[%d], n=%d", k, n).isCloseTo(sumRe, within(tolerance));
            assertThat(im[k]).as("Im X[%d], n=%d", k, n).isCloseTo(sumIm, within(tolerance));
        }
    }

    @Test
    void leavesItsInputUntouched() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        new RealFft(10).forward(x, new double[6], new double[6]);
        assertThat(x).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void rejectsOddOrTooShortLengths() {
        assertThatThrownBy(() -> new RealFft(801)).hasMessageContaining("even");
        assertThatThrownBy(() -> new RealFft(0)).hasMessageContaining("even");
    }
}
