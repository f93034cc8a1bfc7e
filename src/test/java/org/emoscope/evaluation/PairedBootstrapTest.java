package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

    @Test
    void equalDifferencesGiveAPointInterval() {
        PairedBootstrap.Interval interval = PairedBootstrap.meanDifference(0.02, 0.02, 0.02, 0.02);

        assertThat(interval.low()).isCloseTo(0.02, within(1e-15));
        assertThat(interval.high()).isCloseTo(0.02, within(1e-15));
        assertThat(interval.contains(0)).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameIntervalAndAnotherSeedANearbyOne() {
        double[] d = {0.05, -0.02, 0.03, 0.01, 0.04, -0.01, 0.02, 0.06};

        PairedBootstrap.Interval once = PairedBootstrap.meanDifference(d, 0.95, 10_000, 7);
        PairedBootstrap.Interval again = PairedBootstrap.meanDifference(d, 0.95, 10_000, 7);
        PairedBootstrap.Interval other = PairedBootstrap.meanDifference(d, 0.95, 10_000, 8);

        assertThat(again).isEqualTo(once);
        assertThat(other.low()).isCloseTo(once.low(), within(0.005));
        assertThat(once.low()).isLessThan(0.0225).isGreaterThan(-0.02);
        assertThat(once.high()).isGreaterThan(0.0225).isLessThan(0.06);
    }

    @Test
    void twoDifferencesSpanFromOneToTheOther() {
        // Resample means are −0.04, 0.01 and 0.06 with probabilities ¼, ½, ¼: the 2.5 % and 97.5 % points are the ends.
        PairedBootstrap.Interval interval = PairedBootstrap.meanDifference(-0.04, 0.06);

        assertThat(interval.low()).isCloseTo(-0.04, within(1e-15));
        assertThat(interval.high()).isCloseTo(0.06, within(1e-15));
        assertThat(interval.contains(0)).isTrue();
    }

    @Test
    void aClearShiftExcludesZero() {
        PairedBootstrap.Interval interval = PairedBootstrap.meanDifference(0.05, 0.04, 0.06, 0.05, 0.07, 0.03);

        assertThat(interval.contains(0)).isFalse();
        assertThat(interval.low()).isPositive();
    }

    @Test
    void refusesNoDifferences() {
        assertThatThrownBy(PairedBootstrap::meanDifference).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }
}
