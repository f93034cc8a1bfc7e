package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.emoscope.features.MelScale;
import org.junit.jupiter.api.Test;

class AxisTicksTest {
    @Test
    void timeTicksUseTheSmallestRoundStepThatLeavesRoom() {
        // 2.5 s over 800 px with 70 px apart needs at least 0.22 s: the step is 0.5 s.
        List<Tick> ticks = AxisTicks.time(2.5, 800, 70);

        assertThat(ticks).extracting(Tick::label).containsExactly("0.0 s", "0.5 s", "1.0 s", "1.5 s", "2.0 s", "2.5 s");
    }

    @Test
    void longClipsGetWholeSecondLabels() {
        assertThat(AxisTicks.time(8.3, 400, 70)).extracting(Tick::label)
                .containsExactly("0 s", "2 s", "4 s", "6 s", "8 s");
    }

    @Test
    void aZoomedViewGetsFinerTicksWithinItsWindowOnly() {
        // 0.3 s over 800 px with 70 px apart needs at least 0.026 s: the step is 0.05 s.
        assertThat(AxisTicks.time(1.22, 1.52, 800, 70)).extracting(Tick::label)
                .containsExactly("1.25 s", "1.30 s", "1.35 s", "1.40 s", "1.45 s", "1.50 s");
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(AxisTicks.niceStep(0.22)).isCloseTo(0.5, within(1e-12));
        assertThat(AxisTicks.niceStep(0.2)).isCloseTo(0.2, within(1e-12));
        assertThat(AxisTicks.niceStep(0.021)).isCloseTo(0.05, within(1e-12));
        assertThat(AxisTicks.niceStep(6)).isCloseTo(10, within(1e-12));
    }

    @Test
    void melTicksAreEvenlySpreadAndLabelledWithRoundFrequencies() {
        List<Tick> ticks = AxisTicks.melFrequency(0, 8000, false, 6);

        assertThat(ticks).extracting(Tick::label).containsExactly("0", "500", "1k", "1.7k", "2.8k", "4.8k", "8k");
        assertThat(ticks.get(0).value()).isZero();
        assertThat(ticks.get(6).value()).isEqualTo(1.0);
        // Each tick sits exactly where its labelled frequency lies on the mel axis.
        double top = MelScale.hzToMel(8000, false);
        assertThat(ticks.get(3).value()).isCloseTo(MelScale.hzToMel(1700, false) / top, within(1e-12));
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(ticks.get(i).value() - ticks.get(i - 1).value()).isBetween(0.13, 0.2);
        }
    }

    @Test
    void hertzLabelsAreShort() {
        assertThat(AxisTicks.hertzLabel(250)).isEqualTo("250");
        assertThat(AxisTicks.hertzLabel(2000)).isEqualTo("2k");
        assertThat(AxisTicks.hertzLabel(1693)).isEqualTo("1.7k");
        assertThat(AxisTicks.roundToTwoDigits(1693)).isCloseTo(1700, within(1e-9));
        assertThat(AxisTicks.roundToTwoDigits(464)).isCloseTo(460, within(1e-9));
    }
}
