package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanSdTest {

    @Test
    void usesSampleStandardDeviation() {
        // Mean (0.75 + 0.5 + 1.0)/3 = 0.75; squared deviations 0 + 0.0625 + 0.0625 = 0.125;
        // divided by n-1 = 2 -> 0.0625; sd 0.25 (the population sd would be 0.2041).
        MeanSd stats = MeanSd.of(0.75, 0.5, 1.0);

        assertThat(stats.mean()).isCloseTo(0.75, within(1e-12));
        assertThat(stats.sd()).isCloseTo(0.25, within(1e-12));
        assertThat(stats.n()).isEqualTo(3);
    }

    @Test
    void standardDeviationOfOneValueIsUndefined() {
        MeanSd stats = MeanSd.of(0.6);

        assertThat(stats.mean()).isCloseTo(0.6, within(1e-12));
        assertThat(stats.sd()).isNaN();
    }

    @Test
    void noValuesGiveUndefinedMeanAndSd() {
        MeanSd stats = MeanSd.of();

        assertThat(stats.mean()).isNaN();
        assertThat(stats.sd()).isNaN();
        assertThat(stats.n()).isZero();
    }

    @Test
    void formatsMeanPlusMinusSdAndOmitsUndefinedSd() {
        assertThat(MeanSd.of(0.75, 0.5, 1.0).percent()).isEqualTo("75.00 ± 25.00 %");
        assertThat(MeanSd.of(0.6).percent()).isEqualTo("60.00 %");
    }
}
